//! Statements.

use super::check::Checker;
use super::constant::{Constant, Identity};
use super::expr::ExprKindTag;
use super::exprstring::expr_string;
use super::object::*;
use super::operand::Operand;
use super::typ::*;
use crate::syntax::ast::*;
use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;

/// Where a statement stands, for the placement rules of `fallthrough`.
#[derive(Clone, Copy, Default)]
pub struct Ctx {
    pub fallthrough_ok: bool,
    pub final_case: bool,
    pub type_switch: bool,
    /// The label of the statement being checked (a range over a function rewrites
    /// the branches to it).
    pub label: Option<&'static Ident>,
}

impl Checker<'_> {
    pub(super) fn stmt_list(&mut self, list: &'static [Stmt], ctx: Ctx) {
        let n = list.iter().rposition(|s| !matches!(s.kind, StmtKind::Empty)).map_or(0, |i| i + 1);
        for (i, s) in list.iter().enumerate() {
            let mut inner = ctx;
            // only the last non-empty statement of a case may fall through
            if i + 1 != n {
                inner.fallthrough_ok = false;
                inner.final_case = false;
            }
            self.stmt(s, inner);
        }
    }

    fn block(&mut self, b: &'static Block, ctx: Ctx) {
        self.open_scope();
        self.stmt_list(b.stmts, Ctx { fallthrough_ok: false, ..ctx });
        self.close_scope();
    }

    fn simple_stmt(&mut self, s: Option<&'static Stmt>) {
        if let Some(s) = s {
            self.stmt(s, Ctx::default());
        }
    }

    pub(super) fn stmt(&mut self, s: &'static Stmt, ctx: Ctx) {
        let (label, ctx) = (ctx.label, Ctx { label: None, ..ctx });
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => self.decl_stmt(d),
            StmtKind::Labeled(l, inner) => self.stmt(inner, Ctx { label: Some(l), ..ctx }),
            StmtKind::Expr(e) => {
                let (x, kind) = self.raw_expr_kind(e, None);
                let msg = match x.mode {
                    Mode::Invalid => return,
                    Mode::Builtin => "must be called",
                    Mode::Type => "is not an expression",
                    _ if kind == ExprKindTag::Statement => return,
                    _ => "is not used",
                };
                let d = self.describe(&x);
                self.error(x.pos(), format!("{d} {msg}"));
            }
            StmtKind::Send(ch, v) => {
                let c = self.expr(ch);
                let mut val = self.expr(v);
                if c.mode == Mode::Invalid || val.mode == Mode::Invalid {
                    return;
                }
                if let Some(elem) = self.chan_elem(s.pos, &c, false) {
                    self.assignment(&mut val, Some(elem), &"send");
                }
            }
            StmtKind::IncDec(x, inc) => {
                let op = if *inc { "++" } else { "--" };
                let xo = self.expr(x);
                if xo.mode == Mode::Invalid {
                    return;
                }
                if !self.p.types.all_numeric(xo.typ) {
                    let ts = self.type_string(xo.typ);
                    self.error(x.pos, format!("invalid operation: {}{op} (non-numeric type {ts})", expr_string(x)));
                    return;
                }
                self.check_assignable_lhs(x, &xo);
            }
            StmtKind::Assign(lhs, rhs) => self.assign_vars(lhs, rhs),
            StmtKind::OpAssign(op, lhs, rhs) => {
                let x = self.expr(lhs);
                let y = self.expr(rhs);
                if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
                    return;
                }
                let r = self.binary_operands(lhs, *op, s.pos, x.clone(), y, Some((lhs, rhs)));
                if r.mode == Mode::Invalid {
                    return;
                }
                self.check_assignable_lhs(lhs, &x);
            }
            StmtKind::Define(lhs, rhs, op) => self.short_var_decl(*op, lhs, rhs),
            StmtKind::Go(call) => self.suspended_call("go", call),
            StmtKind::Defer(call) => self.suspended_call("defer", call),
            StmtKind::Return(results) => {
                let f = self.fctx.as_ref().unwrap();
                let named = f.results.clone();
                let nres = f.sig.results.len();
                if results.is_empty() && nres > 0 && !named.is_empty() {
                    for o in named {
                        let name = self.obj(o).name.clone();
                        if let Some(alt) = self.lookup(&name) {
                            if alt != o {
                                let at = self.p.fset.position_dotted(self.obj(alt).pos);
                                let ts = self.type_string(self.obj(alt).typ);
                                self.error(s.pos, format!("result parameter {name} not in scope at return\n\t{at}: inner declaration of var {name} {ts}"));
                            }
                        }
                    }
                } else if !results.is_empty() || nres > 0 {
                    self.return_values(s.pos, results);
                }
            }
            StmtKind::Branch(Branch::Fallthrough, _) => {
                if !ctx.fallthrough_ok {
                    let msg = if ctx.final_case {
                        "cannot fallthrough final case in switch"
                    } else if ctx.type_switch {
                        "cannot fallthrough in type switch"
                    } else {
                        "fallthrough statement out of place"
                    };
                    self.error(s.pos, msg);
                }
            }
            StmtKind::Branch(..) => {}
            StmtKind::Block(b) => self.block(b, ctx),
            StmtKind::If { init, cond, then, els } => {
                self.open_scope();
                self.simple_stmt(init.as_deref());
                let x = self.expr(cond);
                if x.mode != Mode::Invalid && !self.p.types.is_boolean(x.typ) {
                    self.error(cond.pos, "non-boolean condition in if statement");
                }
                self.block(then, Ctx::default());
                if let Some(e) = els {
                    self.stmt(e, Ctx::default());
                }
                self.close_scope();
            }
            StmtKind::Switch { init, tag, clauses, .. } => {
                self.open_scope();
                self.simple_stmt(init.as_deref());
                self.switch_stmt(tag.as_deref(), clauses);
                self.close_scope();
            }
            StmtKind::TypeSwitch { init, bind, x, clauses, .. } => {
                self.open_scope();
                self.simple_stmt(init.as_deref());
                self.type_switch(*bind, x, clauses);
                self.close_scope();
            }
            StmtKind::Select { clauses, .. } => {
                for c in clauses.iter() {
                    let valid = match c.comm.map(|s| &s.kind) {
                        None | Some(StmtKind::Send(..)) => true,
                        Some(StmtKind::Expr(e)) => is_recv(e),
                        Some(StmtKind::Assign(l, r)) | Some(StmtKind::Define(l, r, _)) => l.len() <= 2 && r.len() == 1 && is_recv(&r[0]),
                        _ => false,
                    };
                    if !valid {
                        // (at gc's node: a call's parenthesis, an operator)
                        let at = c.comm.as_ref().map_or(c.pos, |s| match &s.kind {
                            StmtKind::Expr(e) => e.node_pos(),
                            _ => s.pos,
                        });
                        self.error(at, "select case must be send or receive (possibly with assignment)");
                        continue;
                    }
                    self.open_scope();
                    if let Some(comm) = &c.comm {
                        self.stmt(comm, Ctx::default());
                    }
                    self.stmt_list(c.body, Ctx::default());
                    self.close_scope();
                }
            }
            StmtKind::For { init, cond, post, body } => {
                self.open_scope();
                self.simple_stmt(init.as_deref());
                if let Some(c) = cond {
                    let x = self.expr(c);
                    if x.mode != Mode::Invalid && !self.p.types.is_boolean(x.typ) {
                        self.error(c.pos, "non-boolean condition in for statement");
                    }
                }
                self.simple_stmt(post.as_deref());
                self.block(body, Ctx::default());
                self.close_scope();
            }
            StmtKind::Range { key, value, extra, define, x, body, .. } => {
                self.range_stmt(s, label, [key.as_deref(), value.as_deref(), extra.as_deref()], *define, x, body)
            }
        }
    }

    fn check_assignable_lhs(&mut self, e: &'static Expr, x: &Operand) {
        if !matches!(x.mode, Mode::Var | Mode::MapIndex) {
            self.error(e.pos, format!("cannot assign to {} (neither addressable nor a map index expression)", expr_string(e)));
        }
    }

    /// The call of a `go` or `defer` statement (the parser reported and
    /// removed parentheses around it).
    fn suspended_call(&mut self, keyword: &str, call: &'static Expr) {
        if !matches!(call.kind, ExprKind::Call { .. }) {
            self.raw_expr(call, None);
            self.error(call.pos, format!("expression in {keyword} must be function call"));
            return;
        }
        let (x, kind) = self.raw_expr_kind(call, None);
        if x.mode == Mode::Invalid {
            return;
        }
        let msg = match kind {
            ExprKindTag::Conversion => "requires function call, not conversion",
            ExprKindTag::Expression => "discards result of",
            ExprKindTag::Statement => return,
        };
        let d = self.describe(&x);
        self.error(x.pos(), format!("{keyword} {msg} {d}"));
    }

    fn decl_stmt(&mut self, d: &'static Decl) {
        match d {
            Decl::Const(specs) => {
                // (a declaration inside a function literal inside another's
                // value gives the outer one's iota back after it)
                let outer_iota = self.iota.clone();
                for spec in specs.iter() {
                    let values = spec.inherit.unwrap_or(spec);
                    self.iota = Some(Constant::int(spec.iota as i64));
                    let mut objs = Vec::new();
                    for (i, n) in spec.names.iter().enumerate() {
                        let inherited = (!std::ptr::eq(spec, values)).then_some(n.pos);
                        let (t, v) = self.const_value(values, i, inherited);
                        let obj = self.new_obj(
                            n.name.clone(),
                            ObjKind::Const(Box::new(v.clone().unwrap_or(Constant::int(0)))),
                            if v.is_some() { t } else { INVALID },
                            n.pos,
                        );
                        objs.push((obj, n));
                    }
                    self.iota = outer_iota.clone();
                    let ids: Vec<ObjId> = objs.iter().map(|&(o, _)| o).collect();
                    self.const_arity(&ids, spec, values);
                    for (obj, n) in objs {
                        self.declare(n, obj);
                    }
                }
            }
            Decl::Var(specs) => {
                for spec in specs.iter() {
                    let objs: Vec<ObjId> = spec.names.iter().map(|n| self.new_obj(n.name.clone(), ObjKind::Var(VarKind::Local), INVALID, n.pos)).collect();
                    let typ = spec.typ.as_ref().map(|t| self.resolve_type(t));
                    if spec.values.is_empty() {
                        for &o in &objs {
                            self.obj_mut(o).typ = typ.unwrap_or(INVALID);
                        }
                    } else {
                        self.init_vars(&objs, spec.values, typ, true);
                    }
                    for (n, o) in spec.names.iter().zip(objs) {
                        self.declare_local(n, o);
                    }
                }
            }
            Decl::Type(specs) => {
                for spec in specs.iter() {
                    // (its map keys and embedded fields are checked once it is declared)
                    self.with_later(|c| c.local_type_decl(spec));
                }
            }
            Decl::Func(_) => unreachable!("the grammar has no local func declarations"),
        }
    }

    /// A type declared inside a function; its name is in scope in its own
    /// definition (recursive types).
    fn local_type_decl(&mut self, spec: &'static TypeSpec) {
        let obj = self.new_obj(spec.name.name.clone(), ObjKind::TypeName, INVALID, spec.name.pos);
        self.declare(&spec.name, obj);
        if !spec.tparams.is_empty() {
            self.generic_type_decl(obj, spec);
        } else if spec.alias {
            // its right side naming it is an alias cycle (see `cycle`)
            self.obj_mut(obj).state = State::Resolving;
            self.resolving.push(obj);
            let t = self.constraint_type(spec.typ);
            self.resolving.pop();
            self.obj_mut(obj).state = State::Resolved;
            let a = self.p.types.new_alias(spec.name.name.clone(), Some(self.pkg), t);
            self.obj_mut(obj).typ = a;
        } else {
            let named = self.p.types.new_named(spec.name.name.clone(), self.pkg, obj);
            self.mark_local(named, spec.name.pos);
            self.obj_mut(obj).typ = named;
            let rhs = self.constraint_type(spec.typ);
            let u = self.p.types.underlying(rhs);
            if u == INVALID && self.p.types.unalias(rhs) == named {
                self.error(spec.name.pos, format!("invalid recursive type: {} refers to itself", spec.name.name));
            }
            self.p.types.named_info_mut(named).unwrap().underlying = u;
            // a local type holding itself by value
            if u != INVALID && !self.valid_type(named, &mut vec![]) {
                self.p.types.named_info_mut(named).unwrap().underlying = INVALID;
            }
        }
    }

    fn switch_stmt(&mut self, tag: Option<&'static Expr>, clauses: &'static [CaseClause]) {
        let mut x = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.assignment(&mut x, None, &"switch expression");
                if x.mode != Mode::Invalid && !self.p.types.comparable(x.typ) && !self.p.types.has_nil(x.typ) {
                    let d = self.describe(&x);
                    let ts = self.type_string(x.typ);
                    self.error(x.pos(), format!("cannot switch on {d} ({ts} is not comparable)"));
                    x.mode = Mode::Invalid;
                }
                x
            }
            None => {
                let e: &'static Expr =
                    self.p.synthetic(Expr { id: NodeId(u32::MAX), pos: clauses.first().map_or(0, |c| c.pos), kind: ExprKind::Ident("true".into()) });
                Operand::constant(BOOL, Constant::Bool(true), e)
            }
        };
        self.multiple_defaults(clauses);
        // constant cases so far and where (a set: generated switches may have thousands)
        let mut seen = FxHashMap::default();
        let n = clauses.len();
        for (i, c) in clauses.iter().enumerate() {
            if let Some(exprs) = &c.exprs {
                self.case_values(&mut x, exprs, &mut seen);
            }
            self.open_scope();
            let ctx = Ctx { fallthrough_ok: i + 1 < n, final_case: i + 1 == n, ..Ctx::default() };
            self.stmt_list(c.body, ctx);
            self.close_scope();
        }
    }

    fn multiple_defaults(&mut self, clauses: &'static [CaseClause]) {
        let mut first = None;
        for c in clauses {
            if c.exprs.is_none() {
                match first {
                    Some(f) => {
                        let at = self.p.fset.position_dotted(f);
                        self.error(c.pos, format!("multiple defaults (first at {at})"));
                    }
                    None => first = Some(c.pos),
                }
            }
        }
    }

    fn case_values(&mut self, x: &mut Operand, exprs: &'static [Expr], seen: &mut FxHashMap<(Identity, TypeId), u32>) {
        for e in exprs {
            let mut v = self.expr(e);
            if x.mode == Mode::Invalid || v.mode == Mode::Invalid {
                continue;
            }
            self.convert_untyped(&mut v, x.typ);
            if v.mode == Mode::Invalid {
                continue;
            }
            let res = self.comparison(e, BinOp::Eql, v.clone(), x.clone(), true);
            if res.mode == Mode::Invalid || v.mode != Mode::Const {
                continue;
            }
            // only integer, float and string constants can be duplicates (types2's
            // goVal): `switch { case a: case b: }` may repeat true or false
            let val = v.val.as_ref().unwrap();
            if !matches!(val, Constant::Int(_) | Constant::Float(_) | Constant::Str(_)) {
                continue;
            }
            // (the same value of identical types: `uint8(0)` and `byte(0)`)
            let key = (val.identity(), self.p.types.canon(v.typ));
            match seen.entry(key) {
                Entry::Vacant(slot) => {
                    slot.insert(e.node_pos());
                }
                // (in an instance, cases written with type parameters may coincide)
                Entry::Occupied(prev) if self.p.instance_level == 0 => {
                    let d = self.describe(&v);
                    let at = self.p.fset.position_dotted(*prev.get());
                    self.error(v.pos(), format!("duplicate case {d} in expression switch\n\t{at}: previous case"));
                }
                Entry::Occupied(_) => {}
            }
        }
    }

    fn type_switch(&mut self, bind: Option<&'static Ident>, xe: &'static Expr, clauses: &'static [CaseClause]) {
        let mut bind = bind;
        if let Some(b) = bind {
            if b.is_blank() {
                self.soft_error(b.pos, "no new variable on left side of :=");
                bind = None;
            }
        }
        let x = self.expr(xe);
        let sx = if x.mode == Mode::Invalid {
            None
        } else if self.p.types.is_interface(x.typ) {
            Some(x.clone())
        } else {
            let d = self.describe(&x);
            if self.p.types.type_param(self.p.types.unalias(x.typ)).is_some() {
                self.error(x.pos(), format!("cannot use type switch on type parameter value {d}"));
            } else {
                self.error(x.pos(), format!("{d} is not an interface"));
            }
            None
        };
        self.multiple_defaults(clauses);
        let mut seen: Vec<(Option<TypeId>, &'static Expr)> = Vec::new();
        let mut bound = Vec::new();
        for c in clauses {
            let mut single: Option<TypeId> = None;
            let cases = c.exprs.unwrap_or(&[]);
            for e in cases {
                let t = if is_nil_ident(e) {
                    self.expr(e);
                    None
                } else {
                    let t = self.resolve_type(e);
                    if t == INVALID {
                        // (a clause of just this case binds an invalid
                        // variable: its uses are not reported again)
                        single = Some(INVALID);
                        continue;
                    }
                    Some(t)
                };
                let dup = seen.iter().find(|(st, _)| match (st, t) {
                    (None, None) => true,
                    (Some(a), Some(b)) => self.p.types.identical(*a, b),
                    _ => false,
                });
                if let Some((_, other)) = dup.filter(|_| self.p.instance_level == 0) {
                    let ts = t.map_or("nil".to_string(), |t| self.type_string(t));
                    let at = self.p.fset.position_dotted(other.pos);
                    self.error(e.pos, format!("duplicate case {ts} in type switch\n\t{at}: previous case"));
                    continue;
                }
                seen.push((t, e));
                if let (Some(sx), Some(t)) = (&sx, t) {
                    self.type_assertion(e, sx, t, e, true);
                }
                single = t;
            }
            self.open_scope();
            if let Some(b) = bind {
                let t = match single {
                    Some(t) if cases.len() == 1 => t,
                    _ => sx.as_ref().map_or(INVALID, |x| x.typ),
                };
                let obj = self.new_obj(b.name.clone(), ObjKind::Var(VarKind::Local), t, b.pos);
                self.declare(b, obj);
                self.p.info.implicits.insert(c.id, obj);
                bound.push(obj);
            }
            self.stmt_list(c.body, Ctx { type_switch: true, ..Ctx::default() });
            self.close_scope();
        }
        if let Some(b) = bind {
            let used = bound.iter().any(|&o| self.obj(o).used);
            if !used && self.repl.is_none() {
                self.soft_error(b.pos, format!("{} declared and not used", b.name));
            }
        }
    }

    fn range_stmt(
        &mut self,
        s: &'static Stmt,
        label: Option<&'static Ident>,
        vars: [Option<&'static Expr>; 3],
        define: bool,
        xe: &'static Expr,
        body: &'static Block,
    ) {
        let [key, value, extra] = vars;
        let mut x = self.expr(xe);
        // the common underlying type of x's type set (go/types' `rangeKeyVal`)
        let mut common = Err(String::new());
        if x.mode != Mode::Invalid {
            common = self.common_under_if(x.typ, |c, t, u| match u.map(|u| c.p.types.get(u)) {
                Some(Type::Chan(ChanDir::Send, _)) => Some(format!("receive from send-only channel {}", c.type_string(t))),
                _ => None,
            });
        }
        if let Ok(u) = common {
            if matches!(self.p.types.get(u), Type::Func(_)) {
                // (a type parameter ranges as its core function type)
                let x = Operand { typ: if self.p.types.type_param(x.typ).is_some() { u } else { x.typ }, ..x };
                return self.range_func(s, label, &x);
            }
        }
        let mut kv: Option<(TypeId, Option<TypeId>)> = None;
        if x.mode != Mode::Invalid {
            let types = &self.p.types;
            let r: Result<(TypeId, Option<TypeId>), String> = common.and_then(|u| {
                let u = match types.get(u) {
                    Type::Pointer(p) if matches!(types.get(types.underlying(*p)), Type::Array(..)) => types.underlying(*p),
                    _ => u,
                };
                match types.get(u).clone() {
                    Type::Basic(b) if b.is_string() => {
                        let rune = self.lookup("rune").map(|o| self.obj(o).typ).unwrap_or(INT32);
                        Ok((INT, Some(rune)))
                    }
                    Type::Basic(b) if b.is_integer() => Ok((x.typ, None)),
                    Type::Array(e, _) | Type::Slice(e) => Ok((INT, Some(e))),
                    Type::Map(k, v) => Ok((k, Some(v))),
                    Type::Chan(_, e) => Ok((e, None)),
                    _ => Err(String::new()),
                }
            });
            match r {
                Ok((k, v)) => {
                    if let (Some(value), None) = (value, v) {
                        let d = self.describe(&x);
                        self.soft_error(value.pos, format!("range over {d} permits only one iteration variable"));
                    } else if let Some(extra) = extra {
                        self.soft_error(extra.pos, "range clause permits at most two iteration variables");
                    }
                    kv = Some((k, v));
                }
                Err(c) if c == "-" => {}
                Err(c) => {
                    let d = self.describe(&x);
                    let msg = if c.is_empty() { format!("cannot range over {d}") } else { format!("cannot range over {d}: {c}") };
                    self.soft_error(x.pos(), msg);
                }
            }
        }
        self.open_scope();
        let range_over_int = self.p.types.all_integer(x.typ);
        let lhs = [key, value];
        let rhs = [kv.map(|k| k.0), kv.and_then(|k| k.1)];
        if define {
            let mut vars = Vec::new();
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                let ExprKind::Ident(name) = &l.kind else {
                    // types2 calls it a bad syntax tree: gc's parser lets it through
                    self.error(l.pos, format!("invalid syntax tree: cannot declare {}", expr_string(l)));
                    continue;
                };
                let obj = self.new_obj(name.clone(), ObjKind::Var(VarKind::Local), INVALID, l.pos);
                self.p.info.objs.insert_def(l.id, obj);
                let ident: &'static Ident = self.p.synthetic(Ident { id: l.id, pos: l.pos, name: name.clone() });
                if &**name != "_" {
                    vars.push((obj, ident));
                }
                match rhs[i] {
                    None => {
                        self.obj_mut(obj).used = true;
                    }
                    Some(_) if range_over_int => self.init_var(obj, &mut x, "range clause"),
                    Some(t) => {
                        let mut y = Operand::new(Mode::Value, t, l);
                        self.init_var(obj, &mut y, "assignment");
                    }
                }
            }
            if vars.is_empty() {
                self.error(s.pos, "no new variables on left side of :=");
            }
            for (obj, ident) in vars {
                self.declare_local(ident, obj);
            }
        } else if key.is_some() {
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                let Some(t) = rhs[i] else { continue };
                if range_over_int {
                    self.assign_single(l, x.clone(), "range clause");
                } else {
                    let y = Operand::new(Mode::Value, t, l);
                    self.assign_single(l, y, "assignment");
                }
            }
        } else if range_over_int {
            self.assignment(&mut x, None, &"range clause");
        }
        self.block(body, Ctx::default());
        self.close_scope();
    }

    fn assign_single(&mut self, lhs: &'static Expr, x: Operand, context: &str) {
        let t = if lhs.as_ident().is_some_and(|n| &**n == "_") {
            None // `for _ = range x`
        } else {
            let lx = self.expr(lhs);
            match lx.mode {
                Mode::Invalid => return,
                Mode::Var | Mode::MapIndex => Some(lx.typ),
                _ => {
                    self.error(lhs.pos, format!("cannot assign to {} (neither addressable nor a map index expression)", expr_string(lhs)));
                    return;
                }
            }
        };
        let mut x = x;
        self.assignment(&mut x, t, &context);
    }

    // ---------------------------------------------------------------- terminating statements

    fn is_panic_call(&self, e: &Expr) -> bool {
        if let ExprKind::Call { fun, .. } = &e.unparen().kind {
            if let ExprKind::Ident(_) = &fun.unparen().kind {
                return self.p.info.objs.use_of(fun.unparen().id).is_some_and(|o| matches!(self.obj(o).kind, ObjKind::Builtin(Builtin::Panic)));
            }
        }
        false
    }

    pub(super) fn is_terminating_list(&self, list: &[Stmt], label: Option<&str>) -> bool {
        match list.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty)) {
            Some(s) => self.is_terminating(s, label),
            None => false,
        }
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Labeled(l, inner) => self.is_terminating(inner, Some(&l.name)),
            StmtKind::Expr(e) => self.is_panic_call(e),
            StmtKind::Return(_) => true,
            StmtKind::Branch(Branch::Goto | Branch::Fallthrough, _) => true,
            StmtKind::Block(b) => self.is_terminating_list(b.stmts, None),
            StmtKind::If { then, els: Some(els), .. } => self.is_terminating_list(then.stmts, None) && self.is_terminating(els, None),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                let mut has_default = false;
                for c in clauses.iter() {
                    has_default |= c.exprs.is_none();
                    if !self.is_terminating_list(c.body, None) || has_break_list(c.body, label, true) {
                        return false;
                    }
                }
                has_default
            }
            StmtKind::Select { clauses, .. } => clauses.iter().all(|c| self.is_terminating_list(c.body, None) && !has_break_list(c.body, label, true)),
            StmtKind::For { cond: None, body, .. } => !has_break_list(body.stmts, label, true),
            _ => false,
        }
    }
}

