//! Uses of generic functions and types: explicit instantiation (`F[int]`,
//! `List[string]`), calls with type argument inference, and gc's errors for a
//! generic used without instantiation (go/types' `infer.go` and `unify.go`).
//!
//! Inference follows the spec's three steps, in order:
//! 1. typed arguments are unified with their parameters' types (inexactly: a
//!    defined type unifies with a type literal of the same underlying type, and a
//!    channel with a directional channel type);
//! 2. each type parameter still unknown that is the whole type of parameters given
//!    untyped constants takes the default type of the "largest" constant kind
//!    among them (int < rune < float < complex, Go 1.21's rule);
//! 3. constraint type inference: a type parameter whose constraint has a single
//!    (core) type term is unified with that term, in both directions
//!    (`[S ~[]E, E any]` infers `E` from `S`, and `S` from `E` when `S` is
//!    otherwise unknown), until nothing changes.

use super::check::Checker;
use super::exprstring::expr_string;
use super::object::*;
use super::operand::Operand;
use super::typ::*;
use crate::syntax::ast::{Expr, ExprKind};
use crate::syntax::pos::Pos;

/// A reference to a generic function in an expression: `F`, `pkg.F`, `F[int]`.
pub(super) struct GenericRef {
    pub obj: ObjId,
    /// The `F` or `pkg.F` part.
    pub name: &'static Expr,
    /// The identifier naming the function (recorded as using the instance).
    pub ident: crate::syntax::ast::NodeId,
    /// `F[...]`, and its type arguments as written.
    pub index: Option<(&'static Expr, &'static [Expr])>,
    /// For a generic method named by a method expression (`T.M`): `T`, the
    /// function's first parameter.
    pub recv: Option<TypeId>,
}

