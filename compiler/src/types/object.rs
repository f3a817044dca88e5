//! Declared entities (objects), packages, and the side tables the checker fills for
//! the back end.

use super::constant::Constant;
use super::typ::TypeId;
use super::zeroed::ZeroedTable;
use crate::syntax::ast::{FuncDecl, Gaps, IdGen, NodeId, TypeSpec, ValueSpec};
use crate::syntax::pos::Pos;
use crate::syntax::token::Name;
use rustc_hash::FxHashMap;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct PkgId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // package unsafe
    Add,
    Alignof,
    Offsetof,
    Sizeof,
    Slice,
    SliceData,
    String,
    StringData,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            Add => "Add",
            Alignof => "Alignof",
            Offsetof => "Offsetof",
            Sizeof => "Sizeof",
            Slice => "Slice",
            SliceData => "SliceData",
            String => "String",
            StringData => "StringData",
        }
    }

    /// The functions of package unsafe (qualified in messages: `unsafe.Sizeof`).
    pub const UNSAFE: [Builtin; 8] =
        [Builtin::Add, Builtin::Alignof, Builtin::Offsetof, Builtin::Sizeof, Builtin::Slice, Builtin::SliceData, Builtin::String, Builtin::StringData];
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum VarKind {
    Local,
    Param,
    Result,
    Recv,
    Global,
    Field,
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// Boxed: constants are few, and every object would pay for the value's room.
    Const(Box<Constant>),
    Var(VarKind),
    TypeName,
    Func,
    PkgName(PkgId),
    Builtin(Builtin),
    Nil,
    Label,
}

