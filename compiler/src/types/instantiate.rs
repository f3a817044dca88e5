//! Generics: type parameter declarations, constraints and their type sets,
//! instantiation, substitution and constraint satisfaction (go/types'
//! `instantiate.go`, `subst.go`, `typeset.go`; inference is in `infer`).
//!
//! minigo implements generics by instantiation: every distinct instance of a
//! generic function or type (`Map[int,string]`, `Stack[Point]`) is a function or
//! named type of its own, compiled as if the programmer had written it out.
//!
//! - A generic declaration is checked once for its *signature*: its type parameters
//!   become `Type::TypeParam`s and its signature (or underlying type, and its
//!   methods' signatures) is expressed in them. It is recorded as a `Generic`.
//! - An instance's signature, underlying type and method signatures are the
//!   generic ones with the type arguments substituted (`subst`). Instances are
//!   deduplicated on the canonical type arguments, so `Stack[int]` is one type
//!   wherever and in whichever package (or REPL input) it is written.
//! - An instance's *body* is a copy of the generic declaration's body with fresh
//!   node ids (`syntax::clone`), checked in the generic's package and file scope
//!   with each type parameter's name bound to its type argument. The back end sees
//!   an ordinary function whose every expression has a concrete type, so generic
//!   code runs exactly as fast as hand-written code for the same types.
//!
//! Why not GC-shape stenciling with dictionaries, as gc does: it shares code
//! between instances whose arguments have the same shape, at the price of a
//! dictionary lookup for every type-dependent operation. minigo compiles only the
//! functions a program reaches (see `codegen`), and programs instantiate few
//! generic functions with few argument types, so the code size stenciling saves is
//! small while its run-time cost is paid on every call (100 instances start as
//! fast as the same code written out; docs/DESIGN.md has the figures), and
//! `samples/bench/g*.go` measure generic code against Go.
//!
//! The body of a generic declaration is checked once in terms of its type
//! parameters (`generic_body`), as go/types checks it: an operation on an
//! operand of type parameter type is valid when it is valid for every type in
//! the parameter's type set (`under`), its methods are its constraint's, and
//! the errors name the type parameter (`x (variable of type T constrained by
//! any)`). That check finds every error Go reports in a generic body, whether
//! or not the program instantiates it. Its instances' bodies are then checked
//! again with the type arguments bound, to give the back end concrete types;
//! they are skipped when the generic check failed (their errors would repeat
//! it), and an error that only an instance shows is one Go does not report
//! (`x / 0` is valid on a `T ~int | ~float64`, and panics for an `int`
//! instance), so those checks are relaxed inside instances (`instance_level`).

use super::check::{Checker, Later};
use super::object::*;
use super::typ::*;
use crate::syntax::ast::{self, Expr, ExprKind, FuncDecl, UnOp};
use crate::syntax::clone::Cloner;
use crate::syntax::pos::Pos;
use crate::syntax::token::Name;
use crate::syntax::walk::{walk_block, walk_expr, Visitor};
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// A generic function, generic type, method of a generic type, or method with
/// type parameters of its own (Go 1.27's generic methods).
pub struct Generic {
    /// The type parameters (`Type::TypeParam`s), in declaration order; for a
    /// method of a generic type, its receiver type's, unless it has its own
    /// (`method`).
    pub tparams: Vec<TypeId>,
    /// `tparams` are a method's own, which a call or an index expression
    /// through a selector instantiates (`x.M[int]`, `x.M(1)`).
    pub method: bool,
    /// What an instance's body binds besides `tparams`: the receiver type
    /// parameter names of a generic method of an instance of a generic type
    /// (`func (l *List[E]) Map[U any]` in `List[int]`: `E` to `int`).
    pub outer: Vec<(Name, TypeId)>,
    pub pkg: PkgId,
    /// The file scope (imports) the declaration is checked in.
    pub imports: Scope,
    /// Instances by canonical type arguments: function objects, or named types.
    pub funcs: FxHashMap<Vec<TypeId>, ObjId>,
    pub types: FxHashMap<Vec<TypeId>, TypeId>,
    /// For a generic type: its underlying type and methods are known. Instances
    /// made before (through a reference in its own declaration) wait in `waiting`.
    pub ready: bool,
    /// A generic alias (`type A[T any] = List[T]`): its instances are its target
    /// with the arguments substituted, not types of their own.
    pub alias: bool,
    pub waiting: Vec<TypeId>,
    /// Checking the body in terms of the type parameters found errors: its
    /// instances' bodies are not checked (they would report them again).
    pub body_failed: bool,
}

impl Generic {
    /// A generic declaration of package `pkg` (checked in file scope
    /// `imports`) with type parameters `tparams`, not instantiated yet.
    fn new(tparams: Vec<TypeId>, pkg: PkgId, imports: Scope) -> Generic {
        Generic {
            tparams,
            method: false,
            outer: vec![],
            pkg,
            imports,
            funcs: Default::default(),
            types: Default::default(),
            ready: false,
            alias: false,
            waiting: vec![],
            body_failed: false,
        }
    }
}

