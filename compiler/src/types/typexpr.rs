//! Type expressions: from syntax to `TypeId`.

use super::check::{Checker, Later};
use super::constant::Constant;
use super::object::*;
use super::typ::*;
use crate::syntax::ast::{self, Expr, ExprKind, IfaceElem};
use crate::syntax::literal::string_value;
use crate::syntax::token::Name;
use std::rc::Rc;

impl Checker<'_> {
    /// The type denoted by `e`, or `INVALID` after reporting why there is none.
    /// A constraint interface is only valid where `constraint_type` is used.
    /// The element type of a pointer, slice, map or channel type: resolved
    /// behind an indirection, where a type may refer to one still being declared.
    fn indirect_type(&mut self, e: &'static Expr) -> TypeId {
        self.indirections += 1;
        let t = self.resolve_type(e);
        self.indirections -= 1;
        t
    }

    pub fn resolve_type(&mut self, e: &'static Expr) -> TypeId {
        let t = self.constraint_type(e);
        if let Some(it) = self.p.types.interface(t).filter(|it| it.is_constraint()) {
            let why = if it.terms.is_some() { "interface contains type constraints" } else { "interface is (or embeds) comparable" };
            let s = super::exprstring::expr_string(e);
            self.error(e.pos, format!("cannot use type {s} outside a type constraint: {why}"));
            return INVALID;
        }
        t
    }

    /// `resolve_type` where a constraint interface may stand: a constraint, a union
    /// term, an embedded interface, the right side of a type declaration.
    pub fn constraint_type(&mut self, e: &'static Expr) -> TypeId {
        let t = self.type_expr(e);
        self.record(e, Mode::Type, t, None);
        t
    }

    fn type_expr(&mut self, e: &'static Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(name) if self.lookup(name).is_some_and(|o| !matches!(self.obj(o).kind, ObjKind::TypeName)) => {
                // types2 names what the identifier is instead of evaluating it
                let obj = self.lookup(name).unwrap();
                self.record_use(e.id, obj);
                if let ObjKind::Var(_) = self.obj(obj).kind {
                    self.obj_mut(obj).used = true; // no "declared and not used" too
                }
                let kind = self.obj(obj).kind_name();
                self.error(e.pos, format!("{name} ({kind}) is not a type"));
                INVALID
            }
            ExprKind::Ident(name) if name.as_ref() == "_" => {
                self.error(e.pos, "cannot use _ as value or type");
                INVALID
            }
            ExprKind::Selector(x, sel, _) if !x.as_ident().and_then(|n| self.lookup(n)).is_some_and(|o| matches!(self.obj(o).kind, ObjKind::PkgName(_))) => {
                // a selector on a value (or a method expression) is no type
                if self.expr_or_type(x).mode != Mode::Invalid {
                    let s = super::exprstring::expr_string(e);
                    self.error(sel.pos, format!("{s} is not a type"));
                }
                INVALID
            }
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let outer = std::mem::replace(&mut self.naming_type, true);
                let x = self.expr_or_type(e);
                self.naming_type = outer;
                match x.mode {
                    Mode::Type => x.typ,
                    Mode::Invalid => INVALID,
                    _ => {
                        let d = self.describe(&x);
                        self.error(e.pos, format!("{d} is not a type"));
                        INVALID
                    }
                }
            }
            ExprKind::Paren(x) => self.resolve_type(x),
            ExprKind::Star(x) => {
                let t = self.indirect_type(x);
                self.p.types.pointer(t)
            }
            ExprKind::ArrayType { len: Some(len), elem } => {
                let n = self.array_length(len);
                let t = self.resolve_type(elem);
                match n {
                    Some(n) => self.p.types.intern(Type::Array(t, n)),
                    None => INVALID,
                }
            }
            ExprKind::ArrayType { len: None, elem } => {
                self.resolve_type(elem);
                self.error(e.pos, "invalid use of [...] array (outside a composite literal)");
                INVALID
            }
            ExprKind::SliceType(elem) => {
                let t = self.indirect_type(elem);
                self.p.types.slice(t)
            }
            ExprKind::MapType(k, v) => {
                let kt = self.indirect_type(k);
                let vt = self.indirect_type(v);
                // (a key type still being declared is checked once it is)
                if kt != INVALID && (!self.type_in_progress(kt) || self.deferring()) {
                    self.later(Later::MapKey { key: kt, pos: k.pos });
                }
                self.p.types.intern(Type::Map(kt, vt))
            }
            ExprKind::ChanType(dir, elem) => {
                let t = self.indirect_type(elem);
                self.p.types.intern(Type::Chan(*dir, t))
            }
            ExprKind::FuncType(ft) => {
                self.indirections += 1;
                self.duplicate_params(ft);
                let t = self.func_signature(ft, None).0;
                self.indirections -= 1;
                t
            }
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::Index { x, index, .. } => match self.generic_type_ref(x) {
                Some(g) => self.type_instance(e, g, index),
                None => {
                    let t = self.resolve_type(x);
                    if t != INVALID {
                        self.not_generic(x, index, t);
                    }
                    INVALID
                }
            },
            _ => {
                let x = self.raw_expr(e, None);
                if x.mode != Mode::Invalid {
                    let s = super::exprstring::expr_string(e);
                    self.error(e.pos, format!("{s} is not a type"));
                }
                INVALID
            }
        }
    }

    /// A named type whose underlying type is still being determined (map keys of such
    /// types are checked once it is known, as gc does).
    fn type_in_progress(&self, t: TypeId) -> bool {
        let t = self.p.types.unalias(t);
        // a type parameter whose constraint comes later in its list is in progress too
        self.p.types.named_info(t).is_some_and(|n| n.underlying == INVALID) || self.p.types.type_param(t).is_some_and(|p| p.constraint == INVALID)
    }

    fn array_length(&mut self, len: &'static Expr) -> Option<u64> {
        if let ExprKind::Ident(name) = &len.kind {
            match self.lookup(name).map(|o| self.obj(o).kind.clone()) {
                None => {
                    self.error(len.pos, format!("undefined array length {name} or missing type constraint"));
                    return None;
                }
                Some(ObjKind::Const(_)) => {}
                Some(_) => {
                    self.error(len.pos, format!("invalid array length {name}"));
                    return None;
                }
            }
        }
        let x = self.expr(len);
        if x.mode != Mode::Const {
            if x.mode != Mode::Invalid {
                let d = self.describe(&x);
                self.error(len.pos, format!("array length {d} must be constant"));
            }
            return None;
        }
        if self.p.types.is_untyped(x.typ) || self.p.types.is_integer(x.typ) {
            if let Some(n) = x.val.as_ref().and_then(Constant::to_i64) {
                if n >= 0 {
                    return Some(n as u64);
                }
            }
        }
        let d = self.describe(&x);
        let msg = if self.p.types.is_integer(x.typ) { format!("invalid array length {d}") } else { format!("array length {d} must be integer") };
        self.error(len.pos, msg);
        None
    }

    fn struct_type(&mut self, fields: &'static [ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: rustc_hash::FxHashMap<Name, u32> = Default::default();
        for f in fields {
            let t = self.resolve_type(f.typ);
            // an empty tag is no tag: `struct{ x int "" }` is `struct{ x int }`
            let tag = f.tag.as_ref().map(|t| string_value(t)).filter(|t| !t.is_empty()).map(|t| Name::from(String::from_utf8_lossy(&t).as_ref()));
            let mut add = |c: &mut Self, name: Name, pos: u32, embedded: bool| {
                if &*name != "_" {
                    if let Some(&prev) = seen.get(&name) {
                        let at = c.p.fset.position_dotted(prev);
                        c.error(pos, format!("{name} redeclared\n\t{at}: other declaration of {name}"));
                        // (not a field: selecting it finds the first)
                        return;
                    }
                    seen.insert(name.clone(), pos);
                }
                let pkg = (!is_exported(&name)).then_some(c.pkg);
                out.push(Field { name, typ: t, embedded, tag: tag.clone(), pkg });
            };
            if f.names.is_empty() {
                let name = embedded_name(f.typ);
                let ptr = matches!(f.typ.unparen().kind, ExprKind::Star(_));
                let base = if ptr { self.p.types.deref(t).unwrap_or(t) } else { t };
                if base != INVALID {
                    self.later(Later::Embedded { typ: base, ptr, pos: f.typ.pos });
                }
                add(self, name, f.typ.pos, true);
            } else {
                for n in f.names.iter() {
                    let obj = self.new_obj(n.name.clone(), ObjKind::Var(VarKind::Field), t, n.pos);
                    self.p.info.objs.insert_def(n.id, obj);
                    add(self, n.name.clone(), n.pos, false);
                }
            }
        }
        self.p.types.intern(Type::Struct(out.into()))
    }

    fn interface_type(&mut self, elems: &'static [IfaceElem]) -> TypeId {
        /// An element of the interface, its types resolved.
        enum Elem {
            Method(TypeId),
            /// an embedded type and, if it is an interface, that interface
            /// (computed ahead if it is still being declared)
            Embed {
                et: TypeId,
                iface: Option<Rc<Interface>>,
            },
            Union(Option<Vec<Term>>),
            Invalid,
        }
        // the types are resolved in source order, as types2 does (which
        // declaration a cycle of them is reported from depends on it)
        let resolved: Vec<Elem> = elems
            .iter()
            .map(|el| match el {
                IfaceElem::Method(name, _) if &*name.name == "_" => {
                    self.error(name.pos, "methods must have a unique non-blank name");
                    Elem::Invalid
                }
                IfaceElem::Method(_, ft) => {
                    self.duplicate_params(ft);
                    // (a method's signature, as a function type's, is an
                    // indirection: it may name the interface being declared)
                    self.indirections += 1;
                    let (sig, _) = self.func_signature(ft, None);
                    self.indirections -= 1;
                    Elem::Method(sig)
                }
                IfaceElem::Embed(t) => self.embedded(t).map_or(Elem::Invalid, |(et, iface)| Elem::Embed { et, iface }),
                IfaceElem::TypeSet(u) => Elem::Union(self.union_terms(u)),
            })
            .collect();
        let mut own: Vec<Method> = Vec::new();
        let mut embeds = Vec::new();
        let mut all: Vec<(Method, u32)> = Vec::new();
        let (mut terms, mut comparable) = (None, false);
        // explicit methods first, then the embedded ones (as types2 computes
        // a type set: a clash is reported at the embedded interface)
        let is_method = |k: &usize| matches!(elems[*k], IfaceElem::Method(..));
        for k in (0..elems.len()).filter(is_method).chain((0..elems.len()).filter(|k| !is_method(k))) {
            match (&elems[k], &resolved[k]) {
                (IfaceElem::Method(name, _), &Elem::Method(sig)) => {
                    let m = Method { name: name.name.clone(), sig, pkg: (!is_exported(&name.name)).then_some(self.pkg) };
                    if let Some((_, prev)) = all.iter().find(|(x, _)| x.name == m.name) {
                        let at = self.p.fset.position_dotted(*prev);
                        self.error(name.pos, format!("duplicate method {}\n\t{at}: other declaration of method {}", m.name, m.name));
                        continue;
                    }
                    own.push(m.clone());
                    all.push((m, name.pos));
                }
                (IfaceElem::Embed(t), Elem::Embed { et, iface: Some(it) }) => {
                    embeds.push(*et);
                    terms = self.intersect_terms(terms, it.terms.clone());
                    comparable |= it.comparable;
                    for m in &it.methods {
                        match all.iter().find(|(x, _)| x.name == m.name) {
                            Some((x, _)) if self.p.types.identical(x.sig, m.sig) => {}
                            Some((_, prev)) => {
                                let at = self.p.fset.position_dotted(*prev);
                                self.error(t.pos, format!("duplicate method {}\n\t{at}: other declaration of method {}", m.name, m.name));
                            }
                            None => all.push((m.clone(), t.pos)),
                        }
                    }
                }
                (_, &Elem::Embed { et, iface: None }) => {
                    // a single type term: `interface{ int }`
                    terms = self.intersect_terms(terms, Some(vec![Term { tilde: false, typ: et }]));
                    embeds.push(et);
                }
                (_, Elem::Union(ts)) => {
                    // (kept for printing as the interface of just its terms)
                    embeds.push(self.terms_interface(ts.clone()));
                    terms = self.intersect_terms(terms, ts.clone());
                }
                _ => {}
            }
        }
        let mut methods: Vec<Method> = all.into_iter().map(|(m, _)| m).collect();
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        // (printed as types2 keeps them: exported first, then by name)
        own.sort_by(|a, b| (!is_exported(&a.name), &a.name).cmp(&(!is_exported(&b.name), &b.name)));
        let it = Interface { terms, comparable, ..Interface::new(methods, embeds, own) };
        self.p.types.intern(Type::Interface(Rc::new(it)))
    }

    /// The type an interface embeds, and its interface if it is one; None if
    /// it is invalid (reported).
    fn embedded(&mut self, t: &'static Expr) -> Option<(TypeId, Option<Rc<Interface>>)> {
        let et = self.constraint_type(t);
        if et == INVALID {
            return None;
        }
        if et != self.p.types.unalias(et) && self.p.types.unalias(et) == INVALID {
            // an alias still being declared, which embeds the
            // interface being declared (`type A = interface{ I }`,
            // `type I interface{ A }`): the interface contains itself
            let declaring = self.resolving.iter().rposition(|&o| self.p.types.named_info(self.obj(o).typ).is_some());
            if let Some(i) = declaring.filter(|&i| !self.cycle_reported.contains(&self.resolving[i])) {
                self.report_type_cycle(i);
            }
            return None;
        }
        if !self.type_in_progress(et) {
            return Some((et, self.p.types.interface(et)));
        }
        let iface = self.interface_ahead(et, t);
        self.p.types.interface(iface).map(|it| (et, Some(it)))
    }

    /// The interface of `et`, a defined type still being declared, which the
    /// interface type `at` embeds. go/types completes an interface's type set
    /// lazily, once every declaration is known; minigo flattens interfaces as
    /// it declares them, so an interface that embeds one whose declaration is
    /// still in progress computes that one's interface ahead, from its
    /// declaration. That is valid when the embedding was reached through an
    /// indirection from `et`'s declaration (`type Tree interface{ Kids()
    /// []Node }; type Node interface{ Tree }`): `et`'s method signatures then
    /// name the types in progress, not their methods. Reached through
    /// embeddings alone (`type A interface{ B }; type B interface{ A }`), it is
    /// gc's `invalid recursive type`, reported here; and INVALID then.
    fn interface_ahead(&mut self, et: TypeId, at: &'static Expr) -> TypeId {
        let obj = self.p.types.named_info(self.p.types.unalias(et)).map(|n| n.obj);
        let Some((obj, i)) = obj.and_then(|o| Some((o, self.resolving.iter().rposition(|&r| r == o)?))) else {
            let s = super::exprstring::expr_string(at);
            self.error(at.pos, format!("invalid recursive type {s}"));
            return INVALID;
        };
        let elems = match self.obj(obj).decl() {
            Some(super::object::DeclRef::Type(spec)) if spec.tparams.is_empty() && !spec.alias => match &spec.typ.unparen().kind {
                ExprKind::InterfaceType(elems) => Some((*elems, spec.typ.pos)),
                _ => None,
            },
            _ => None,
        };
        let through_indirection = self.indirections > self.resolving_indirections[i];
        match elems {
            Some((_, pos)) if through_indirection && self.ahead.contains(&obj) => {
                // its interface contains an anonymous interface that contains
                // it (`type I interface{ m() interface{ I } }`): gc rejects
                // that once the package type-checks (go.dev/issue/56103), and
                // reports nothing else; minigo, which cannot represent the
                // type, reports nothing after it
                self.error(pos, "invalid recursive type: anonymous interface refers to itself (see https://go.dev/issue/56103)");
                self.quiet = true;
                INVALID
            }
            Some((elems, _)) if through_indirection => {
                // as `resolve` checks the declaration, with the indirections
                // around it then (so that a cycle of embeddings back to it is
                // one), and on the stack of declarations again (so that such a
                // cycle includes it)
                let level = self.resolving_indirections[i];
                let saved_indirections = std::mem::replace(&mut self.indirections, level);
                self.ahead.push(obj);
                let t = self.in_declaration(obj, level, |c| c.interface_type(elems));
                self.ahead.pop();
                self.indirections = saved_indirections;
                t
            }
            _ => {
                if !self.cycle_reported.contains(&obj) {
                    self.report_type_cycle(i);
                }
                INVALID
            }
        }
    }

    /// A function type; with a receiver list, also the receiver type.
    pub fn func_signature(&mut self, ft: &'static ast::FuncType, recv: Option<&'static [ast::Field]>) -> (TypeId, Option<TypeId>) {
        let recv_t = recv.and_then(|r| r.first()).map(|f| self.receiver_type(f));
        let (params, variadic) = self.param_list(ft.params, true);
        let (results, _) = self.param_list(ft.results, false);
        let sig = Signature { params, results, variadic };
        (self.p.types.intern(Type::Func(Rc::new(sig))), recv_t)
    }

    /// A function type written without a body, whose scope would declare its
    /// parameter and result names: each name once.
    fn duplicate_params(&mut self, ft: &'static ast::FuncType) {
        let mut seen: Vec<(&str, crate::syntax::pos::Pos)> = Vec::new();
        for n in ft.params.iter().chain(ft.results.iter()).flat_map(|f| f.names.iter()) {
            match seen.iter().find(|(s, _)| *s == &*n.name) {
                Some(&(_, prev)) if &*n.name != "_" => self.redeclared(n.pos, &n.name, prev),
                Some(_) => {}
                None => seen.push((&n.name, n.pos)),
            }
        }
    }

    /// A parameter list's types (`params`) or a result list's, and whether it
    /// ends in `...`. gc's parser reports the first `...` misplaced in a list
    /// and takes `...T` for `T`.
    fn param_list(&mut self, fields: &'static [ast::Field], params: bool) -> (Vec<Param>, bool) {
        let mut out = Vec::new();
        let mut variadic = false;
        let mut misplaced = false;
        for (i, f) in fields.iter().enumerate() {
            let mut t = self.resolve_type(f.typ);
            if let Some(dots) = f.dots {
                if params && i == fields.len() - 1 && f.names.len() <= 1 {
                    variadic = true;
                    t = self.p.types.slice(t);
                } else if !misplaced {
                    misplaced = true;
                    self.error(dots, if params { "can only use ... with final parameter" } else { "invalid use of ..." });
                }
            }
            if f.names.is_empty() {
                out.push(Param { name: None, typ: t });
            }
            for n in f.names.iter() {
                out.push(Param { name: Some(n.name.clone()), typ: t });
            }
        }
        (out, variadic)
    }

    /// A method receiver must be `T` or `*T` for a defined type `T` of this package
    /// that is not a pointer or interface type.
    fn receiver_type(&mut self, f: &'static ast::Field) -> TypeId {
        if let Some(dots) = f.dots {
            self.error(dots, "invalid use of ...");
        }
        let t = self.resolve_type(f.typ);
        if t == INVALID {
            return t;
        }
        // (written `*T`, or an alias of a pointer type)
        let base = match self.p.types.get(self.p.types.unalias(t)) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        let base_u = self.p.types.unalias(base);
        if base_u == INVALID {
            return INVALID; // (reported where it was written)
        }
        let msg = match self.p.types.named_info(base_u) {
            Some(n) if n.pkg != self.pkg => Some(format!("cannot define new methods on non-local type {}", self.type_string(base))),
            Some(_) => match self.p.types.get(self.p.types.underlying(base_u)) {
                Type::Pointer(_) | Type::Interface(_) => Some(format!("invalid receiver type {} (pointer or interface type)", self.type_string(base))),
                _ => None,
            },
            None if matches!(self.p.types.get(base_u), Type::Basic(_)) => {
                Some(format!("cannot define new methods on non-local type {}", self.type_string(base)))
            }
            None => Some(format!("invalid receiver type {}", self.type_string(t))),
        };
        match msg {
            Some(m) => {
                self.error(receiver_base(f.typ).pos, m);
                INVALID
            }
            None => t,
        }
    }
}

/// The base type name of a receiver type (types2's `unpackRecv`): without the
/// parentheses, `*`s and type parameters around it.
fn receiver_base(mut t: &'static Expr) -> &'static Expr {
    loop {
        match &t.kind {
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Index { x, .. } => t = x,
            _ => return t,
        }
    }
}

/// The implicit name of an embedded field: its type name without package or `*`.
pub fn embedded_name(t: &Expr) -> Name {
    match &t.unparen().kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::Selector(_, sel, _) => sel.name.clone(),
        ExprKind::Star(x) | ExprKind::Index { x, .. } => embedded_name(x),
        _ => Name::from("_"),
    }
}
