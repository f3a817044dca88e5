//! Go types. Types are interned in a `TypeTable` and named by `TypeId`. Aliases
//! (`byte`, `rune`, `any`, `type A = B`) and parameter names are kept so that
//! diagnostics print types as the programmer wrote them; `canon` strips both, and two
//! types are identical exactly when their canonical ids are equal.

use super::object::{ObjId, PkgId};
use crate::syntax::ast::ChanDir;
use crate::syntax::token::Name;
use rustc_hash::FxHashMap;
use std::fmt::Write;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// Basic kinds; the first `TypeId`s of every table are these, in this order.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
#[repr(u8)]
pub enum Basic {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

pub const BASICS: [Basic; 26] = [
    Basic::Invalid,
    Basic::Bool,
    Basic::Int,
    Basic::Int8,
    Basic::Int16,
    Basic::Int32,
    Basic::Int64,
    Basic::Uint,
    Basic::Uint8,
    Basic::Uint16,
    Basic::Uint32,
    Basic::Uint64,
    Basic::Uintptr,
    Basic::Float32,
    Basic::Float64,
    Basic::Complex64,
    Basic::Complex128,
    Basic::String,
    Basic::UnsafePointer,
    Basic::UntypedBool,
    Basic::UntypedInt,
    Basic::UntypedRune,
    Basic::UntypedFloat,
    Basic::UntypedComplex,
    Basic::UntypedString,
    Basic::UntypedNil,
];

impl Basic {
    pub const fn id(self) -> TypeId {
        TypeId(self as u32)
    }
    pub fn name(self) -> &'static str {
        use Basic::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }
    pub fn is_integer(self) -> bool {
        use Basic::*;
        matches!(self, Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr | UntypedInt | UntypedRune)
    }
    pub fn is_unsigned(self) -> bool {
        use Basic::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }
    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128 | Basic::UntypedComplex)
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }
    pub fn is_untyped(self) -> bool {
        self >= Basic::UntypedBool
    }
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
    /// Size in bytes on the 64-bit targets minigo supports.
    pub fn size(self) -> u64 {
        use Basic::*;
        match self {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            String | Complex128 | UntypedComplex => 16,
            _ => 8,
        }
    }
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Field {
    pub name: Name,
    pub typ: TypeId,
    pub embedded: bool,
    pub tag: Option<Name>,
    /// The declaring package for unexported names (they are distinct across packages).
    pub pkg: Option<PkgId>,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Param {
    pub name: Option<Name>,
    pub typ: TypeId,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Signature {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    pub variadic: bool,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Method {
    pub name: Name,
    pub sig: TypeId,
    pub pkg: Option<PkgId>,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Interface {
    /// The complete method set, sorted by name.
    pub methods: Vec<Method>,
    /// What was written, for printing: embedded interfaces and own methods.
    pub embeds: Vec<TypeId>,
    pub own: Vec<Method>,
    /// The type terms a constraint restricts its type set to (`~int | string`),
    /// intersected over its embedded unions; `None` when any type with the methods
    /// is in the set. An interface with terms is usable only as a constraint.
    pub terms: Option<Vec<Term>>,
    /// The type set holds only comparable types (`comparable`, or an interface
    /// embedding it).
    pub comparable: bool,
}

impl Interface {
    pub fn new(methods: Vec<Method>, embeds: Vec<TypeId>, own: Vec<Method>) -> Interface {
        Interface { methods, embeds, own, terms: None, comparable: false }
    }
    /// Whether the interface is only usable as a constraint.
    pub fn is_constraint(&self) -> bool {
        self.terms.is_some() || self.comparable
    }
}

/// A term of a union: `T`, or `~T` (every type whose underlying type is `T`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Term {
    pub tilde: bool,
    pub typ: TypeId,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Type {
    Basic(Basic),
    /// Index into `TypeTable::named`.
    Named(u32),
    /// Index into `TypeTable::aliases`.
    Alias(u32),
    Pointer(TypeId),
    Slice(TypeId),
    Array(TypeId, u64),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Rc<[Field]>),
    Func(Rc<Signature>),
    Interface(Rc<Interface>),
    Tuple(Rc<[TypeId]>),
    /// A type parameter of a generic declaration: index into `TypeTable::tparams`.
    TypeParam(u32),
}

pub struct NamedInfo {
    pub name: Name,
    pub pkg: PkgId,
    /// The type name; for an instance, the generic type's.
    pub obj: ObjId,
    pub underlying: TypeId,
    pub methods: Vec<ObjId>,
    /// A generic type's own type parameters, or an instance's type arguments
    /// (`Pair[int,string]`); empty for other named types.
    pub targs: Vec<TypeId>,
    /// A type declared inside a function: its number among its package's
    /// function-local type declarations in source order, from 1 (gc's `vargen`:
    /// run-time type names show it as `main.L·3` inside type arguments, where
    /// two local types of the same name must differ); 0 at package level.
    pub local: u32,
    /// The type arguments of the generic function (or method) instance whose
    /// body declared it: each instance declares a type of its own, and gc names
    /// it with them (`main.L[int]`, `main.M[int;string]` for a generic one).
    pub outer: Rc<[TypeId]>,
}

/// A type parameter: its name, position in its declaration's list, and constraint
/// (an interface type, `INVALID` until resolved).
pub struct TypeParamInfo {
    pub name: Name,
    /// Where it is declared (for instantiation cycle errors).
    pub pos: crate::syntax::pos::Pos,
    pub index: usize,
    pub constraint: TypeId,
    /// The constraint was written as its terms (`[T int | float64]`), not as an
    /// interface: gc's messages show it so.
    pub implicit: bool,
}

pub struct AliasInfo {
    pub name: Name,
    pub pkg: Option<PkgId>,
    pub target: TypeId,
}

pub struct TypeTable {
    types: Vec<Type>,
    intern: FxHashMap<Type, TypeId>,
    pub named: Vec<NamedInfo>,
    pub aliases: Vec<AliasInfo>,
    pub tparams: Vec<TypeParamInfo>,
    canon: Vec<u32>,
    /// Package names for qualified type strings, by `PkgId`.
    pub pkg_names: Vec<Name>,
    pub pkg_paths: Vec<Name>,
    /// The names several packages imported by the package being checked have
    /// (directly or not, in Go's graph): its messages qualify those packages'
    /// types with their path, quoted (`"sync".Mutex`), as types2's do.
    pub shared_names: rustc_hash::FxHashSet<&'static str>,
    /// The REPL input that declared each named type of the session's package
    /// (by index in `named`), and those a later input redeclared: type strings
    /// name a stale one `T (declared at input 3, since redeclared)`, so that it
    /// is not taken for the current T.
    pub repl_input: FxHashMap<u32, u32>,
    pub redeclared: rustc_hash::FxHashSet<u32>,
}

/// The "current package" of run-time type names (`%T`, panics): every named
/// type is qualified, and type arguments are separated by a bare comma.
pub const RUNTIME_NAMES: PkgId = PkgId(u32::MAX - 1);

pub const INVALID: TypeId = Basic::Invalid.id();
pub const BOOL: TypeId = Basic::Bool.id();
pub const INT: TypeId = Basic::Int.id();
pub const INT32: TypeId = Basic::Int32.id();
pub const INT64: TypeId = Basic::Int64.id();
pub const UINT8: TypeId = Basic::Uint8.id();
pub const UINTPTR: TypeId = Basic::Uintptr.id();
pub const FLOAT32: TypeId = Basic::Float32.id();
pub const FLOAT64: TypeId = Basic::Float64.id();
pub const COMPLEX64: TypeId = Basic::Complex64.id();
pub const COMPLEX128: TypeId = Basic::Complex128.id();
pub const STRING: TypeId = Basic::String.id();
pub const UNSAFE_POINTER: TypeId = Basic::UnsafePointer.id();
pub const UNTYPED_BOOL: TypeId = Basic::UntypedBool.id();
pub const UNTYPED_INT: TypeId = Basic::UntypedInt.id();
pub const UNTYPED_RUNE: TypeId = Basic::UntypedRune.id();
pub const UNTYPED_FLOAT: TypeId = Basic::UntypedFloat.id();
pub const UNTYPED_COMPLEX: TypeId = Basic::UntypedComplex.id();
pub const UNTYPED_STRING: TypeId = Basic::UntypedString.id();
pub const UNTYPED_NIL: TypeId = Basic::UntypedNil.id();

const NO_CANON: u32 = u32::MAX;

impl Default for TypeTable {
    fn default() -> Self {
        let mut t = TypeTable {
            types: Vec::new(),
            intern: FxHashMap::default(),
            named: Vec::new(),
            aliases: Vec::new(),
            tparams: Vec::new(),
            canon: Vec::new(),
            pkg_names: Vec::new(),
            pkg_paths: Vec::new(),
            shared_names: Default::default(),
            repl_input: FxHashMap::default(),
            redeclared: Default::default(),
        };
        for b in BASICS {
            t.intern(Type::Basic(b));
        }
        t
    }
}

impl TypeTable {
    pub fn intern(&mut self, t: Type) -> TypeId {
        if let Some(&id) = self.intern.get(&t) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(t.clone());
        self.canon.push(NO_CANON);
        self.intern.insert(t, id);
        id
    }

    pub fn get(&self, t: TypeId) -> &Type {
        &self.types[t.0 as usize]
    }

    pub fn pointer(&mut self, t: TypeId) -> TypeId {
        self.intern(Type::Pointer(t))
    }
    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.intern(Type::Slice(t))
    }
    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(ts.into()))
    }
    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        let p = |v: Vec<TypeId>| v.into_iter().map(|typ| Param { name: None, typ }).collect();
        self.intern(Type::Func(Rc::new(Signature { params: p(params), results: p(results), variadic })))
    }
    pub fn empty_interface(&mut self) -> TypeId {
        self.intern(Type::Interface(Rc::new(Interface::new(vec![], vec![], vec![]))))
    }

    pub fn new_named(&mut self, name: Name, pkg: PkgId, obj: ObjId) -> TypeId {
        let idx = self.named.len() as u32;
        self.named.push(NamedInfo { name, pkg, obj, underlying: INVALID, methods: Vec::new(), targs: Vec::new(), local: 0, outer: Rc::from([]) });
        self.intern(Type::Named(idx))
    }

    pub fn new_type_param(&mut self, name: Name, pos: crate::syntax::pos::Pos, index: usize) -> TypeId {
        let idx = self.tparams.len() as u32;
        self.tparams.push(TypeParamInfo { name, pos, index, constraint: INVALID, implicit: false });
        self.intern(Type::TypeParam(idx))
    }

    pub fn type_param(&self, t: TypeId) -> Option<&TypeParamInfo> {
        match self.get(t) {
            Type::TypeParam(i) => Some(&self.tparams[*i as usize]),
            _ => None,
        }
    }

    /// Whether `t` mentions a type parameter (is not a concrete type).
    pub fn has_type_params(&self, t: TypeId) -> bool {
        match self.get(t) {
            Type::TypeParam(_) => true,
            Type::Basic(_) => false,
            Type::Named(i) => self.named[*i as usize].targs.iter().any(|&a| self.has_type_params(a)),
            Type::Alias(i) => self.has_type_params(self.aliases[*i as usize].target),
            Type::Pointer(e) | Type::Slice(e) | Type::Array(e, _) | Type::Chan(_, e) => self.has_type_params(*e),
            Type::Map(k, v) => self.has_type_params(*k) || self.has_type_params(*v),
            Type::Struct(fs) => fs.iter().any(|f| self.has_type_params(f.typ)),
            Type::Func(sig) => sig.params.iter().chain(&sig.results).any(|p| self.has_type_params(p.typ)),
            Type::Interface(it) => it.methods.iter().any(|m| self.has_type_params(m.sig)) || it.terms.iter().flatten().any(|t| self.has_type_params(t.typ)),
            Type::Tuple(ts) => ts.iter().any(|&t| self.has_type_params(t)),
        }
    }

    pub fn new_alias(&mut self, name: Name, pkg: Option<PkgId>, target: TypeId) -> TypeId {
        let idx = self.aliases.len() as u32;
        self.aliases.push(AliasInfo { name, pkg, target });
        self.intern(Type::Alias(idx))
    }

    /// The named types a value of type `t` holds in place (not through a
    /// pointer, slice, map, channel or function), outermost first.
    pub fn named_held_by_value(&self, t: TypeId, out: &mut Vec<TypeId>) {
        let t = self.unalias(t);
        match self.get(t) {
            Type::Named(_) => out.push(t),
            Type::Array(e, _) => self.named_held_by_value(*e, out),
            Type::Struct(fs) => fs.iter().for_each(|f| self.named_held_by_value(f.typ, out)),
            _ => {}
        }
    }

    /// Gives alias `a`, made before its right side was resolved (which may
    /// refer to it through a defined type), its target.
    pub fn set_alias_target(&mut self, a: TypeId, target: TypeId) {
        if let Type::Alias(i) = self.types[a.0 as usize] {
            self.aliases[i as usize].target = target;
            self.canon[a.0 as usize] = NO_CANON;
        }
    }

    pub fn named_info(&self, t: TypeId) -> Option<&NamedInfo> {
        match self.get(t) {
            Type::Named(i) => Some(&self.named[*i as usize]),
            _ => None,
        }
    }

    pub fn named_info_mut(&mut self, t: TypeId) -> Option<&mut NamedInfo> {
        match self.types[t.0 as usize] {
            Type::Named(i) => Some(&mut self.named[i as usize]),
            _ => None,
        }
    }

    /// The type an alias stands for (transitively); other types unchanged.
    pub fn unalias(&self, mut t: TypeId) -> TypeId {
        while let Type::Alias(i) = self.get(t) {
            t = self.aliases[*i as usize].target;
        }
        t
    }

    pub fn underlying(&self, t: TypeId) -> TypeId {
        let t = self.unalias(t);
        match self.get(t) {
            Type::Named(i) => self.unalias(self.named[*i as usize].underlying),
            _ => t,
        }
    }

    /// Type `t` with aliases resolved and parameter names dropped: the identity key.
    pub fn canon(&mut self, t: TypeId) -> TypeId {
        let c = self.canon[t.0 as usize];
        if c != NO_CANON {
            return TypeId(c);
        }
        let r = match self.get(t).clone() {
            Type::Basic(_) | Type::Named(_) | Type::TypeParam(_) => t,
            Type::Alias(i) => {
                let target = self.aliases[i as usize].target;
                if target == t {
                    INVALID
                } else {
                    self.canon(target)
                }
            }
            Type::Pointer(e) => {
                let e = self.canon(e);
                self.intern(Type::Pointer(e))
            }
            Type::Slice(e) => {
                let e = self.canon(e);
                self.intern(Type::Slice(e))
            }
            Type::Array(e, n) => {
                let e = self.canon(e);
                self.intern(Type::Array(e, n))
            }
            Type::Map(k, v) => {
                let (k, v) = (self.canon(k), self.canon(v));
                self.intern(Type::Map(k, v))
            }
            Type::Chan(d, e) => {
                let e = self.canon(e);
                self.intern(Type::Chan(d, e))
            }
            Type::Tuple(ts) => {
                let ts: Vec<TypeId> = ts.iter().map(|&t| self.canon(t)).collect();
                self.intern(Type::Tuple(ts.into()))
            }
            Type::Struct(fs) => {
                let fs: Vec<Field> = fs.iter().map(|f| Field { typ: self.canon(f.typ), ..f.clone() }).collect();
                self.intern(Type::Struct(fs.into()))
            }
            Type::Func(sig) => {
                let mut p = |ps: &[Param]| ps.iter().map(|p| Param { name: None, typ: self.canon(p.typ) }).collect();
                let sig = Signature { params: p(&sig.params), results: p(&sig.results), variadic: sig.variadic };
                self.intern(Type::Func(Rc::new(sig)))
            }
            Type::Interface(it) => {
                let methods: Vec<Method> = it.methods.iter().map(|m| Method { sig: self.canon(m.sig), ..m.clone() }).collect();
                let terms = it.terms.as_ref().map(|ts| ts.iter().map(|t| Term { tilde: t.tilde, typ: self.canon(t.typ) }).collect());
                let it = Interface { own: methods.clone(), methods, embeds: vec![], terms, comparable: it.comparable };
                self.intern(Type::Interface(Rc::new(it)))
            }
        };
        self.canon[t.0 as usize] = r.0;
        if (r.0 as usize) < self.canon.len() {
            self.canon[r.0 as usize] = r.0;
        }
        r
    }

    pub fn identical(&mut self, a: TypeId, b: TypeId) -> bool {
        a == b || self.canon(a) == self.canon(b)
    }

    /// `identical`, except that struct tags do not count (conversions).
    pub fn identical_ignore_tags(&mut self, a: TypeId, b: TypeId) -> bool {
        if self.identical(a, b) {
            return true;
        }
        match (self.get(self.unalias(a)).clone(), self.get(self.unalias(b)).clone()) {
            (Type::Struct(fa), Type::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa
                        .iter()
                        .zip(fb.iter())
                        .all(|(x, y)| x.name == y.name && x.embedded == y.embedded && x.pkg == y.pkg && self.identical_ignore_tags(x.typ, y.typ))
            }
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => self.identical_ignore_tags(x, y),
            (Type::Array(x, n), Type::Array(y, m)) => n == m && self.identical_ignore_tags(x, y),
            (Type::Chan(d, x), Type::Chan(e, y)) => d == e && self.identical_ignore_tags(x, y),
            (Type::Map(k, v), Type::Map(l, w)) => self.identical_ignore_tags(k, l) && self.identical_ignore_tags(v, w),
            (Type::Func(f), Type::Func(g)) => {
                f.variadic == g.variadic
                    && f.params.len() == g.params.len()
                    && f.results.len() == g.results.len()
                    && f.params.iter().zip(&g.params).chain(f.results.iter().zip(&g.results)).all(|(p, q)| self.identical_ignore_tags(p.typ, q.typ))
            }
            _ => false,
        }
    }

    pub fn basic(&self, t: TypeId) -> Option<Basic> {
        match self.get(self.underlying(t)) {
            Type::Basic(b) => Some(*b),
            _ => None,
        }
    }

    fn basic_is(&self, t: TypeId, f: fn(Basic) -> bool) -> bool {
        self.basic(t).is_some_and(f)
    }
    pub fn is_integer(&self, t: TypeId) -> bool {
        self.basic_is(t, Basic::is_integer)
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic_is(t, Basic::is_unsigned)
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        self.basic_is(t, Basic::is_float)
    }
    pub fn is_complex(&self, t: TypeId) -> bool {
        self.basic_is(t, Basic::is_complex)
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.basic_is(t, Basic::is_numeric)
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        self.basic_is(t, Basic::is_string)
    }
    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.basic_is(t, Basic::is_boolean)
    }
    /// Whether `f` holds for `t`'s basic type or, for a type parameter, for
    /// every type in its constraint's type set, which must have terms (types2's
    /// `allBasic`: allNumeric, allBoolean, allString).
    fn all_basic(&self, t: TypeId, f: fn(Basic) -> bool) -> bool {
        match self.get(self.underlying(t)) {
            Type::TypeParam(i) => match self.get(self.underlying(self.tparams[*i as usize].constraint)) {
                Type::Interface(it) => it.terms.as_ref().is_some_and(|ts| !ts.is_empty() && ts.iter().all(|term| self.basic_is(term.typ, f))),
                _ => false,
            },
            _ => self.basic_is(t, f),
        }
    }
    pub fn all_numeric(&self, t: TypeId) -> bool {
        self.all_basic(t, Basic::is_numeric)
    }
    pub fn all_boolean(&self, t: TypeId) -> bool {
        self.all_basic(t, Basic::is_boolean)
    }
    pub fn all_string(&self, t: TypeId) -> bool {
        self.all_basic(t, Basic::is_string)
    }
    pub fn all_integer(&self, t: TypeId) -> bool {
        self.all_basic(t, Basic::is_integer)
    }
    pub fn all_ordered(&self, t: TypeId) -> bool {
        self.all_basic(t, Basic::is_ordered)
    }
    pub fn all_numeric_or_string(&self, t: TypeId) -> bool {
        self.all_basic(t, |b| b.is_numeric() || b.is_string())
    }
    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Basic(b) if b.is_untyped())
    }
    pub fn is_const_type(&self, t: TypeId) -> bool {
        self.basic_is(t, |b| b.is_numeric() || b.is_string() || b.is_boolean())
    }
    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.get(self.underlying(t)), Type::Interface(_))
    }
    /// go/types' `hasName`: a named, basic or type parameter type.
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.get(self.unalias(t)), Type::Named(_) | Type::Basic(_) | Type::TypeParam(_))
    }
    pub fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.get(self.underlying(t)), Type::Pointer(_))
    }

    pub fn interface(&self, t: TypeId) -> Option<Rc<Interface>> {
        match self.get(self.underlying(t)) {
            Type::Interface(i) => Some(i.clone()),
            _ => None,
        }
    }
    pub fn signature(&self, t: TypeId) -> Option<Rc<Signature>> {
        match self.get(self.underlying(t)) {
            Type::Func(s) => Some(s.clone()),
            _ => None,
        }
    }
    pub fn struct_fields(&self, t: TypeId) -> Option<Rc<[Field]>> {
        match self.get(self.underlying(t)) {
            Type::Struct(f) => Some(f.clone()),
            _ => None,
        }
    }
    pub fn tuple_types(&self, t: TypeId) -> Vec<TypeId> {
        match self.get(t) {
            Type::Tuple(ts) => ts.to_vec(),
            _ => vec![t],
        }
    }
    /// The element type of a pointer, or `None`.
    pub fn deref(&self, t: TypeId) -> Option<TypeId> {
        match self.get(self.underlying(t)) {
            Type::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    /// The default type of an untyped type (`untyped int` → `int`), else itself.
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.get(t) {
            Type::Basic(Basic::UntypedBool) => BOOL,
            Type::Basic(Basic::UntypedInt) => INT,
            Type::Basic(Basic::UntypedRune) => INT32,
            Type::Basic(Basic::UntypedFloat) => FLOAT64,
            Type::Basic(Basic::UntypedComplex) => COMPLEX128,
            Type::Basic(Basic::UntypedString) => STRING,
            _ => t,
        }
    }

    /// Whether values of `t` can be compared with `==` (Go's "comparable").
    pub fn comparable(&self, t: TypeId) -> bool {
        match self.get(self.underlying(t)) {
            Type::TypeParam(i) => match self.get(self.underlying(self.tparams[*i as usize].constraint)) {
                Type::Interface(it) => it.comparable || it.terms.as_ref().is_some_and(|ts| !ts.is_empty() && ts.iter().all(|t| self.comparable(t.typ))),
                _ => false,
            },
            Type::Basic(b) => *b != Basic::UntypedNil,
            Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => true,
            Type::Struct(fs) => fs.iter().all(|f| self.comparable(f.typ)),
            Type::Array(e, _) => self.comparable(*e),
            _ => false,
        }
    }

    /// Whether two equal values of `t` can differ (floats' ±0, strings'
    /// storage, interfaces holding either): a map assignment to a key already
    /// present then stores the new key (gc's `needkeyupdate`).
    pub fn needs_key_update(&self, t: TypeId) -> bool {
        match self.get(self.underlying(t)) {
            Type::Basic(b) => b.is_float() || b.is_complex() || b.is_string(),
            Type::Interface(_) => true,
            Type::Struct(fs) => fs.iter().any(|f| self.needs_key_update(f.typ)),
            Type::Array(e, _) => self.needs_key_update(*e),
            _ => false,
        }
    }

    /// Whether `==` on values of `t` can panic: they hold an interface, whose
    /// dynamic type may not be comparable (gc's `EqCanPanic`).
    pub fn eq_can_panic(&self, t: TypeId) -> bool {
        match self.get(self.underlying(t)) {
            Type::Interface(_) => true,
            Type::Struct(fs) => fs.iter().any(|f| self.eq_can_panic(f.typ)),
            Type::Array(e, _) => self.eq_can_panic(*e),
            _ => false,
        }
    }

    /// Whether `t` has a nil value (pointer, slice, map, chan, func, interface).
    /// For a type parameter: whether every type in its type set has one.
    pub fn has_nil(&self, t: TypeId) -> bool {
        match self.get(self.underlying(t)) {
            Type::TypeParam(_) => self.under_is(t, |u| u.is_some_and(|u| self.has_nil(u))),
            Type::Pointer(_) | Type::Slice(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) | Type::Interface(_) => true,
            Type::Basic(b) => *b == Basic::UnsafePointer,
            _ => false,
        }
    }

    /// gc's spelling of a type; named types of package `cur` are not qualified
    /// (with `RUNTIME_NAMES`, all are, as in run-time type names).
    pub fn type_string(&self, t: TypeId, cur: PkgId) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, cur);
        s
    }

    fn qualify(&self, s: &mut String, pkg: Option<PkgId>, cur: PkgId) {
        if let Some(p) = pkg {
            if p != cur && (p.0 as usize) < self.pkg_names.len() {
                let name = &self.pkg_names[p.0 as usize];
                if cur != RUNTIME_NAMES && self.shared_names.contains(&**name) {
                    s.push('"');
                    s.push_str(&self.pkg_paths[p.0 as usize]);
                    s.push('"');
                } else {
                    s.push_str(name);
                }
                s.push('.');
            }
        }
    }

    /// A union: `~int | string`.
    fn write_terms(&self, s: &mut String, terms: &[Term], cur: PkgId) {
        for (i, t) in terms.iter().enumerate() {
            if i > 0 {
                s.push_str(" | ");
            }
            if t.tilde {
                s.push('~');
            }
            self.write_type(s, t.typ, cur);
        }
    }

    pub fn write_type(&self, s: &mut String, t: TypeId, cur: PkgId) {
        match self.get(t) {
            Type::Basic(b) => s.push_str(b.name()),
            Type::Named(i) => {
                let n = &self.named[*i as usize];
                self.qualify(s, Some(n.pkg), cur);
                s.push_str(&n.name);
                // type arguments: `Pair[int, string]` in go/types' messages,
                // `main.Pair[int,string]` in run-time type names
                for (i, &a) in n.targs.iter().enumerate() {
                    s.push_str(match i {
                        0 => "[",
                        _ if cur == RUNTIME_NAMES => ",",
                        _ => ", ",
                    });
                    self.write_type(s, a, cur);
                }
                if !n.targs.is_empty() {
                    s.push(']');
                }
                if self.redeclared.contains(i) {
                    let _ = write!(s, " (declared at input {}, since redeclared)", self.repl_input.get(i).copied().unwrap_or(0));
                }
            }
            Type::TypeParam(i) => s.push_str(&self.tparams[*i as usize].name),
            Type::Alias(i) => {
                let a = &self.aliases[*i as usize];
                self.qualify(s, a.pkg, cur);
                s.push_str(&a.name);
            }
            Type::Pointer(e) => {
                s.push('*');
                self.write_type(s, *e, cur);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write_type(s, *e, cur);
            }
            Type::Array(e, n) => {
                let _ = write!(s, "[{n}]");
                self.write_type(s, *e, cur);
            }
            Type::Map(k, v) => {
                s.push_str("map[");
                self.write_type(s, *k, cur);
                s.push(']');
                self.write_type(s, *v, cur);
            }
            Type::Chan(d, e) => {
                s.push_str(match d {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                let paren = *d == ChanDir::Both && matches!(self.get(*e), Type::Chan(ChanDir::Recv, _));
                if paren {
                    s.push('(');
                }
                self.write_type(s, *e, cur);
                if paren {
                    s.push(')');
                }
            }
            Type::Struct(fs) => {
                s.push_str("struct{");
                for (i, f) in fs.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.typ, cur);
                    if let Some(tag) = &f.tag {
                        let _ = write!(s, " {}", super::constant::quote(tag.as_bytes()));
                    }
                }
                s.push('}');
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_signature(s, sig, cur);
            }
            Type::Interface(it) => {
                if it.methods.is_empty() && it.embeds.is_empty() && !it.is_constraint() {
                    s.push_str("interface{}");
                    return;
                }
                if it.methods.is_empty() && it.embeds.is_empty() && it.comparable && it.terms.is_none() {
                    s.push_str("comparable");
                    return;
                }
                // as go/types writes it: its own methods, then what it embeds
                // (interfaces, type terms and unions) as written
                s.push_str("interface{");
                let mut first = true;
                for m in &it.own {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                    s.push_str(&m.name);
                    if let Some(sig) = self.signature(m.sig) {
                        self.write_signature(s, &sig, cur);
                    }
                }
                for &e in &it.embeds {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                    match self.get(e) {
                        Type::Interface(u) if u.own.is_empty() && u.embeds.is_empty() && u.terms.is_some() => {
                            self.write_terms(s, u.terms.as_deref().unwrap(), cur)
                        }
                        _ => self.write_type(s, e, cur),
                    }
                }
                // an interface of just a union (a constraint written as its terms)
                if let Some(terms) = it.terms.as_deref().filter(|_| it.embeds.is_empty() && it.own.is_empty()) {
                    self.write_terms(s, terms, cur);
                }
                s.push('}');
            }
            Type::Tuple(ts) => {
                s.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *t, cur);
                }
                s.push(')');
            }
        }
    }

    pub fn write_signature(&self, s: &mut String, sig: &Signature, cur: PkgId) {
        self.write_params(s, &sig.params, sig.variadic, cur);
        match sig.results.as_slice() {
            [] => {}
            [r] if r.name.is_none() => {
                s.push(' ');
                self.write_type(s, r.typ, cur);
            }
            rs => {
                s.push(' ');
                self.write_params(s, rs, false, cur);
            }
        }
    }

    /// A result list with its names, `(q int, r int)`.
    pub fn write_results(&self, s: &mut String, rs: &[Param], cur: PkgId) {
        self.write_params(s, rs, false, cur);
    }

    fn write_params(&self, s: &mut String, ps: &[Param], variadic: bool, cur: PkgId) {
        s.push('(');
        for (i, p) in ps.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if let Some(n) = &p.name {
                s.push_str(n);
                s.push(' ');
            }
            if variadic && i == ps.len() - 1 {
                s.push_str("...");
                let elem = match self.get(p.typ) {
                    Type::Slice(e) => *e,
                    _ => p.typ,
                };
                self.write_type(s, elem, cur);
            } else {
                self.write_type(s, p.typ, cur);
            }
        }
        s.push(')');
    }
}