/// An instance's body, to be checked once the current declarations are done.
pub struct InstanceBody {
    pub obj: ObjId,
    /// The generic function (or method) it instantiates.
    pub generic: ObjId,
    /// The copy of the generic declaration.
    pub decl: &'static FuncDecl,
    /// Each type parameter name, as the declaration spells it, and its argument.
    pub bind: Vec<(Name, TypeId)>,
    /// Its nesting level (see `Program::instance_level`).
    pub level: usize,
}

/// How deep instances may nest (`F[T]` instantiating `F[[]T]` ...): gc reports
/// such instantiation cycles; minigo stops at this depth.
const MAX_INSTANCE_DEPTH: usize = 64;

impl Checker<'_> {
    /// Declares the type parameters `fields` in the innermost scope and resolves
    /// their constraints (which may refer to each other).
    pub(super) fn declare_type_params(&mut self, fields: &'static [ast::Field]) -> Vec<TypeId> {
        let tparams = self.declare_type_param_names(fields);
        self.resolve_constraints(fields, &tparams);
        tparams
    }

    /// The first half of `declare_type_params`: the names, without their
    /// constraints (which a generic type's may refer to the type itself:
    /// `type Ordered[T Ordered[T]] interface{ ... }`).
    fn declare_type_param_names(&mut self, fields: &'static [ast::Field]) -> Vec<TypeId> {
        let mut tparams = Vec::new();
        for f in fields {
            for n in f.names.iter() {
                let t = self.p.types.new_type_param(n.name.clone(), n.pos, tparams.len());
                let obj = self.new_obj(n.name.clone(), ObjKind::TypeName, t, n.pos);
                self.declare(n, obj);
                tparams.push(t);
            }
        }
        tparams
    }

    /// The second half: each parameter's constraint.
    fn resolve_constraints(&mut self, fields: &'static [ast::Field], tparams: &[TypeId]) {
        let mut i = 0;
        for f in fields {
            let (c, implicit) = self.constraint(f.typ);
            for _ in f.names.iter() {
                let Type::TypeParam(k) = *self.p.types.get(tparams[i]) else { unreachable!() };
                self.p.types.tparams[k as usize].constraint = c;
                self.p.types.tparams[k as usize].implicit = implicit;
                i += 1;
            }
        }
    }

    /// A type parameter's constraint: an interface, or a union or single type
    /// standing for the interface of just those terms (`[T ~int | ~string]`);
    /// and whether it was the latter (an implicit interface).
    fn constraint(&mut self, e: &'static Expr) -> (TypeId, bool) {
        if matches!(e.kind, ExprKind::Binary { .. } | ExprKind::Unary(UnOp::Tilde, _)) {
            let terms = self.union_terms(e);
            return (self.terms_interface(terms), true);
        }
        let t = self.constraint_type(e);
        // (a generic interface naming itself in its type parameter list,
        // `type Ordered[T Ordered[T]] interface{...}`, is still being declared)
        let declaring = self.p.types.named_info(t).is_some_and(|n| n.underlying == INVALID);
        if t == INVALID || declaring || self.p.types.is_interface(t) {
            return (t, false);
        }
        (self.terms_interface(Some(vec![Term { tilde: false, typ: t }])), true)
    }

    pub(super) fn terms_interface(&mut self, terms: Option<Vec<Term>>) -> TypeId {
        let it = Interface { terms, ..Interface::new(vec![], vec![], vec![]) };
        self.p.types.intern(Type::Interface(Rc::new(it)))
    }

    /// The terms of a union `A | ~B | ...`; `None` when a term is an interface
    /// without type terms (`any | int` is every type).
    pub(super) fn union_terms(&mut self, e: &'static Expr) -> Option<Vec<Term>> {
        match &e.kind {
            ExprKind::Binary { x, y, .. } => {
                let (a, b) = (self.union_terms(x), self.union_terms(y));
                let mut v = a?;
                v.extend(b?);
                Some(v)
            }
            ExprKind::Unary(UnOp::Tilde, x) => {
                let t = self.constraint_type(x);
                if t != INVALID && self.p.types.underlying(t) != self.p.types.unalias(t) {
                    let s = self.type_string(t);
                    self.error(e.pos, format!("invalid use of ~ ({s} is not the underlying type of {s})"));
                }
                Some(vec![Term { tilde: true, typ: t }])
            }
            _ => {
                let t = self.constraint_type(e);
                match self.p.types.interface(t) {
                    Some(it) if !it.methods.is_empty() => {
                        let s = self.type_string(t);
                        self.error(e.pos, format!("cannot use {s} in union ({s} contains methods)"));
                        Some(vec![])
                    }
                    // an embedded constraint interface contributes its own terms
                    Some(it) => it.terms.clone(),
                    None => Some(vec![Term { tilde: false, typ: t }]),
                }
            }
        }
    }

    /// The intersection of two type sets given as unions of terms.
    pub(super) fn intersect_terms(&mut self, a: Option<Vec<Term>>, b: Option<Vec<Term>>) -> Option<Vec<Term>> {
        let (Some(a), Some(b)) = (&a, &b) else {
            return a.or(b);
        };
        let mut out = Vec::new();
        for x in a {
            for y in b {
                let (ux, uy) = (self.p.types.underlying(x.typ), self.p.types.underlying(y.typ));
                let t = match (x.tilde, y.tilde) {
                    (true, true) if self.p.types.identical(ux, uy) => Some(*x),
                    (true, false) if self.p.types.identical(ux, uy) => Some(*y),
                    (false, true) if self.p.types.identical(ux, uy) => Some(*x),
                    (false, false) if self.p.types.identical(x.typ, y.typ) => Some(*x),
                    _ => None,
                };
                out.extend(t);
            }
        }
        Some(out)
    }

    /// Records `obj` as a generic declaration with type parameters `tparams`.
    pub(super) fn add_generic(&mut self, obj: ObjId, tparams: Vec<TypeId>) {
        let imports = self.file_scopes.get(self.cur_file).cloned().unwrap_or_default();
        self.p.generics.insert(obj, Generic::new(tparams, self.pkg, imports));
    }

    /// `func F[T any](...)`: the signature in terms of the type parameters.
    pub(super) fn generic_func_decl(&mut self, obj: ObjId, fd: &'static FuncDecl) {
        self.open_scope();
        let tparams = self.declare_type_params(fd.tparams);
        let (sig, _) = self.func_signature(&fd.sig, None);
        self.close_scope();
        self.obj_mut(obj).typ = sig;
        self.add_generic(obj, tparams);
        self.use_imports(fd);
    }

    /// Marks the imports a generic body names as used: the body itself is only
    /// checked through its instances, of which there may be none.
    fn use_imports(&mut self, fd: &'static FuncDecl) {
        let Some(body) = &fd.body else { return };
        let mut v = ImportUses { imports: self.file_scopes.get(self.cur_file), used: Vec::new() };
        walk_block(&mut v, body);
        for o in v.used {
            if matches!(self.obj(o).kind, ObjKind::PkgName(_)) {
                self.obj_mut(o).used = true;
            }
        }
    }

    /// The type parameter names a method of a generic type declares in its
    /// receiver (`func (s *Stack[T]) Push(v T)`), or `None` for other methods.
    pub(super) fn receiver_type_params(recv: &[ast::Field]) -> Option<&'static [Expr]> {
        let mut t = recv.first()?.typ.unparen();
        if let ExprKind::Star(x) = &t.kind {
            t = x.unparen();
        }
        match &t.kind {
            ExprKind::Index { index, .. } => Some(index),
            _ => None,
        }
    }

    /// A method of a generic type: its receiver's type parameter names are bound to
    /// the type's own type parameters while its signature is checked.
    pub(super) fn generic_method_decl(&mut self, obj: ObjId, fd: &'static FuncDecl, names: &'static [Expr]) -> bool {
        let recv = fd.recv.unwrap();
        let mut base = recv[0].typ.unparen();
        if let ExprKind::Star(x) = &base.kind {
            base = x.unparen();
        }
        let ExprKind::Index { x, .. } = &base.kind else { return false };
        let Some(gobj) = x.as_ident().and_then(|n| self.lookup(n)) else { return false };
        self.resolve(gobj);
        let Some(tparams) = self.p.generics.get(&gobj).map(|g| g.tparams.clone()) else {
            return false;
        };
        if tparams.len() != names.len() {
            let plural = if names.len() == 1 { "" } else { "s" };
            let msg = format!("receiver declares {} type parameter{plural}, but receiver base type declares {}", names.len(), tparams.len());
            self.error(x.pos, msg);
            return true;
        }
        self.open_scope();
        for (n, &t) in names.iter().zip(&tparams) {
            let Some(name) = n.as_ident() else {
                self.error(n.pos, "receiver type parameter must be an identifier");
                continue;
            };
            let tp = self.new_obj(name.clone(), ObjKind::TypeName, t, n.pos);
            self.declare(&ast::Ident { id: n.id, pos: n.pos, name: name.clone() }, tp);
        }
        let own = self.declare_type_params(fd.tparams);
        // the receiver is the generic type itself (its parameters may be `_`)
        let (sig, _) = self.func_signature(&fd.sig, None);
        let named = self.obj(gobj).typ;
        let recv_t = Some(if matches!(recv[0].typ.unparen().kind, ExprKind::Star(_)) { self.p.types.pointer(named) } else { named });
        self.close_scope();
        let o = self.obj_mut(obj);
        o.typ = sig;
        o.recv = recv_t;
        if own.is_empty() {
            self.add_generic(obj, tparams);
        } else {
            self.add_generic(obj, own);
            self.p.generics.get_mut(&obj).unwrap().method = true;
        }
        self.use_imports(fd);
        true
    }

    /// `func (b *Box) M[T any](...)`, a generic method of a type that is not
    /// generic: the signature in terms of its type parameters.
    pub(super) fn generic_method_of_plain_type(&mut self, obj: ObjId, fd: &'static FuncDecl) {
        self.open_scope();
        let own = self.declare_type_params(fd.tparams);
        let (sig, recv) = self.func_signature(&fd.sig, fd.recv);
        self.close_scope();
        let o = self.obj_mut(obj);
        o.typ = sig;
        o.recv = recv;
        self.add_generic(obj, own);
        self.p.generics.get_mut(&obj).unwrap().method = true;
        self.use_imports(fd);
    }

    /// `type List[T any] ...`: the underlying type in terms of the type parameters.
    pub(super) fn generic_type_decl(&mut self, obj: ObjId, spec: &'static ast::TypeSpec) {
        if spec.alias {
            self.open_scope();
            let tparams = self.declare_type_param_names(spec.tparams);
            self.add_generic(obj, tparams.clone());
            self.resolve_constraints(spec.tparams, &tparams);
            let target = self.resolve_type(spec.typ);
            self.close_scope();
            self.obj_mut(obj).typ = target;
            let g = self.p.generics.get_mut(&obj).unwrap();
            (g.alias, g.ready) = (true, true);
            return;
        }
        let named = self.p.types.new_named(spec.name.name.clone(), self.pkg, obj);
        self.mark_local(named, spec.name.pos);
        self.obj_mut(obj).typ = named;
        self.open_scope();
        let tparams = self.declare_type_param_names(spec.tparams);
        self.p.types.named_info_mut(named).unwrap().targs = tparams.clone();
        self.add_generic(obj, tparams.clone());
        self.resolve_constraints(spec.tparams, &tparams);
        let rhs = self.constraint_type(spec.typ);
        self.close_scope();
        let under = self.p.types.underlying(rhs);
        if self.p.types.type_param(rhs).is_some() {
            self.error(spec.typ.pos, "cannot use a type parameter as RHS in type declaration");
        }
        self.p.types.named_info_mut(named).unwrap().underlying = under;
        self.collect_methods(obj, named);
        let g = self.p.generics.get_mut(&obj).unwrap();
        g.ready = true;
        for inst in std::mem::take(&mut g.waiting) {
            self.complete_type_instance(obj, inst);
        }
    }

    /// Instance `G[targs]` of generic type `G`, made once per distinct arguments.
    /// `arg_pos` are the type arguments' positions, for errors (`pos` if absent).
    pub(super) fn instantiate_type(&mut self, gobj: ObjId, targs: Vec<TypeId>, pos: Pos, arg_pos: &[Pos]) -> TypeId {
        let named = self.obj(gobj).typ;
        let g = &self.p.generics[&gobj];
        if g.alias {
            if !self.check_type_args(gobj, &targs, pos, arg_pos, None) {
                return INVALID;
            }
            let map: Vec<(TypeId, TypeId)> = self.p.generics[&gobj].tparams.iter().copied().zip(targs).collect();
            return self.subst(named, &map);
        }
        if targs == g.tparams {
            return named; // `List[T]` inside List's own declaration
        }
        // (an instance made by substitution, at no position, was checked where its
        // arguments were written, in terms of type parameters)
        if pos != 0 {
            if self.deferring() {
                self.later(Later::TypeArgs { gobj, targs: targs.clone(), pos, arg_pos: arg_pos.to_vec() });
            } else if !self.check_type_args(gobj, &targs, pos, arg_pos, None) {
                return INVALID;
            }
        }
        let key: Vec<TypeId> = targs.iter().map(|&t| self.p.types.canon(t)).collect();
        if let Some(&t) = self.p.generics[&gobj].types.get(&key) {
            return t;
        }
        let (name, pkg) = (self.obj(gobj).name.clone(), self.p.generics[&gobj].pkg);
        let inst = self.p.types.new_named(name, pkg, gobj);
        let g = self.p.types.named_info(named).unwrap();
        let (local, outer) = (g.local, g.outer.clone());
        let n = self.p.types.named_info_mut(inst).unwrap();
        (n.targs, n.local, n.outer) = (targs, local, outer);
        let g = self.p.generics.get_mut(&gobj).unwrap();
        g.types.insert(key, inst);
        if g.ready {
            self.complete_type_instance(gobj, inst);
        } else {
            g.waiting.push(inst);
        }
        inst
    }

    /// Gives instance `inst` of generic type `gobj` its underlying type and methods;
    /// queues the methods' bodies when the arguments are concrete.
    fn complete_type_instance(&mut self, gobj: ObjId, inst: TypeId) {
        let named = self.obj(gobj).typ;
        let map = self.subst_map(gobj, inst);
        let gu = self.p.types.named_info(named).unwrap().underlying;
        if self.p.type_nesting >= MAX_INSTANCE_DEPTH {
            // `type T[P any] struct{ f *T[[]P] }`: every instance makes a bigger one
            self.instantiation_cycle(gobj);
            return;
        }
        self.p.type_nesting += 1;
        let under = self.subst(gu, &map);
        self.p.type_nesting -= 1;
        self.p.types.named_info_mut(inst).unwrap().underlying = under;
        // an instance may contain itself by value (`A[T]` holding `B[T]` holding
        // `A[T]`), which `valid_type` reports
        let concrete = !map.iter().any(|&(_, a)| self.p.types.has_type_params(a));
        if concrete && self.p.type_nesting == 0 && under != INVALID {
            let reported = self.errors.len();
            if !self.valid_type(inst, &mut vec![]) {
                self.p.types.named_info_mut(inst).unwrap().underlying = INVALID;
                if self.errors.len() == reported {
                    let (at, s) = (self.obj(gobj).pos, self.type_string(inst));
                    self.error(at, format!("invalid recursive type {s}"));
                }
                return;
            }
        }
        let methods = self.p.types.named_info(named).unwrap().methods.clone();
        let mut out = Vec::new();
        for m in methods {
            if !self.p.generics.contains_key(&m) {
                continue; // its declaration was in error
            }
            let (sig, recv) = (self.obj(m).typ, self.obj(m).recv);
            let sig = self.subst(sig, &map);
            let recv = recv.map(|r| self.subst(r, &map));
            let o = self.obj(m);
            let mut obj = Object::new(o.name.clone(), ObjKind::Func, sig, o.pos, o.pkg);
            obj.recv = recv;
            let im = self.p.new_object(obj);
            if let Some(DeclRef::Func(fd)) = self.obj(m).decl() {
                let names = Self::receiver_type_params(fd.recv.unwrap()).unwrap_or(&[]);
                let bind: Vec<(Name, TypeId)> = names.iter().zip(&map).filter_map(|(n, &(_, a))| Some((n.as_ident()?.clone(), a))).collect();
                if self.p.generics[&m].method {
                    // still generic in its own type parameters: instantiated
                    // by its calls, its body then bound to these arguments too
                    self.obj_mut(im).declared_by(DeclRef::Func(fd));
                    self.obj_mut(im).state = State::Resolved;
                    let g = &self.p.generics[&m];
                    let g = Generic { method: true, outer: bind, ..Generic::new(g.tparams.clone(), g.pkg, g.imports.clone()) };
                    self.p.generics.insert(im, g);
                } else if concrete {
                    self.queue_instance_body(im, m, fd, bind);
                }
            }
            out.push(im);
        }
        self.p.types.named_info_mut(inst).unwrap().methods = out;
    }

    /// Type parameter → argument pairs of instance `inst` of `gobj`.
    fn subst_map(&self, gobj: ObjId, inst: TypeId) -> Vec<(TypeId, TypeId)> {
        let targs = &self.p.types.named_info(inst).unwrap().targs;
        self.p.generics[&gobj].tparams.iter().copied().zip(targs.iter().copied()).collect()
    }

    /// Copies generic declaration `fd` for instance `obj` and queues its body.
    fn queue_instance_body(&mut self, obj: ObjId, generic: ObjId, fd: &'static FuncDecl, bind: Vec<(Name, TypeId)>) {
        let decl = Cloner { arena: self.p.arena(), ids: &self.p.ids }.func_decl(fd);
        self.obj_mut(obj).declared_by(DeclRef::Func(decl));
        self.obj_mut(obj).state = State::Resolved;
        let level = self.p.instance_level + 1;
        self.p.instance_bodies.push(InstanceBody { obj, generic, decl, bind, level });
    }

    /// Whether `targs` are as many as `gobj`'s type parameters and satisfy their
    /// constraints; reports why not at the argument's position in `arg_pos`, else
    /// at `pos`. `call` names the function whose call inferred them, and which
    /// of them its typed arguments gave.
    pub(super) fn check_type_args(&mut self, gobj: ObjId, targs: &[TypeId], pos: Pos, arg_pos: &[Pos], call: Option<(&str, &[bool])>) -> bool {
        let tparams = self.p.generics[&gobj].tparams.clone();
        if targs.len() != tparams.len() {
            let (what, name) = (if targs.len() > tparams.len() { "too many" } else { "not enough" }, self.obj(gobj).name.clone());
            let is_type = matches!(self.obj(gobj).kind, ObjKind::TypeName);
            let decl = if is_type { format!("type {name}") } else { name.to_string() };
            self.error(pos, format!("{what} type arguments for {decl}: have {}, want {}", targs.len(), tparams.len()));
            return false;
        }
        if targs.contains(&INVALID) {
            return false;
        }
        let map: Vec<(TypeId, TypeId)> = tparams.iter().copied().zip(targs.iter().copied()).collect();
        for (i, (&tp, &a)) in tparams.iter().zip(targs).enumerate() {
            let info = self.p.types.type_param(tp).unwrap();
            let (c, implicit) = (info.constraint, info.implicit);
            let c = self.subst(c, &map);
            if let Err((msg, method)) = self.satisfies(a, c, implicit) {
                // gc finds an argument inferred from a typed argument wanting
                // while it infers (naming the type parameter): one that lacks
                // a method, or whose underlying type is not the constraint's
                // core type (then without the reason)
                let msg = match call.filter(|(_, inferred)| inferred.get(i) == Some(&true)) {
                    Some((f, _)) if method || self.misses_core_type(a, c) => {
                        let (tn, ts) = (self.p.types.type_param(tp).unwrap().name.clone(), self.type_string(a));
                        let rest = match msg.strip_prefix(ts.as_str()) {
                            Some(rest) if method => rest.trim_start().to_string(),
                            _ => {
                                let cs = if implicit { self.constraint_string(c) } else { self.type_string(c) };
                                format!("does not satisfy {cs}")
                            }
                        };
                        format!("in call to {f}, {tn} (type {ts}) {rest}")
                    }
                    _ => msg,
                };
                self.error(arg_pos.get(i).copied().unwrap_or(pos), msg);
                return false;
            }
        }
        true
    }

    /// Whether constraint `c` has a core type (its terms' one underlying type)
    /// that `t`'s underlying type is not.
    fn misses_core_type(&mut self, t: TypeId, c: TypeId) -> bool {
        let Some(terms) = self.p.types.interface(c).and_then(|it| it.terms.clone()) else { return false };
        let Some(first) = terms.first() else { return false };
        let core = self.p.types.underlying(first.typ);
        if !terms.iter().all(|term| {
            let u = self.p.types.underlying(term.typ);
            self.p.types.identical(u, core)
        }) {
            return false;
        }
        let u = self.p.types.underlying(t);
        !self.p.types.identical(u, core)
    }

    /// Whether type argument `t` satisfies constraint `c`, with gc's reason if not
    /// (and whether the reason is a missing method). An `implicit` constraint
    /// was written as its terms, and gc's reason shows it so.
    pub(super) fn satisfies(&mut self, t: TypeId, c: TypeId, implicit: bool) -> Result<(), (String, bool)> {
        let Some(it) = self.p.types.interface(c) else { return Ok(()) };
        let ts = self.type_string(t);
        let cs = if implicit { self.constraint_string(c) } else { self.type_string(c) };
        if let Some(tp) = self.p.types.type_param(t) {
            return self.param_satisfies(tp.constraint, &it, &ts, &cs);
        }
        if self.p.types.has_type_params(t) {
            return Ok(()); // checked where the enclosing generic is instantiated
        }
        if let Some(terms) = &it.terms {
            let ut = self.p.types.underlying(t);
            let inside = terms.iter().any(|term| {
                let want = if term.tilde { ut } else { t };
                self.p.types.identical(want, term.typ)
                    || (!term.tilde && self.p.types.is_interface(t) && self.p.types.identical(ut, self.p.types.underlying(term.typ)))
            });
            if !inside {
                // a term `T` that `~T` would make `t` satisfy (T not a named type)
                let alt = terms.iter().find(|term| {
                    let own = self.p.types.underlying(term.typ);
                    !term.tilde && self.p.types.identical(term.typ, own) && self.p.types.identical(ut, own)
                });
                let set = self.terms_interface(Some(terms.clone()));
                let set = self.constraint_string(set);
                let msg = match alt {
                    _ if terms.is_empty() => format!("cannot satisfy {cs} (empty type set)"),
                    Some(alt) => format!("{ts} does not satisfy {cs} (possibly missing ~ for {} in {cs})", self.type_string(alt.typ)),
                    None => format!("{ts} does not satisfy {cs} ({ts} missing in {set})"),
                };
                return Err((msg, false));
            }
        }
        if it.comparable && !self.p.types.comparable(t) {
            return Err((format!("{ts} does not satisfy comparable"), false));
        }
        if let Some((m, alt)) = self.p.missing_method(t, c, self.pkg) {
            let cause = self.missing_method_cause(t, &m, alt);
            return Err((format!("{ts} does not satisfy {cs} {cause}"), true));
        }
        Ok(())
    }

    /// Whether a type parameter with constraint `own` satisfies constraint `it`:
    /// its type set must be a subset of `it`'s.
    fn param_satisfies(&mut self, own: TypeId, it: &Interface, ts: &str, cs: &str) -> Result<(), (String, bool)> {
        let Some(own) = self.p.types.interface(own) else { return Ok(()) };
        let own_comparable = own.comparable || own.terms.as_ref().is_some_and(|t| !t.is_empty() && t.iter().all(|t| self.p.types.comparable(t.typ)));
        if it.comparable && !own_comparable {
            return Err((format!("{ts} does not satisfy comparable"), false));
        }
        if let Some(terms) = &it.terms {
            let covered = |c: &mut Self, t: &Term| {
                terms.iter().any(|w| {
                    let ut = c.p.types.underlying(t.typ);
                    if w.tilde {
                        c.p.types.identical(ut, w.typ)
                    } else {
                        !t.tilde && c.p.types.identical(t.typ, w.typ)
                    }
                })
            };
            let inside = match &own.terms {
                Some(own_terms) => own_terms.iter().all(|t| covered(self, t)),
                None => false,
            };
            if !inside {
                return Err((format!("{ts} does not satisfy {cs}"), false));
            }
        }
        for m in &it.methods {
            let have = own.methods.iter().find(|x| x.name == m.name).map(|x| x.sig);
            if !have.is_some_and(|h| self.p.types.identical(h, m.sig)) {
                return Err((format!("{ts} does not satisfy {cs} (missing method {})", m.name), true));
            }
        }
        Ok(())
    }

    /// Instance `F[targs]` of generic function `gobj` (arguments already checked).
    pub(super) fn instantiate_func(&mut self, gobj: ObjId, targs: Vec<TypeId>) -> Option<ObjId> {
        let key: Vec<TypeId> = targs.iter().map(|&t| self.p.types.canon(t)).collect();
        if let Some(&o) = self.p.generics[&gobj].funcs.get(&key) {
            return Some(o);
        }
        if self.p.instance_level >= MAX_INSTANCE_DEPTH {
            self.instantiation_cycle(gobj);
            return None;
        }
        let tparams = self.p.generics[&gobj].tparams.clone();
        let map: Vec<(TypeId, TypeId)> = tparams.iter().copied().zip(targs.iter().copied()).collect();
        let sig = self.subst(self.obj(gobj).typ, &map);
        let g = self.obj(gobj);
        // Go's name for an instance in tracebacks: `main.Map[...]`
        let mut inst = Object::new(format!("{}[...]", g.name).into(), ObjKind::Func, sig, g.pos, g.pkg);
        inst.recv = g.recv;
        let obj = self.p.new_object(inst);
        self.p.generics.get_mut(&gobj).unwrap().funcs.insert(key, obj);
        let outer = self.p.generics[&gobj].outer.clone();
        let types = &self.p.types;
        if targs.iter().chain(outer.iter().map(|(_, t)| t)).all(|&t| !types.has_type_params(t)) {
            let Some(DeclRef::Func(fd)) = self.obj(gobj).decl() else { return Some(obj) };
            let names = fd.tparams.iter().flat_map(|f| f.names.iter().map(|n| n.name.clone()));
            let bind = outer.into_iter().chain(names.zip(targs)).collect();
            self.queue_instance_body(obj, gobj, fd, bind);
        }
        Some(obj)
    }

    /// gc's error for instances that keep making bigger instances, at the generic
    /// declaration's first type parameter.
    fn instantiation_cycle(&mut self, gobj: ObjId) {
        if self.mono.reported {
            return;
        }
        let first = match self.obj(gobj).decl() {
            Some(DeclRef::Func(fd)) => fd.tparams.first().and_then(|f| f.names.first()).map(|n| n.pos),
            Some(DeclRef::Type(spec)) => spec.tparams.first().and_then(|f| f.names.first()).map(|n| n.pos),
            _ => None,
        };
        let at = first.unwrap_or(self.obj(gobj).pos);
        self.error(at, "instantiation cycle:");
    }

    /// Checks a generic function's or method's body in terms of its type
    /// parameters, as go/types does: each operation must be valid for every
    /// type in its operands' type sets. The standard library's generic bodies
    /// are known to be valid and are not checked again for every program.
    pub(super) fn generic_body(&mut self, obj: ObjId, fd: &'static FuncDecl) {
        let Some(body) = fd.body.as_ref().filter(|_| !self.std) else { return };
        let mut bind: Vec<(Name, TypeId)> = Vec::new();
        if let Some(names) = fd.recv.and_then(Self::receiver_type_params) {
            let r = self.obj(obj).recv.unwrap_or(INVALID);
            let r = self.p.types.deref(r).unwrap_or(r);
            let targs = self.p.types.named_info(r).map(|n| n.targs.clone()).unwrap_or_default();
            bind.extend(names.iter().zip(targs).filter_map(|(n, t)| Some((n.as_ident()?.clone(), t))));
        }
        let own = if fd.tparams.is_empty() { Vec::new() } else { self.p.generics[&obj].tparams.clone() };
        bind.extend(fd.tparams.iter().flat_map(|f| f.names.iter().map(|n| n.name.clone())).zip(own));
        let reported = self.errors.len();
        self.bound_body(obj, fd, body, &bind);
        if self.errors.len() > reported {
            self.p.generics.get_mut(&obj).unwrap().body_failed = true;
        }
    }

    /// Checks body `body` of function `obj` declared by `fd` with each type
    /// parameter name in `bind` standing for its type: the parameters
    /// themselves (the generic check) or an instance's arguments.
    fn bound_body(&mut self, obj: ObjId, fd: &'static FuncDecl, body: &'static ast::Block, bind: &[(Name, TypeId)]) {
        let saved_outer = std::mem::replace(&mut self.outer_targs, bind.iter().map(|&(_, t)| t).collect());
        self.open_scope();
        for (name, t) in bind {
            let tn = self.new_obj(name.clone(), ObjKind::TypeName, *t, 0);
            self.bind_local(name.clone(), tn);
        }
        self.cur_decl = Some(obj);
        let sig = self.obj(obj).typ;
        let recv = fd.recv.map(|r| (r, self.obj(obj).recv.unwrap_or(INVALID)));
        self.body(sig, &fd.sig, recv, body, false);
        self.cur_decl = None;
        self.close_scope();
        self.outer_targs = saved_outer;
    }

    /// Checks the queued instance bodies, each in its generic declaration's package
    /// and file scope; checking one may queue more.
    pub(super) fn check_instance_bodies(&mut self) {
        while let Some(ib) = self.p.instance_bodies.pop() {
            let g = &self.p.generics[&ib.generic];
            if g.body_failed {
                continue;
            }
            let (pkg, imports) = (g.pkg, g.imports.clone());
            let std = self.p.pkg(pkg).path.as_ref() != "main" && !self.p.pkg(pkg).path.starts_with("main.");
            let saved_pkg = std::mem::replace(&mut self.pkg, pkg);
            let saved_std = std::mem::replace(&mut self.std, std);
            let saved_scopes = std::mem::replace(&mut self.file_scopes, vec![imports]);
            let saved_file = std::mem::replace(&mut self.cur_file, 0);
            let saved_level = std::mem::replace(&mut self.p.instance_level, ib.level);
            if let Some(body) = &ib.decl.body {
                self.at_package_level(|c| c.bound_body(ib.obj, ib.decl, body, &ib.bind));
            }
            self.p.instance_level = saved_level;
            self.pkg = saved_pkg;
            self.std = saved_std;
            self.file_scopes = saved_scopes;
            self.cur_file = saved_file;
        }
    }

    /// `t` with the type parameters in `map` replaced by their arguments.
    pub(super) fn subst(&mut self, t: TypeId, map: &[(TypeId, TypeId)]) -> TypeId {
        if map.is_empty() || !self.p.types.has_type_params(t) {
            return t;
        }
        let ty = self.p.types.get(t).clone();
        match ty {
            Type::TypeParam(_) => map.iter().find(|&&(p, _)| p == t).map_or(t, |&(_, a)| a),
            Type::Basic(_) => t,
            Type::Alias(i) => {
                let target = self.p.types.aliases[i as usize].target;
                self.subst(target, map)
            }
            Type::Named(_) => {
                let n = self.p.types.named_info(t).unwrap();
                let (gobj, targs) = (n.obj, n.targs.clone());
                let new: Vec<TypeId> = targs.iter().map(|&a| self.subst(a, map)).collect();
                if new == targs {
                    t
                } else {
                    self.instantiate_type(gobj, new, 0, &[])
                }
            }
            Type::Pointer(e) => {
                let e = self.subst(e, map);
                self.p.types.pointer(e)
            }
            Type::Slice(e) => {
                let e = self.subst(e, map);
                self.p.types.slice(e)
            }
            Type::Array(e, n) => {
                let e = self.subst(e, map);
                self.p.types.intern(Type::Array(e, n))
            }
            Type::Chan(d, e) => {
                let e = self.subst(e, map);
                self.p.types.intern(Type::Chan(d, e))
            }
            Type::Map(k, v) => {
                let (k, v) = (self.subst(k, map), self.subst(v, map));
                self.p.types.intern(Type::Map(k, v))
            }
            Type::Tuple(ts) => {
                let ts: Vec<TypeId> = ts.iter().map(|&t| self.subst(t, map)).collect();
                self.p.types.tuple(ts)
            }
            Type::Struct(fs) => {
                let fs: Vec<Field> = fs.iter().map(|f| Field { typ: self.subst(f.typ, map), ..f.clone() }).collect();
                self.p.types.intern(Type::Struct(fs.into()))
            }
            Type::Func(sig) => {
                let ps = |c: &mut Self, ps: &[Param]| ps.iter().map(|p| Param { name: p.name.clone(), typ: c.subst(p.typ, map) }).collect();
                let sig = Signature { params: ps(self, &sig.params), results: ps(self, &sig.results), variadic: sig.variadic };
                self.p.types.intern(Type::Func(Rc::new(sig)))
            }
            Type::Interface(it) => {
                let ms = |c: &mut Self, ms: &[Method]| ms.iter().map(|m| Method { sig: c.subst(m.sig, map), ..m.clone() }).collect();
                let (methods, own) = (ms(self, &it.methods), ms(self, &it.own));
                let embeds = it.embeds.iter().map(|&e| self.subst(e, map)).collect();
                let terms = it.terms.as_ref().map(|ts| ts.iter().map(|t| Term { tilde: t.tilde, typ: self.subst(t.typ, map) }).collect());
                let it = Interface { methods, embeds, own, terms, comparable: it.comparable };
                self.p.types.intern(Type::Interface(Rc::new(it)))
            }
        }
    }

    /// A generic declaration's type parameter list as go/types prints it,
    /// consecutive parameters with the same constraint grouped: `[K comparable, V any]`.
    pub(super) fn tparam_list(&self, gobj: ObjId) -> String {
        let tparams = &self.p.generics[&gobj].tparams;
        let mut s = String::from("[");
        for (i, &tp) in tparams.iter().enumerate() {
            let info = self.p.types.type_param(tp).unwrap();
            s.push_str(&info.name);
            let next = tparams.get(i + 1).map(|&n| self.p.types.type_param(n).unwrap().constraint);
            if next == Some(info.constraint) {
                s.push_str(", ");
                continue;
            }
            s.push(' ');
            s.push_str(&self.constraint_string(info.constraint));
            if i + 1 < tparams.len() {
                s.push_str(", ");
            }
        }
        s.push(']');
        s
    }

    /// A constraint as written: an implicit interface of terms prints as its union.
    pub(super) fn constraint_string(&self, c: TypeId) -> String {
        let s = self.type_string(c);
        match self.p.types.get(c) {
            Type::Interface(it) if it.methods.is_empty() && it.embeds.is_empty() && it.terms.is_some() => {
                s.trim_start_matches("interface{").trim_end_matches('}').to_string()
            }
            _ => s,
        }
    }
}

/// Collects the file-scope names used as `name.Sel` in a body.
struct ImportUses<'a> {
    imports: Option<&'a Scope>,
    used: Vec<ObjId>,
}

impl Visitor for ImportUses<'_> {
    fn expr(&mut self, e: &'static Expr) {
        match &e.kind {
            ExprKind::Selector(x, _, _) => {
                if let Some(&o) = x.as_ident().and_then(|n| self.imports?.get(n)) {
                    self.used.push(o);
                }
            }
            ExprKind::Composite { typ: Some(t), .. } => self.expr(t),
            _ => {}
        }
        walk_expr(self, e)
    }
}