impl Checker<'_> {
    /// The object `e` names if it is a package-level declaration of this or an
    /// imported package (`x` or `pkg.x`), recording the package name's use.
    fn named_object(&mut self, e: &'static Expr) -> Option<(ObjId, crate::syntax::ast::NodeId)> {
        match &e.kind {
            ExprKind::Ident(name) => Some((self.lookup(name)?, e.id)),
            ExprKind::Selector(x, sel, _) => {
                let pobj = self.lookup(x.as_ident()?)?;
                let ObjKind::PkgName(pid) = self.obj(pobj).kind else { return None };
                let obj = *self.p.pkgs.get(pid.0 as usize)?.scope.get(&sel.name)?;
                self.record_use(x.id, pobj);
                self.obj_mut(pobj).used = true;
                Some((obj, sel.id))
            }
            _ => None,
        }
    }

    /// Whether object `obj` is a generic function or type (resolving it if so).
    fn is_generic(&mut self, obj: ObjId) -> bool {
        if self.p.generics.contains_key(&obj) {
            return true; // (a local generic type has no declaration record)
        }
        let generic = match self.obj(obj).decl() {
            Some(DeclRef::Func(fd)) => !fd.tparams.is_empty(),
            Some(DeclRef::Type(spec)) => !spec.tparams.is_empty(),
            _ => false,
        };
        if generic {
            self.resolve(obj);
        }
        generic && self.p.generics.contains_key(&obj)
    }

    /// `e` as a reference to a generic function, if it is one.
    pub(super) fn generic_func_ref(&mut self, e: &'static Expr) -> Option<GenericRef> {
        let e = e.unparen();
        let (name, index) = match &e.kind {
            ExprKind::Index { x, index, .. } => (x.unparen(), Some((e, *index))),
            _ => (e, None),
        };
        if !matches!(name.kind, ExprKind::Ident(_) | ExprKind::Selector(..)) {
            return None;
        }
        let (obj, ident) = self.named_object(name)?;
        (matches!(self.obj(obj).kind, ObjKind::Func) && self.is_generic(obj)).then_some(GenericRef { obj, name, ident, index, recv: None })
    }

    /// `e` (`x.M`, `x.M[...]`, `T.M`...), checked, as a reference to a generic
    /// method not instantiated yet, if it is one.
    pub(super) fn uninstantiated_method(&mut self, e: &'static Expr) -> Option<GenericRef> {
        let e = e.unparen();
        let (name, index) = match &e.kind {
            ExprKind::Index { x, index, .. } => (x.unparen(), Some((e, *index))),
            _ => (e, None),
        };
        let ExprKind::Selector(_, sel, _) = &name.kind else { return None };
        let s = self.p.info.selections.get(&name.id)?;
        let obj = s.obj.filter(|&o| self.p.is_generic_method(o))?;
        let recv = (s.kind == SelKind::MethodExpr).then_some(s.recv);
        Some(GenericRef { obj, name, ident: sel.id, index, recv })
    }

    /// The type of the function `r` refers to, in its type parameters.
    fn generic_type(&mut self, r: &GenericRef) -> TypeId {
        let t = self.obj(r.obj).typ;
        match r.recv {
            Some(recv) => self.method_expr_type(recv, t, Some(r.obj)),
            None => t,
        }
    }

    /// The generic type `e` names, if it names one.
    pub(super) fn generic_type_ref(&mut self, e: &'static Expr) -> Option<ObjId> {
        let e = e.unparen();
        if !matches!(e.kind, ExprKind::Ident(_) | ExprKind::Selector(..)) {
            return None;
        }
        let (obj, ident) = self.named_object(e)?;
        if !matches!(self.obj(obj).kind, ObjKind::TypeName) || !self.is_generic(obj) {
            return None;
        }
        self.record_use(ident, obj);
        Some(obj)
    }

    /// types2's error for `x[index]` where `x` names type `t`, which is not generic.
    pub(super) fn not_generic(&mut self, x: &'static Expr, index: &[Expr], t: TypeId) {
        let list: Vec<String> = index.iter().map(expr_string).collect();
        let (name, t) = (expr_string(x), self.type_string(t));
        self.error(x.pos, format!("invalid operation: {name}[{}] ({t} is not a generic type)", list.join(", ")));
    }

    /// `G[args]` for generic type `gobj`: the instance, recorded for `e`.
    pub(super) fn type_instance(&mut self, e: &'static Expr, gobj: ObjId, args: &'static [Expr]) -> TypeId {
        let targs: Vec<TypeId> = args.iter().map(|a| self.resolve_type(a)).collect();
        if targs.contains(&INVALID) {
            return INVALID;
        }
        let arg_pos: Vec<Pos> = args.iter().map(|a| a.pos).collect();
        self.record_own_instance(gobj, &targs, e.pos, &arg_pos);
        self.instantiate_type(gobj, targs, e.pos, &arg_pos)
    }

    /// A generic function used as a value: it must be fully instantiated, by the
    /// type arguments given, the func type it is assigned to (`target`), and the
    /// constraints' core types.
    pub(super) fn generic_value(&mut self, e: &'static Expr, r: GenericRef, target: Option<TypeId>) -> Operand {
        let mut explicit = self.explicit_type_args(&r);
        let tparams = self.p.generics[&r.obj].tparams.clone();
        if self.too_many_type_args(&r, explicit.len(), tparams.len(), false) {
            return Operand::invalid(e);
        }
        if explicit.len() < tparams.len() && (r.index.is_some() || target.is_some()) && !explicit.contains(&INVALID) {
            let mut bound: Vec<Option<TypeId>> = (0..tparams.len()).map(|i| explicit.get(i).copied()).collect();
            if let Some(t) = target {
                let sig = self.generic_type(&r);
                self.unify(&tparams, sig, t, &mut bound);
            }
            self.core_inference(&tparams, &mut bound);
            if let Some(all) = bound.iter().copied().collect::<Option<Vec<TypeId>>>() {
                explicit = all;
            }
        }
        if explicit.len() < tparams.len() || explicit.contains(&INVALID) {
            if !explicit.contains(&INVALID) {
                let name = expr_string(r.name);
                let msg = match r.index {
                    None => format!("cannot use generic function {name} without instantiation"),
                    Some(_) => {
                        let at = self.tparam_at(r.obj, explicit.len());
                        format!("cannot infer {} (declared at {at})", self.tparam_name(r.obj, explicit.len()))
                    }
                };
                // gc reports a partial instantiation at its `[` (which the tree does
                // not keep: just before the first type argument, as gofmt writes it)
                let pos = match r.index {
                    Some((_, idx)) => idx[0].pos - 1,
                    None => e.pos,
                };
                self.error(pos, msg);
            }
            return Operand::invalid(e);
        }
        match self.finish_instance(&r, explicit, e.pos, &[]) {
            Some(t) => Operand::new(Mode::Value, t, e),
            None => Operand::invalid(e),
        }
    }

    /// Whether `r` is given more type arguments (`given`) than its `want`
    /// type parameters; if so, gc's error: at the first one too many in a
    /// call, at the last in an instantiation used as a value (`call`).
    fn too_many_type_args(&mut self, r: &GenericRef, given: usize, want: usize, call: bool) -> bool {
        let Some((_, idx)) = r.index.filter(|_| given > want) else { return false };
        let at = if call { idx[want].pos } else { idx[given - 1].pos };
        self.error(at, format!("got {given} type arguments but want {want}"));
        true
    }

    fn explicit_type_args(&mut self, r: &GenericRef) -> Vec<TypeId> {
        r.index.map(|(_, idx)| idx.iter().map(|t| self.resolve_type(t)).collect()).unwrap_or_default()
    }

    /// Where the `i`th type parameter of `gobj` is declared.
    /// Where type parameter `i` of generic `gobj` is declared, as gc names it:
    /// for Go's own packages, where Go's sources declare it (minigo's are other
    /// files).
    fn tparam_at(&self, gobj: ObjId, i: usize) -> String {
        let obj = self.obj(gobj);
        let path = obj.pkg.map(|p| &*self.p.types.pkg_paths[p.0 as usize]);
        if let Some(at) = path.filter(|p| minigo_stdlib::is_go_std(p)).and_then(|p| minigo_stdlib::go_tparam_position(p, &obj.name, &self.tparam_name(gobj, i)))
        {
            return at.to_string();
        }
        let pos = match obj.decl() {
            Some(DeclRef::Func(fd)) => fd.tparams.iter().flat_map(|f| f.names.iter()).nth(i).map_or(0, |n| n.pos),
            _ => 0,
        };
        self.p.fset.position_dotted(pos)
    }

    fn tparam_name(&self, gobj: ObjId, i: usize) -> String {
        let tp = self.p.generics[&gobj].tparams[i];
        self.p.types.type_param(tp).unwrap().name.to_string()
    }

    /// Instantiates `r` with `targs` and records the instance for the expressions
    /// naming it (the back end calls the instance); returns its type.
    /// `inferred`: which type arguments the call's typed arguments gave (errors
    /// are then reported at `pos`, the call's parenthesis, and those of an
    /// inferred one name its type parameter, as gc does).
    fn finish_instance(&mut self, r: &GenericRef, targs: Vec<TypeId>, pos: Pos, inferred: &[bool]) -> Option<TypeId> {
        let any_inferred = targs.len() > r.index.map_or(0, |(_, idx)| idx.len());
        let arg_pos: Vec<Pos> = match r.index {
            Some((_, idx)) if !any_inferred => idx.iter().map(|a| a.pos).collect(),
            _ => vec![],
        };
        let name = expr_string(r.name);
        if !self.check_type_args(r.obj, &targs, pos, &arg_pos, Some((name.as_str(), inferred))) {
            return None;
        }
        let written: Vec<Pos> = r.index.map(|(_, idx)| idx.iter().map(|a| a.pos).collect()).unwrap_or_default();
        self.record_own_instance(r.obj, &targs, pos, &written);
        let inst = self.instantiate_func(r.obj, targs)?;
        let mut t = self.obj(inst).typ;
        if let Some(s) = self.p.info.selections.get_mut(&r.name.id) {
            // a generic method: the selector now selects the instance
            s.obj = Some(inst);
        }
        if let Some(recv) = r.recv {
            t = self.method_expr_type(recv, t, Some(inst));
        }
        self.record_use(r.ident, inst);
        self.add_dep(inst);
        self.record(r.name, Mode::Value, t, None);
        if let Some((ie, _)) = r.index {
            self.record(ie, Mode::Value, t, None);
        }
        Some(t)
    }

    /// A call of a generic function: infers the missing type arguments from the
    /// arguments, instantiates, and checks the call against the instance.
    pub(super) fn generic_call(&mut self, e: &'static Expr, fun: &'static Expr, r: GenericRef, args: &'static [Expr], dots: bool) -> Operand {
        let explicit = self.explicit_type_args(&r);
        // generic functions passed as arguments (`slices.SortFunc(xs, cmp.Compare)`)
        // are instantiated from their parameter's type once the call's are known;
        // until then they stand aside as untyped nil, which inference skips
        let pending: Vec<Option<GenericRef>> = if args.len() > 1 { args.iter().map(|a| self.uninstantiated(a)).collect() } else { vec![] };
        let mut argv = if pending.iter().any(Option::is_some) {
            let mut v = Vec::new();
            for (a, p) in args.iter().zip(&pending) {
                v.push(match p {
                    Some(_) => Operand::new(Mode::Value, UNTYPED_NIL, a),
                    None => {
                        let mut x = self.raw_expr(a, None);
                        self.exclude_value(&mut x);
                        self.single_value(&mut x);
                        x
                    }
                });
            }
            v
        } else {
            self.args(args)
        };
        if explicit.contains(&INVALID) || argv.iter().any(|a| a.mode == Mode::Invalid) {
            return Operand::invalid(e);
        }
        let tparams = self.p.generics[&r.obj].tparams.clone();
        if self.too_many_type_args(&r, explicit.len(), tparams.len(), true) {
            return Operand::invalid(e);
        }
        let generic_t = self.generic_type(&r);
        let sig = self.p.types.signature(generic_t).unwrap();
        if !self.argument_count_ok(e, fun, &sig, &argv, dots) {
            return Operand::invalid(e);
        }
        let explicit_count = explicit.len();
        let Some((targs, from_constants)) = self.infer(&r, &tparams, explicit, &sig, &argv, &pending, dots, e) else {
            return Operand::invalid(e);
        };
        let ExprKind::Call { lparen, .. } = &e.kind else { unreachable!() };
        // (each argument inferred from typed arguments, not from constants)
        let inferred: Vec<bool> = (0..targs.len()).map(|i| i >= explicit_count && !from_constants[i]).collect();
        let Some(t) = self.finish_instance(&r, targs, *lparen, &inferred) else {
            return Operand::invalid(e);
        };
        if !std::ptr::eq(fun, r.name) && r.index.is_none_or(|(ie, _)| !std::ptr::eq(fun, ie)) {
            self.record(fun, Mode::Value, t, None); // parenthesized
        }
        let isig = self.p.types.signature(t).unwrap();
        for (i, p) in pending.into_iter().enumerate() {
            let Some(p) = p else { continue };
            let target = isig.params.get(i).map(|p| p.typ);
            argv[i] = self.generic_value(&args[i], p, target);
            if argv[i].mode == Mode::Invalid {
                return Operand::invalid(e);
            }
        }
        self.check_arguments(e, fun, &isig, argv, dots)
    }

    /// Whether `a` is a generic function passed to `call` for a parameter of type
    /// `param` that is not a func type, which cannot give it type arguments:
    /// reported as gc reports it, at the call's parenthesis.
    pub(super) fn uninferable(&mut self, call: Option<&'static Expr>, a: &'static Expr, param: Option<TypeId>) -> bool {
        let Some(call) = call else { return false };
        if param.is_some_and(|t| self.p.types.signature(t).is_some()) {
            return false;
        }
        let Some(r) = self.uninstantiated(a) else { return false };
        let ExprKind::Call { fun, lparen, .. } = &call.kind else { return false };
        if self.repl.is_some() && self.is_repl_show(fun) {
            // the REPL's display of an input's value is no call the user wrote:
            // the value is reported as a value
            return false;
        }
        let k = r.index.map_or(0, |(_, idx)| idx.len());
        let tp = self.tparam_name(r.obj, k);
        let at = self.tparam_at(r.obj, k);
        let name = super::exprstring::expr_string(fun);
        self.error(*lparen, format!("in call to {name}, cannot infer {tp} (declared at {at})"));
        true
    }

    /// Whether `fun` is the function that displays a REPL input's values
    /// (`internal/repl.Show`).
    fn is_repl_show(&self, fun: &Expr) -> bool {
        let ExprKind::Selector(_, sel, _) = &fun.kind else { return false };
        let Some(o) = self.p.info.objs.use_of(sel.id) else { return false };
        self.obj(o).pkg.is_some_and(|p| &*self.p.pkgs[p.0 as usize].path == "internal/repl")
    }

    /// `a` as a generic function not fully instantiated, if it is one.
    fn uninstantiated(&mut self, a: &'static Expr) -> Option<GenericRef> {
        if !matches!(a.kind, ExprKind::Ident(_) | ExprKind::Selector(..) | ExprKind::Index { .. }) {
            return None;
        }
        let r = self.generic_func_ref(a)?;
        let given = r.index.map_or(0, |(_, idx)| idx.len());
        (given < self.p.generics[&r.obj].tparams.len()).then_some(r)
    }

    /// The type arguments of a call, from those given and the arguments'
    /// types, and which of them untyped constants gave (defaults for lack of
    /// anything better, checked against their constraints as given ones are).
    #[allow(clippy::too_many_arguments)]
    fn infer(
        &mut self,
        r: &GenericRef,
        tparams: &[TypeId],
        explicit: Vec<TypeId>,
        sig: &Signature,
        args: &[Operand],
        pending: &[Option<GenericRef>],
        dots: bool,
        call: &'static Expr,
    ) -> Option<(Vec<TypeId>, Vec<bool>)> {
        let mut bound: Vec<Option<TypeId>> = (0..tparams.len()).map(|i| explicit.get(i).copied()).collect();
        let np = sig.params.len();
        let param_type = |c: &Self, i: usize| -> Option<TypeId> {
            if sig.variadic && !dots && i + 1 >= np {
                let last = sig.params[np - 1].typ;
                return match c.p.types.get(last) {
                    Type::Slice(e) => Some(*e),
                    _ => None,
                };
            }
            sig.params.get(i).map(|p| p.typ)
        };
        // 1. typed arguments
        for (i, a) in args.iter().enumerate() {
            let Some(pt) = param_type(self, i) else { break };
            if self.p.types.is_untyped(a.typ) || !self.p.types.has_type_params(pt) {
                continue;
            }
            if !self.unify(tparams, pt, a.typ, &mut bound) {
                let name = super::exprstring::expr_string(r.index.map_or(r.name, |(ie, _)| ie));
                let inferred = self.subst_bound(tparams, &bound, pt);
                let (at, ps) = (self.type_string(a.typ), self.type_string(inferred));
                let an = a.expr.map(super::exprstring::expr_string).unwrap_or_default();
                let msg = if self.p.types.has_type_params(inferred) {
                    format!("in call to {name}, type {at} of {an} does not match {ps}")
                } else {
                    format!("in call to {name}, type {at} of {an} does not match inferred type {ps} for {}", self.type_string(pt))
                };
                self.error(a.pos(), msg);
                return None;
            }
        }
        // 2. core types of constraints
        self.core_inference(tparams, &mut bound);
        // 2b. generic functions passed as arguments: their type parameters from the
        // parameter's type as known so far, then the parameter's from their
        // instantiated signature (`Apply(xs, Double)` gives `func(int) int`)
        for (i, p) in pending.iter().enumerate() {
            let (Some(p), Some(pt)) = (p, param_type(self, i)) else { continue };
            let own = self.p.generics[&p.obj].tparams.clone();
            let own_sig = self.obj(p.obj).typ;
            let mut own_bound = vec![None; own.len()];
            let known = self.subst_bound(tparams, &bound, pt);
            self.unify(&own, own_sig, known, &mut own_bound);
            let map: Option<Vec<(TypeId, TypeId)>> =
                own.iter().zip(&own_bound).map(|(&t, b)| Some((t, (*b).filter(|&b| !self.mentions(tparams, b))?))).collect();
            if let Some(map) = map {
                let inst_sig = self.subst(own_sig, &map);
                self.unify(tparams, pt, inst_sig, &mut bound);
            }
        }
        self.core_inference(tparams, &mut bound);
        // 3. untyped constants for parameters typed by a bare type parameter:
        // the largest of their kinds (types2's maxType), numeric or all the same
        let mut from_constants = vec![false; tparams.len()];
        for (k, &tp) in tparams.iter().enumerate() {
            if bound[k].is_some() {
                continue;
            }
            let mut best: Option<TypeId> = None;
            for (i, a) in args.iter().enumerate() {
                if param_type(self, i) == Some(tp) && self.p.types.is_untyped(a.typ) && a.typ != UNTYPED_NIL {
                    best = Some(match best {
                        Some(b) if b != a.typ && !(self.p.types.is_numeric(b) && self.p.types.is_numeric(a.typ)) => {
                            let name = super::exprstring::expr_string(r.index.map_or(r.name, |(ie, _)| ie));
                            let (bs, s) = (self.type_string(b), self.type_string(a.typ));
                            let tn = self.tparam_name(r.obj, k);
                            self.error(a.pos(), format!("in call to {name}, mismatched types {bs} and {s} (cannot infer {tn})"));
                            return None;
                        }
                        Some(b) if untyped_rank(b) >= untyped_rank(a.typ) => b,
                        _ => a.typ,
                    });
                }
            }
            from_constants[k] = best.is_some();
            bound[k] = best.map(|t| self.p.types.default_type(t));
        }
        // and the core types again, with what the constants gave
        self.core_inference(tparams, &mut bound);
        if let Some(k) = bound.iter().position(Option::is_none) {
            let name = super::exprstring::expr_string(r.index.map_or(r.name, |(ie, _)| ie));
            let tp = self.tparam_name(r.obj, k);
            let at = self.tparam_at(r.obj, k);
            let ExprKind::Call { lparen, .. } = &call.kind else { unreachable!() };
            self.error(*lparen, format!("in call to {name}, cannot infer {tp} (declared at {at})"));
            return None;
        }
        Some((bound.into_iter().map(Option::unwrap).collect(), from_constants))
    }

    /// Constraint type inference: unifies each type parameter's core type (its
    /// constraint's single term) with what is known of it, until nothing changes.
    fn core_inference(&mut self, tparams: &[TypeId], bound: &mut Vec<Option<TypeId>>) {
        loop {
            let mut progress = false;
            for (k, &tp) in tparams.iter().enumerate() {
                let c = self.p.types.type_param(tp).unwrap().constraint;
                let Some((core, tilde)) = self.p.types.interface(c).and_then(|it| match it.terms.as_deref() {
                    Some([single]) => Some((single.typ, single.tilde)),
                    _ => None,
                }) else {
                    continue;
                };
                match bound[k] {
                    Some(b) => {
                        let before = bound.iter().filter(|b| b.is_some()).count();
                        let u = self.p.types.underlying(b);
                        self.unify(tparams, core, u, bound);
                        progress |= bound.iter().filter(|b| b.is_some()).count() > before;
                    }
                    // an unknown argument is the core type only if that is the
                    // one type the constraint allows (`~int` allows others)
                    None if tilde => {}
                    None => {
                        let t = self.subst_bound(tparams, bound, core);
                        if !self.mentions(tparams, t) {
                            bound[k] = Some(t);
                            progress = true;
                        }
                    }
                }
            }
            if !progress {
                break;
            }
        }
    }

    fn subst_bound(&mut self, tparams: &[TypeId], bound: &[Option<TypeId>], t: TypeId) -> TypeId {
        let map: Vec<(TypeId, TypeId)> = tparams.iter().zip(bound).filter_map(|(&p, b)| Some((p, (*b)?))).collect();
        self.subst(t, &map)
    }

    fn mentions(&self, tparams: &[TypeId], t: TypeId) -> bool {
        self.p.types.has_type_params(t) && tparams.iter().any(|&p| self.occurs(p, t))
    }

    fn occurs(&self, p: TypeId, t: TypeId) -> bool {
        let types = &self.p.types;
        if p == t {
            return true;
        }
        match types.get(t) {
            Type::Named(i) => types.named[*i as usize].targs.iter().any(|&a| self.occurs(p, a)),
            Type::Pointer(e) | Type::Slice(e) | Type::Array(e, _) | Type::Chan(_, e) => self.occurs(p, *e),
            Type::Map(k, v) => self.occurs(p, *k) || self.occurs(p, *v),
            Type::Func(sig) => sig.params.iter().chain(&sig.results).any(|x| self.occurs(p, x.typ)),
            Type::Struct(fs) => fs.iter().any(|f| self.occurs(p, f.typ)),
            Type::Tuple(ts) => ts.iter().any(|&x| self.occurs(p, x)),
            _ => false,
        }
    }

    /// Unifies parameter type `x` (in terms of `tparams`) with argument type `y`,
    /// binding type parameters in `bound`; false if they cannot match.
    fn unify(&mut self, tparams: &[TypeId], x: TypeId, y: TypeId, bound: &mut Vec<Option<TypeId>>) -> bool {
        let x = self.p.types.unalias(x);
        let y = self.p.types.unalias(y);
        if let Some(k) = tparams.iter().position(|&p| p == x) {
            return match bound[k] {
                None => {
                    bound[k] = Some(y);
                    true
                }
                Some(b) if self.p.types.identical(b, y) => true,
                // bound to an interface the argument implements (`Equal[any](1, x)`)
                Some(b) if self.p.types.is_interface(b) && !self.p.types.is_interface(y) => self.p.missing_method(y, b, self.pkg).is_none(),
                Some(b) => {
                    // inexact: a defined type and a literal of the same underlying type
                    let (ub, uy) = (self.p.types.underlying(b), self.p.types.underlying(y));
                    let named = |c: &Self, t: TypeId| c.p.types.named_info(t).is_some();
                    if self.p.types.identical(ub, uy) && (!named(self, b) || !named(self, y)) {
                        if named(self, y) {
                            bound[k] = Some(y);
                        }
                        true
                    } else {
                        false
                    }
                }
            };
        }
        if !self.mentions(tparams, x) {
            return true; // assignability is checked with the instance
        }
        let (tx, ty) = (self.p.types.get(x).clone(), self.p.types.get(y).clone());
        // an interface parameter unifies through its methods only, even with an
        // instance of the same generic interface (as go/types does)
        if let Some(it) = self.p.types.interface(x) {
            return self.unify_methods(tparams, &it.methods, y, bound);
        }
        match (tx, ty) {
            (Type::Named(i), Type::Named(j)) if self.p.types.named[i as usize].obj == self.p.types.named[j as usize].obj => {
                let (a, b) = (self.p.types.named[i as usize].targs.clone(), self.p.types.named[j as usize].targs.clone());
                a.len() == b.len() && a.iter().zip(&b).all(|(&a, &b)| self.unify(tparams, a, b, bound))
            }
            (Type::Named(_), _) => {
                let u = self.p.types.underlying(x);
                u != x && self.unify(tparams, u, y, bound)
            }
            (_, Type::Named(_)) => {
                let u = self.p.types.underlying(y);
                u != y && self.unify(tparams, x, u, bound)
            }
            // a type parameter of the calling generic function (a type
            // argument here) unifies through its common underlying type
            (_, Type::TypeParam(_)) => self.p.types.common_under(y).is_ok_and(|u| self.unify(tparams, x, u, bound)),
            (Type::Pointer(a), Type::Pointer(b)) | (Type::Slice(a), Type::Slice(b)) | (Type::Chan(_, a), Type::Chan(_, b)) => self.unify(tparams, a, b, bound),
            (Type::Array(a, n), Type::Array(b, m)) => n == m && self.unify(tparams, a, b, bound),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => self.unify(tparams, k1, k2, bound) && self.unify(tparams, v1, v2, bound),
            (Type::Func(s1), Type::Func(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.variadic == s2.variadic
                    && s1.params.iter().zip(&s2.params).chain(s1.results.iter().zip(&s2.results)).all(|(a, b)| self.unify(tparams, a.typ, b.typ, bound))
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len() && f1.iter().zip(f2.iter()).all(|(a, b)| a.name == b.name && self.unify(tparams, a.typ, b.typ, bound))
            }
            _ => false,
        }
    }

    /// A generic interface parameter and an argument of another type: unifies the
    /// interface's methods with the argument's (Go 1.21's method-based inference).
    /// A missing method is left to the assignment check.
    fn unify_methods(&mut self, tparams: &[TypeId], methods: &[Method], y: TypeId, bound: &mut Vec<Option<TypeId>>) -> bool {
        use super::lookup::{Found, Lookup};
        for m in methods {
            let have = match self.p.lookup_field_or_method(y, false, self.pkg, &m.name, false) {
                Lookup::Found(Found::Method { obj, .. }) => self.obj(obj).typ,
                Lookup::Found(Found::IfaceMethod { sig, .. }) => sig,
                _ => continue,
            };
            if !self.unify(tparams, m.sig, have, bound) {
                return false;
            }
        }
        true
    }
}

/// Go 1.21's order of untyped constant kinds for inference.
fn untyped_rank(t: TypeId) -> u8 {
    match t {
        UNTYPED_INT => 1,
        UNTYPED_RUNE => 2,
        UNTYPED_FLOAT => 3,
        _ if t == Basic::UntypedBool.id() || t == UNTYPED_STRING => 0,
        _ => 4,
    }
}