fn has_break_list(list: &[Stmt], label: Option<&str>, implicit: bool) -> bool {
    list.iter().any(|s| has_break(s, label, implicit))
}

/// Whether `s` contains a break out of the statement labeled `label` (or, when
/// `implicit`, out of the innermost breakable statement).
fn has_break(s: &Stmt, label: Option<&str>, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Labeled(_, inner) => has_break(inner, label, implicit),
        StmtKind::Branch(Branch::Break, None) => implicit,
        StmtKind::Branch(Branch::Break, Some(l)) => Some(&*l.name) == label,
        StmtKind::Block(b) => has_break_list(b.stmts, label, implicit),
        StmtKind::If { then, els, .. } => has_break_list(then.stmts, label, implicit) || els.as_ref().is_some_and(|e| has_break(e, label, implicit)),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            label.is_some() && clauses.iter().any(|c| has_break_list(c.body, label, false))
        }
        StmtKind::Select { clauses, .. } => label.is_some() && clauses.iter().any(|c| has_break_list(c.body, label, false)),
        StmtKind::For { .. } | StmtKind::Range { .. } => label.is_some() && has_break_list(s.kind.loop_body().unwrap().stmts, label, false),
        _ => false,
    }
}

fn is_recv(e: &Expr) -> bool {
    matches!(e.unparen().kind, ExprKind::Unary(UnOp::Recv, _))
}

fn is_nil_ident(e: &Expr) -> bool {
    matches!(&e.unparen().kind, ExprKind::Ident(n) if &**n == "nil")
}