/// Where a package-level object was declared, for checking it on first use.
#[derive(Clone, Copy, Debug)]
pub enum DeclRef {
    /// A const spec (or the spec it repeats) and the object's index in it.
    Const {
        spec: &'static ValueSpec,
        values: &'static ValueSpec,
        index: usize,
    },
    Var {
        spec: &'static ValueSpec,
        index: usize,
    },
    Type(&'static TypeSpec),
    Func(&'static FuncDecl),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    Unresolved,
    Resolving,
    Resolved,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: Name,
    pub kind: ObjKind,
    pub typ: TypeId,
    pub pos: Pos,
    /// `None` for the universe.
    pub pkg: Option<PkgId>,
    pub used: bool,
    pub state: State,
    /// For package-level objects only: boxed, as most objects are locals.
    pub global: Option<Box<Global>>,
    /// For methods: the receiver type (`T` or `*T`).
    pub recv: Option<TypeId>,
}

/// What only a package-level object has.
#[derive(Clone, Debug)]
pub struct Global {
    pub decl: DeclRef,
    /// For vars and funcs: the package-level objects their initializer or body
    /// refers to (for initialization order).
    pub deps: Vec<ObjId>,
}

impl Object {
    pub fn new(name: Name, kind: ObjKind, typ: TypeId, pos: Pos, pkg: Option<PkgId>) -> Object {
        Object { name, kind, typ, pos, pkg, used: false, state: State::Resolved, global: None, recv: None }
    }
    pub fn decl(&self) -> Option<DeclRef> {
        self.global.as_ref().map(|g| g.decl)
    }
    pub fn deps(&self) -> &[ObjId] {
        self.global.as_ref().map_or(&[], |g| &g.deps)
    }
    /// Marks a package-level object as declared by `decl`, to be checked on first use.
    pub fn declared_by(&mut self, decl: DeclRef) {
        self.state = State::Unresolved;
        self.global = Some(Box::new(Global { decl, deps: Vec::new() }));
    }
    pub fn is_exported(&self) -> bool {
        is_exported(&self.name)
    }
    /// What kind of object it is, as types2's `objectKind` words it.
    pub fn kind_name(&self) -> &'static str {
        match &self.kind {
            ObjKind::PkgName(_) => "package name",
            ObjKind::Const(_) => "constant",
            ObjKind::TypeName => "defined type",
            ObjKind::Var(VarKind::Global) => "package-level variable",
            ObjKind::Var(VarKind::Local) => "local variable",
            ObjKind::Var(VarKind::Recv) => "receiver",
            ObjKind::Var(VarKind::Param) => "parameter",
            ObjKind::Var(VarKind::Result) => "result variable",
            ObjKind::Var(VarKind::Field) => "struct field",
            ObjKind::Func if self.recv.is_some() => "method",
            ObjKind::Func => "function",
            ObjKind::Label => "label",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
        }
    }
}

pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

pub type Scope = FxHashMap<Name, ObjId>;

/// A package-level variable initialization, in execution order.
#[derive(Clone, Debug)]
pub struct VarInit {
    pub lhs: Vec<ObjId>,
    pub spec: &'static ValueSpec,
    /// For `var a, b = x, y`: which value initializes the single `lhs`; `None` when all
    /// names come from one multi-valued expression.
    pub value: Option<usize>,
}

pub struct Package {
    pub path: Name,
    pub name: Name,
    pub scope: Scope,
    pub files: Vec<&'static crate::syntax::ast::File>,
    pub inits: Vec<VarInit>,
    /// Functions and methods with bodies, in source order, and `init` functions.
    pub funcs: Vec<ObjId>,
    pub init_funcs: Vec<ObjId>,
    pub imports: Vec<PkgId>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// An operand whose error has been reported.
    Invalid,
    NoValue,
    Builtin,
    Type,
    Const,
    /// Addressable.
    Var,
    MapIndex,
    Value,
    /// A value that may also be used in a two-value (`v, ok`) context.
    CommaOk,
}

/// The checked mode and type of an expression (its constant value, if any, is in
/// `Info::consts`).
#[derive(Clone, Copy, Debug)]
pub struct Typed {
    pub mode: Mode,
    pub typ: TypeId,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SelKind {
    Field,
    Method,
    /// `T.M` or `(*T).M`: a function taking the receiver first.
    MethodExpr,
}

#[derive(Clone, Debug)]
pub struct Selection {
    pub kind: SelKind,
    /// The type of `x` in `x.f`.
    pub recv: TypeId,
    /// The method (Func) object; `None` for fields and interface methods (whose index
    /// in the interface's method set is `path`'s last element).
    pub obj: Option<ObjId>,
    /// Indices of the embedded fields walked through, then the field's own index.
    pub path: Vec<usize>,
    /// Whether a pointer was dereferenced on the way.
    pub indirect: bool,
}

/// One `u32` per node, 0 meaning nothing recorded: the checker's node tables. They
/// leave out the ids no node has (see `Gaps`) and live on demand-zero pages, so the
/// pages of slots no node reaches are never touched (fresh memory is most of what
/// checking a big program costs).
#[derive(Default)]
struct Column {
    slots: ZeroedTable,
    gaps: Gaps,
}

impl Column {
    fn reserve(&mut self, n: usize, gaps: &Gaps) {
        self.gaps = gaps.clone();
        self.slots.grow_to(n);
    }
    fn get(&self, id: NodeId) -> u32 {
        self.slots.as_slice().get(self.gaps.slot(id)).copied().unwrap_or(0)
    }
    fn set(&mut self, id: NodeId, v: u32) {
        let slot = self.gaps.slot(id);
        self.slots.grow_to(slot + 1);
        self.slots.as_mut_slice()[slot] = v;
    }
}

/// Expression types, packed with their mode (in the top bits).
#[derive(Default)]
pub struct TypeMap(Column);

const MODE_SHIFT: u32 = 28;

impl TypeMap {
    pub fn insert(&mut self, id: NodeId, t: Typed) {
        debug_assert!(t.typ.0 < 1 << MODE_SHIFT && t.mode != Mode::Invalid);
        self.0.set(id, t.typ.0 | (t.mode as u32) << MODE_SHIFT);
    }
    pub fn get(&self, id: NodeId) -> Option<Typed> {
        const MODES: [Mode; 9] = [Mode::Invalid, Mode::NoValue, Mode::Builtin, Mode::Type, Mode::Const, Mode::Var, Mode::MapIndex, Mode::Value, Mode::CommaOk];
        let v = self.0.get(id);
        (v != 0).then(|| Typed { mode: MODES[(v >> MODE_SHIFT) as usize], typ: TypeId(v & ((1 << MODE_SHIFT) - 1)) })
    }
}

/// The object an identifier declares (def) or refers to (use); an identifier is
/// one or the other. Stored as the object's index plus one.
#[derive(Default)]
pub struct ObjMap(Column);

const DEF_BIT: u32 = 1 << 31;

impl ObjMap {
    pub fn insert_def(&mut self, id: NodeId, o: ObjId) {
        self.0.set(id, (o.0 + 1) | DEF_BIT);
    }
    pub fn insert_use(&mut self, id: NodeId, o: ObjId) {
        self.0.set(id, o.0 + 1);
    }
    pub fn def(&self, id: NodeId) -> Option<ObjId> {
        let v = self.0.get(id);
        (v & DEF_BIT != 0).then(|| ObjId((v & !DEF_BIT) - 1))
    }
    pub fn use_of(&self, id: NodeId) -> Option<ObjId> {
        let v = self.0.get(id);
        (v != 0 && v & DEF_BIT == 0).then(|| ObjId(v - 1))
    }
}

/// Constant values of expressions: an index per node into a list of values. Most
/// expressions are not constant, and forgetting one (`remove`) is a store.
#[derive(Default)]
pub struct ConstMap {
    index: Column,
    values: Vec<Constant>,
}

impl ConstMap {
    pub fn insert(&mut self, id: NodeId, v: Constant) {
        match self.index.get(id) {
            0 => {
                self.values.push(v);
                self.index.set(id, self.values.len() as u32);
            }
            i => self.values[i as usize - 1] = v,
        }
    }
    pub fn remove(&mut self, id: NodeId) {
        if self.index.get(id) != 0 {
            self.index.set(id, 0);
        }
    }
    pub fn get(&self, id: NodeId) -> Option<&Constant> {
        match self.index.get(id) {
            0 => None,
            i => Some(&self.values[i as usize - 1]),
        }
    }
    pub fn contains_key(&self, id: NodeId) -> bool {
        self.index.get(id) != 0
    }
}

impl Info {
    /// Sizes the tables for `nodes` more nodes, numbered by `ids`, before checking
    /// fills them (about one node in eight is a constant, room is made for one in
    /// six): growing a table by copying costs more than reserving too much, which
    /// costs nothing until it is touched.
    pub fn reserve_nodes(&mut self, ids: &IdGen, nodes: u32) {
        let (gaps, n) = (ids.gaps(), ids.nodes() as usize + nodes as usize);
        self.types.0.reserve(n, &gaps);
        self.objs.0.reserve(n, &gaps);
        self.consts.index.reserve(n, &gaps);
        self.consts.values.reserve(nodes as usize / 6);
    }
}

/// What the checker learned about the syntax tree; the back end reads only this.
#[derive(Default)]
pub struct Info {
    pub types: TypeMap,
    pub consts: ConstMap,
    pub objs: ObjMap,
    /// Per type-switch clause: the clause's own `v` in `switch v := x.(type)`.
    pub implicits: FxHashMap<NodeId, ObjId>,
    pub selections: FxHashMap<NodeId, Selection>,
    /// The keys of struct literals that name a promoted field (`Outer{A: 1}`
    /// for `A` of an embedded struct, Go 1.27): the key's node and the
    /// field's index path, outermost first.
    pub promoted_keys: FxHashMap<NodeId, Vec<usize>>,
    /// The func literals that are bodies of range-over-func loops (named
    /// `main.f-range1` by tracebacks, not `main.f.func1`).
    pub range_bodies: rustc_hash::FxHashSet<NodeId>,
    /// `defer` calls in range-over-func bodies, which defer to the enclosing
    /// function's frame: the call's node and the variable holding that frame's depth.
    pub outer_defers: FxHashMap<NodeId, ObjId>,
    /// The variables holding it, initialized with the frame's depth where declared.
    pub frame_depth_vars: rustc_hash::FxHashSet<ObjId>,
    /// Every reference to a package variable, with the package-level
    /// declaration it is in (`None`: a REPL input's statements): what decides
    /// which initializers a program can leave out (`codegen::deadcode`).
    pub var_refs: rustc_hash::FxHashSet<(Option<ObjId>, ObjId)>,
    /// The selectors, outside package reflect, of reflect's method lookups
    /// (`t.Method(i)`, `v.MethodByName(name)`, `reflect.Type.Method`...; see
    /// `Checker::note_method_lookup`): compiling one gives every described
    /// type's exported methods to reflect (`codegen::rtype`), as gc's linker
    /// keeps them for a function it marks `ReflectMethod`.
    pub method_lookups: rustc_hash::FxHashSet<NodeId>,
    /// The program refers to `runtime.MemProfile`, so it can read the heap
    /// profile: allocations are sampled (as Go's linker turns memory
    /// profiling off unless that function is reachable).
    pub heap_profile: bool,
}
