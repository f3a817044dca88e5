//! Assignability, assignments, variable initialization and short variable declarations.

use super::check::Checker;
use super::constant::Unrepresentable;
use super::exprstring::expr_string;
use super::object::*;
use super::operand::Operand;
use super::typ::*;
use crate::syntax::ast::*;

impl Checker<'_> {
    /// Whether `x` can be assigned to a variable of type `t`; the error is gc's cause
    /// text (possibly empty).
    pub fn assignable_to(&mut self, x: &Operand, t: TypeId) -> Result<(), String> {
        let v = x.typ;
        if v == INVALID || t == INVALID {
            return Ok(());
        }
        if self.p.types.identical(v, t) {
            return Ok(());
        }
        let types = &self.p.types;
        let (vu, tu) = (types.underlying(v), types.underlying(t));
        let (vp, tp) = (types.type_param(types.unalias(v)).is_some(), types.type_param(types.unalias(t)).is_some());
        if types.is_untyped(vu) {
            // to a type parameter: to each type in its type set
            return self.implicit_type(x, t).map(|_| ()).map_err(|_| String::new());
        }
        if self.p.types.identical(vu, tu) && (!self.p.types.is_named(v) || !self.p.types.is_named(t)) && !vp && !tp {
            return Ok(());
        }
        if self.p.types.is_interface(tu) && !tp {
            match self.implements(v, t) {
                Ok(()) => return Ok(()),
                // a type parameter may still be assignable (below)
                Err(cause) if !vp => return Err(cause),
                Err(_) => {}
            }
        }
        if self.is_interface_ptr(tu) {
            // (types2 explains it as `implements` does)
            let (vs, ts) = (self.type_string(v), self.type_string(t));
            return Err(format!("{vs} does not implement {ts} (type {ts} is pointer to interface, not interface)"));
        }
        if self.p.types.is_interface(vu) && !vp && self.implements(t, v).is_ok() {
            return Err("need type assertion".into());
        }
        if let (Type::Chan(ChanDir::Both, ve), Type::Chan(_, te)) = (self.p.types.get(vu).clone(), self.p.types.get(tu).clone()) {
            if self.p.types.identical(ve, te) {
                return if !self.p.types.is_named(v) || !self.p.types.is_named(t) { Ok(()) } else { Err(String::new()) };
            }
        }
        // an unnamed type to a type parameter: to each type in its type set;
        // a type parameter to an unnamed type: each type in its type set
        let (each, of) = if !self.p.types.is_named(v) && tp {
            (t, true)
        } else if vp && !self.p.types.is_named(t) {
            (v, false)
        } else {
            return Err(String::new());
        };
        for (term, _) in self.p.types.type_set(each) {
            if term == each {
                return Err(String::new()); // no specific types
            }
            let r = if of { self.assignable_to(x, term) } else { self.assignable_to(&Operand { typ: term, ..x.clone() }, t) };
            if let Err(cause) = r {
                let (vs, ts, ps) = (self.type_string(if of { v } else { term }), self.type_string(if of { term } else { t }), self.type_string(each));
                let msg = if of { format!("cannot assign {vs} to {ts} (in {ps})") } else { format!("cannot assign {vs} (in {ps}) to {ts}") };
                return Err(if cause.is_empty() { msg } else { format!("{msg}\n\t{cause}") });
            }
        }
        Ok(())
    }

    /// Checks that `x` may be assigned to a variable of type `t` (`None`: the blank
    /// identifier or an untyped context) and gives untyped operands their type.
    /// `context` ("return statement", "argument to f") is only formatted for an error.
    pub fn assignment(&mut self, x: &mut Operand, t: Option<TypeId>, context: &dyn std::fmt::Display) {
        self.single_value(x);
        match x.mode {
            Mode::Invalid => return,
            Mode::Const | Mode::Var | Mode::MapIndex | Mode::Value | Mode::CommaOk => {}
            _ => {
                let d = self.describe(x);
                let ts = t.map(|t| self.type_string(t)).unwrap_or_default();
                self.error(x.pos(), format!("cannot assign {d} to {ts} in {context}"));
                x.mode = Mode::Invalid;
                return;
            }
        }
        if self.p.types.is_untyped(x.typ) {
            let mut target = t;
            if x.is_nil() {
                if t.is_none() {
                    self.error(x.pos(), format!("use of untyped nil in {context}"));
                    x.mode = Mode::Invalid;
                    return;
                }
            } else if t.is_none_or(|t| self.p.types.is_interface(t)) {
                target = Some(self.p.types.default_type(x.typ));
            }
            let target = target.unwrap();
            match self.implicit_type(x, target) {
                Err(code) => {
                    let d = self.describe(x);
                    let ts = self.type_string(target);
                    let suffix = match code {
                        Unrepresentable::Truncated => " (truncated)",
                        Unrepresentable::Overflow => " (overflows)",
                        Unrepresentable::Mismatch => "",
                    };
                    let mut msg = format!("cannot use {d} as {ts} value in {context}{suffix}");
                    if code == Unrepresentable::Mismatch && self.p.types.is_interface(target) && !x.is_nil() {
                        let dt = self.p.types.default_type(x.typ);
                        if let Err(cause) = self.implements(dt, target) {
                            let mut dx = x.clone();
                            dx.typ = dt;
                            let d = self.describe(&dx).replace("untyped ", "");
                            msg = format!("cannot use {d} as {ts} value in {context}: {cause}");
                        }
                    }
                    self.error(x.pos(), msg);
                    x.mode = Mode::Invalid;
                    return;
                }
                Ok((nt, v)) => {
                    if let Some(v) = v {
                        x.val = Some(v);
                    }
                    if nt != x.typ {
                        x.typ = nt;
                        if let Some(e) = x.expr {
                            self.update_expr_type(e, nt);
                        }
                    }
                }
            }
        }
        let Some(t) = t else { return };
        if let Err(cause) = self.assignable_to(x, t) {
            let d = self.describe(x);
            let ts = self.type_string(t);
            if cause.is_empty() {
                self.error(x.pos(), format!("cannot use {d} as {ts} value in {context}"));
            } else {
                self.error(x.pos(), format!("cannot use {d} as {ts} value in {context}: {cause}"));
            }
            x.mode = Mode::Invalid;
        }
    }

    /// Initializes variable `obj` (whose type may still be unknown) from `x`.
    pub(super) fn init_var(&mut self, obj: ObjId, x: &mut Operand, context: &str) {
        if x.mode == Mode::Invalid || x.typ == INVALID {
            x.mode = Mode::Invalid;
            return;
        }
        if self.obj(obj).typ == INVALID {
            let mut t = x.typ;
            if self.p.types.is_untyped(t) {
                if x.is_nil() {
                    self.error(x.pos(), format!("use of untyped nil in {context}"));
                    x.mode = Mode::Invalid;
                    return;
                }
                t = self.p.types.default_type(t);
            }
            self.obj_mut(obj).typ = t;
        }
        let t = self.obj(obj).typ;
        self.assignment(x, Some(t), &context);
    }

    /// Operands for a right-hand side that must produce `want` values: a multi-value
    /// call, a comma-ok expression (when `want == 2`), or a single value.
    pub(super) fn multi_expr(&mut self, e: &'static Expr, comma_ok: bool) -> Vec<Operand> {
        let mut x = self.raw_expr(e, None);
        if x.mode == Mode::Value {
            if let Type::Tuple(ts) = self.p.types.get(x.typ).clone() {
                return Operand::results(e, &ts);
            }
        }
        if x.mode == Mode::MapIndex || x.mode == Mode::CommaOk {
            if comma_ok {
                let ok = Operand { stands_for: Some("ok value of (comma, ok) expression".into()), ..Operand::new(Mode::Value, UNTYPED_BOOL, e) };
                return vec![x, ok];
            }
            x.mode = Mode::Value;
        }
        match x.mode {
            Mode::NoValue => {
                let d = self.describe(&x);
                self.error(x.pos(), format!("{d} used as value"));
                x.mode = Mode::Invalid;
            }
            Mode::Builtin => {
                let d = self.describe(&x);
                self.error(x.pos(), format!("{d} must be called"));
                x.mode = Mode::Invalid;
            }
            Mode::Type => {
                let d = self.describe(&x);
                self.error(x.pos(), format!("{d} is not an expression"));
                x.mode = Mode::Invalid;
            }
            _ => {}
        }
        vec![x]
    }

    /// gc's error for a declaration of the variables or constants `lhs` with
    /// more or fewer values `rhs` (one value may be a variable declaration's
    /// multi-valued call), `inherited` by constants from an earlier spec (the
    /// error is then at this spec's position).
    pub(super) fn arity(&mut self, lhs: &[ObjId], rhs: &'static [Expr], const_decl: bool, inherited: Option<u32>) {
        let (l, r) = (lhs.len(), rhs.len());
        if l < r {
            let extra = &rhs[l];
            match inherited {
                Some(at) => {
                    let there = self.p.fset.position_dotted(extra.pos);
                    self.error(at, format!("extra init expr at {there}"));
                }
                None => self.error(extra.pos, format!("extra init expr {}", expr_string(extra))),
            }
        } else if l > r && (const_decl || r != 1) {
            let missing = lhs[r];
            let name = self.obj(missing).name.clone();
            self.error(self.obj(missing).pos, format!("missing init expr for {name}"));
        }
    }

    fn assign_error(&mut self, rhs: &'static [Expr], l: usize, r: usize) {
        let measure = |n: usize, unit: &str| format!("{n} {unit}{}", if n == 1 { "" } else { "s" });
        let (vars, vals) = (measure(l, "variable"), measure(r, "value"));
        let rhs0 = &rhs[0];
        if rhs.len() == 1 {
            if let ExprKind::Call { fun, .. } = &rhs0.unparen().kind {
                self.error(rhs0.pos, format!("assignment mismatch: {vars} but {} returns {vals}", expr_string(fun)));
                return;
            }
        }
        self.error(rhs0.pos, format!("assignment mismatch: {vars} but {vals}"));
    }

    fn return_error(&mut self, at: u32, lhs: &[TypeId], rhs: &[Operand]) {
        let (l, r) = (lhs.len(), rhs.len());
        let (at, q) = if r > l {
            (rhs[l].pos(), "too many")
        } else if r > 0 {
            (rhs[r - 1].pos(), "not enough")
        } else {
            (at, "not enough")
        };
        let have = self.types_summary(&rhs.iter().map(|x| x.typ).collect::<Vec<_>>(), false, false);
        let want = self.types_summary(lhs, false, false);
        self.error(at, format!("{q} return values\n\thave {have}\n\twant {want}"));
    }

    /// `var a, b T = x, y`, `a, b := f()`: initializes `lhs` from `rhs`.
    /// In a `var` declaration, names with one value each are checked as gc's
    /// "variable declaration"; everything else is a "multiple assignment", or
    /// an "assignment" of one variable.
    pub(super) fn init_vars(&mut self, lhs: &[ObjId], rhs: &'static [Expr], typ: Option<TypeId>, var_decl: bool) {
        if let Some(t) = typ {
            for &o in lhs {
                self.obj_mut(o).typ = t;
            }
        }
        let (l, r) = (lhs.len(), rhs.len());
        let context = match l {
            _ if var_decl && l == r => "variable declaration",
            1 => "assignment",
            _ => "multiple assignment",
        };
        if var_decl && l != r && r != 1 {
            // each variable with its own value, if it has one (types2 declares
            // them so); the counts are the error
            for (i, &o) in lhs.iter().enumerate() {
                match rhs.get(i) {
                    Some(e) => {
                        let mut x = self.expr_hint(e, typ);
                        self.init_var(o, &mut x, "variable declaration");
                    }
                    None if typ.is_none() => self.obj_mut(o).typ = INVALID,
                    None => {}
                }
            }
            self.arity(lhs, rhs, false, None);
            return;
        }
        // (a single variable declared with a call: the call is in single-value
        // context, as go/types' varDecl checks it)
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        if l == r && (!is_call || (var_decl && l == 1)) {
            for (i, &o) in lhs.iter().enumerate() {
                let hint = typ;
                let mut x = self.expr_hint(&rhs[i], hint);
                self.init_var(o, &mut x, context);
            }
            return;
        }
        if r != 1 {
            for e in rhs {
                self.raw_expr(e, None);
            }
            self.assign_error(rhs, l, r);
            return;
        }
        let mut xs = self.multi_expr(&rhs[0], l == 2);
        if xs.len() == l {
            for (i, &o) in lhs.iter().enumerate() {
                self.init_var(o, &mut xs[i], context);
            }
            return;
        }
        if xs[0].mode != Mode::Invalid {
            self.assign_error(rhs, l, xs.len());
        }
    }

    /// A return statement's values against the function's results.
    pub(super) fn return_values(&mut self, stmt_pos: u32, results: &'static [Expr]) {
        let sig = self.fctx.as_ref().unwrap().sig.clone();
        let want: Vec<TypeId> = sig.results.iter().map(|p| p.typ).collect();
        let (l, r) = (want.len(), results.len());
        let is_call = r == 1 && matches!(results[0].unparen().kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (i, e) in results.iter().enumerate() {
                let mut x = self.expr_hint(e, Some(want[i]));
                self.assignment(&mut x, Some(want[i]), &"return statement");
            }
            return;
        }
        let xs: Vec<Operand> = if r == 1 { self.multi_expr(&results[0], false) } else { results.iter().map(|e| self.expr(e)).collect() };
        if xs.iter().any(|x| x.mode == Mode::Invalid) {
            return;
        }
        if xs.len() == l {
            for (mut x, &t) in xs.into_iter().zip(&want) {
                self.assignment(&mut x, Some(t), &"return statement");
            }
            return;
        }
        self.return_error(stmt_pos, &want, &xs);
    }

    /// The type of an assignment's left side (`None` for `_`), or `INVALID`.
    fn lhs_var(&mut self, e: &'static Expr) -> Option<TypeId> {
        if is_blank(e) {
            return None;
        }
        let x = self.lhs_expr(e);
        match x.mode {
            Mode::Invalid => Some(INVALID),
            Mode::Var | Mode::MapIndex => Some(x.typ),
            _ => {
                if let ExprKind::Selector(base, _, _) = &e.unparen().kind {
                    if self.p.info.types.get(base.id).is_some_and(|tv: Typed| tv.mode == Mode::MapIndex) {
                        self.error(x.pos(), format!("cannot assign to struct field {} in map", expr_string(e)));
                        return Some(INVALID);
                    }
                }
                self.error(x.pos(), format!("cannot assign to {} (neither addressable nor a map index expression)", expr_string(e)));
                Some(INVALID)
            }
        }
    }

    fn assign_var(&mut self, lhs: &'static Expr, rhs: Option<&'static Expr>, x: Option<Operand>, context: &str) {
        let t = self.lhs_var(lhs);
        if t == Some(INVALID) {
            if let Some(r) = rhs {
                self.raw_expr(r, None);
            }
            return;
        }
        let mut x = match x {
            Some(x) => x,
            None => self.expr_hint(rhs.unwrap(), t),
        };
        let ctx = if t.is_none() && context == "assignment" { "assignment to _ identifier" } else { context };
        self.assignment(&mut x, t, &ctx);
    }

    /// `a, b = x, y`.
    /// The left side `e` of an assignment, not blank, evaluated: assigning to
    /// a variable is not a use of it.
    fn lhs_expr(&mut self, e: &'static Expr) -> Operand {
        let v = match &e.unparen().kind {
            ExprKind::Ident(name) => self.lookup(name).filter(|&o| matches!(self.obj(o).kind, ObjKind::Var(_)) && self.obj(o).pkg == Some(self.pkg)),
            _ => None,
        };
        let used = v.map(|o| self.obj(o).used);
        let x = self.expr(e);
        if let (Some(o), Some(u)) = (v, used) {
            self.obj_mut(o).used = u;
        }
        x
    }

    pub(super) fn assign_vars(&mut self, lhs: &'static [Expr], rhs: &'static [Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let context = if l > 1 { "multiple assignment" } else { "assignment" };
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (a, b) in lhs.iter().zip(rhs) {
                self.assign_var(a, Some(b), None, context);
            }
            return;
        }
        if r != 1 {
            // the mismatch is reported only if both sides are valid (types2's
            // useLHS and use)
            let mut ok = true;
            for e in lhs {
                ok &= is_blank(e) || self.lhs_expr(e).mode != Mode::Invalid;
            }
            for e in rhs {
                ok &= self.raw_expr(e, None).mode != Mode::Invalid;
            }
            if ok {
                self.assign_error(rhs, l, r);
            }
            return;
        }
        let xs = self.multi_expr(&rhs[0], l == 2);
        if xs.len() == l {
            for (a, x) in lhs.iter().zip(xs) {
                self.assign_var(a, None, Some(x), context);
            }
            return;
        }
        if xs[0].mode != Mode::Invalid {
            self.assign_error(rhs, l, xs.len());
        }
        for e in lhs {
            self.lhs_var(e);
        }
    }

    /// `a, b := x, y`.
    pub(super) fn short_var_decl(&mut self, pos: u32, lhs: &'static [Expr], rhs: &'static [Expr]) {
        let mut seen: Vec<&str> = Vec::new();
        let mut vars = Vec::new();
        let mut new_vars: Vec<(ObjId, &'static Ident)> = Vec::new();
        let mut has_err = false;
        for e in lhs {
            let ExprKind::Ident(name) = &e.kind else {
                self.raw_expr(e, None);
                self.error(e.pos, format!("non-name {} on left side of :=", expr_string(e)));
                has_err = true;
                vars.push(self.new_obj("_".into(), ObjKind::Var(VarKind::Local), INVALID, e.pos));
                continue;
            };
            if &**name != "_" {
                if seen.contains(&&**name) {
                    self.error(e.pos, format!("{name} repeated on left side of :="));
                    has_err = true;
                    vars.push(self.new_obj("_".into(), ObjKind::Var(VarKind::Local), INVALID, e.pos));
                    continue;
                }
                seen.push(name);
            }
            let existing = self.scopes.get_innermost(name);
            if let Some(alt) = existing {
                self.record_use(e.id, alt);
                if matches!(self.obj(alt).kind, ObjKind::Var(_)) {
                    vars.push(alt);
                } else {
                    self.error(e.pos, format!("cannot assign to {name}"));
                    has_err = true;
                    vars.push(self.new_obj("_".into(), ObjKind::Var(VarKind::Local), INVALID, e.pos));
                }
                continue;
            }
            let obj = self.new_obj(name.clone(), ObjKind::Var(VarKind::Local), INVALID, e.pos);
            self.p.info.objs.insert_def(e.id, obj);
            vars.push(obj);
            if &**name != "_" {
                let ident: &'static Ident = self.p.synthetic(Ident { id: e.id, pos: e.pos, name: name.clone() });
                new_vars.push((obj, ident));
            }
        }
        // existing variables assigned by := keep their "used" state
        let used: Vec<bool> = vars.iter().map(|&o| self.obj(o).used).collect();
        self.init_vars(&vars, rhs, None, false);
        for (&o, u) in vars.iter().zip(used) {
            if !new_vars.iter().any(|(n, _)| *n == o) {
                self.obj_mut(o).used = u;
            }
        }
        if new_vars.is_empty() && !has_err {
            self.soft_error(pos, "no new variables on left side of :=");
            return;
        }
        for (obj, ident) in new_vars {
            self.declare_local(ident, obj);
        }
    }

    /// Declares a local variable (tracked for "declared and not used").
    pub(super) fn declare_local(&mut self, ident: &Ident, obj: ObjId) {
        if self.declare(ident, obj) {
            if let Some(f) = self.fctx.as_mut() {
                f.locals.push(obj);
            }
        }
    }
}

/// Whether `e` is the blank identifier `_`.
fn is_blank(e: &Expr) -> bool {
    matches!(&e.unparen().kind, ExprKind::Ident(name) if &**name == "_")
}
