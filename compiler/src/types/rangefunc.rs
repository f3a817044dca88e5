//! Range over functions: `for k, v := range seq { body }` with `seq` of type
//! `func(yield func(K, V) bool)`, rewritten as gc's rangefunc pass does into a call
//! of `seq` with the body as the yield function:
//!
//! ```text
//! {
//!     #seq := seq
//!     var #next int          // 0 running, 1 body said stop, 2 return, 3... outer branch, -1 loop done
//!     var #r0 R0 ...         // the function's results, when it has unnamed ones
//!     #seq(func(k K, v V) bool {
//!         if #next != 0 { panicrangestate(#next) }
//!         body'              // continue: return true; break: #next = 1, return false;
//!         return true        // return x: #r0 = x, #next = 2, return false; ...
//!     })
//!     if #next == 2 { return #r0 ... }
//!     if #next == 3 { break Outer } ...
//!     #next = -1
//! }
//! ```
//!
//! The rewritten statements are checked like code the programmer wrote, and the
//! back end compiles them in place of the loop (`Stmt::lowered`): the body is an
//! ordinary closure, so variables it shares with the function are captured as in
//! any func literal. Names starting with `#` cannot clash with Go names; they are
//! bound in a scope of their own to the objects and types they stand for.
//!
//! A `defer` in the body belongs to the enclosing function: the rewrite keeps the
//! depth of that function's frame in `#depth` (`Info::frame_depth_vars`; a loop
//! nested in another's body copies the outer loop's), and the back end files the
//! body's deferred calls under it (`Info::outer_defers`), below the records of the
//! frames the iterator has in between.
//!
//! A `break`, `continue` or `goto` to a label outside the loop stops the body
//! with a code of its own (3...), and the rewrite branches after the call.

use super::check::Checker;
use super::object::*;
use super::operand::Operand;
use super::stmt::Ctx;
use super::typ::{TypeId, BOOL, INT};
use crate::syntax::ast::*;
use crate::syntax::pos::Pos;
use crate::syntax::token::Name;

/// What the body's rewrite found.
#[derive(Default)]
struct Exits {
    /// Branches (`break`, `continue`, `goto`) to labels outside the loop, in
    /// order: their `#next` codes are 3...
    outer: Vec<(Branch, Name)>,
    /// Whether the body returns from the enclosing function.
    returns: bool,
    /// The calls of the `defer` statements in the body (nested loops included).
    defers: Vec<NodeId>,
}

/// Where a statement of the body is: inside loops or switches of its own, which
/// unlabeled `break`/`continue` then refer to.
#[derive(Clone, Copy, Default)]
struct Depth {
    in_loop: bool,
    in_switch: bool,
}

impl Checker<'_> {
    /// Checks range statement `s` over a function (its operand checked as `x`),
    /// labelled `label`, and rewrites it into its body's `lowered`.
    pub(super) fn range_func(&mut self, s: &'static Stmt, label: Option<&'static Ident>, x: &Operand) {
        let StmtKind::Range { key, value, extra, define, x: xe, body: range_body } = &s.kind else { unreachable!() };
        let (vars, define, body): ([Option<&'static Expr>; 3], bool, &'static Block) =
            ([key.as_deref(), value.as_deref(), extra.as_deref()], *define, &range_body.block);
        let yield_params = match self.yield_params(x) {
            Ok(ps) => ps,
            Err(why) => {
                let d = self.describe(x);
                self.soft_error(x.pos(), format!("cannot range over {d}: {why}"));
                return;
            }
        };
        let nvars = vars.iter().take_while(|v| v.is_some()).count();
        if nvars > yield_params.len() {
            let d = self.describe(x);
            let msg = match yield_params.len() {
                0 => format!("range over {d} permits no iteration variables"),
                1 => format!("range over {d} permits only one iteration variable"),
                _ => "range clause permits at most two iteration variables".to_string(),
            };
            self.soft_error(vars[yield_params.len()].unwrap().pos, msg);
            return;
        }
        let n = self.p.rangefuncs;
        self.p.rangefuncs += 1;
        let Some(fctx) = self.fctx.as_ref() else { return };
        let results: Vec<TypeId> = fctx.sig.results.iter().map(|p| p.typ).collect();
        let named = fctx.results.clone();
        let Some(panic_fn) = self.p.import("runtime").ok().and_then(|r| self.p.pkg(r).scope.get("panicrangestate").copied()) else {
            return;
        };
        // the names the rewrite uses, in a scope of their own
        self.open_scope();
        let bind = |c: &mut Self, name: String, obj: ObjId| -> Name {
            let name = Name::from(name);
            c.bind_local(name.clone(), obj);
            name
        };
        let type_name = |c: &mut Self, name: String, t: TypeId| {
            let o = c.new_obj(Name::from("#"), ObjKind::TypeName, t, 0);
            bind(c, name, o)
        };
        let names = Names {
            next: Name::from(format!("#next{n}")),
            seq: Name::from(format!("#seq{n}")),
            int: type_name(self, format!("#int{n}"), INT),
            bool: type_name(self, format!("#bool{n}"), BOOL),
            panic: bind(self, format!("#panic{n}"), panic_fn),
            yields: yield_params.iter().enumerate().map(|(i, &t)| type_name(self, format!("#Y{n}_{i}"), t)).collect(),
            // where `return x` puts x: the named results, or temporaries
            results: if named.is_empty() {
                (0..results.len()).map(|i| Name::from(format!("#r{n}_{i}"))).collect()
            } else {
                named.iter().enumerate().map(|(i, &o)| bind(self, format!("#r{n}_{i}"), o)).collect()
            },
            result_types: if named.is_empty() { results.iter().enumerate().map(|(i, &t)| type_name(self, format!("#R{n}_{i}"), t)).collect() } else { vec![] },
            named: !named.is_empty(),
            depth: Name::from(format!("#depth{n}")),
            outer_depth: self.range_depth.clone(),
            n,
        };
        let seq_obj = self.new_obj(names.seq.clone(), ObjKind::Var(VarKind::Local), x.typ, s.pos);
        self.obj_mut(seq_obj).used = true;
        self.bind_local(names.seq.clone(), seq_obj);

        let w = Synth { arena: self.p.arena(), ids: &self.p.ids, pos: s.pos };
        let r = w.rewrite(&names, label, vars, define, xe, body);
        // `#seq := x` is recorded here: x is checked already
        self.p.info.objs.insert_def(r.seq_lhs.id, seq_obj);
        self.record(r.seq_lhs, Mode::Var, x.typ, None);
        self.p.info.range_bodies.insert(r.body_lit);
        for e in r.not_declarable {
            self.error(e.pos, format!("invalid syntax tree: cannot declare {}", super::exprstring::expr_string(e)));
        }
        // as in any range statement, blank names are no new variables
        if define && !vars.iter().flatten().any(|e| matches!(&e.kind, ExprKind::Ident(n) if &**n != "_")) {
            self.error(s.pos, "no new variables on left side of :=");
        }
        let saved = if r.defers.is_empty() { None } else { Some(self.range_depth.replace(names.depth.clone())) };
        self.stmt_list(r.checked, Ctx::default());
        if let Some(saved) = saved {
            self.range_depth = saved;
            if let Some(depth) = self.scopes.get_innermost(&names.depth) {
                if names.outer_depth.is_none() {
                    self.p.info.frame_depth_vars.insert(depth);
                }
                for id in r.defers {
                    self.p.info.outer_defers.entry(id).or_insert(depth);
                }
            }
        }
        self.close_scope();
        let _ = range_body.lowered.set(r.lowered);
    }

    /// The parameter types of `x`'s yield function if `x` is an iterator
    /// (`func(yield func(...) bool)`), else gc's reason why not.
    fn yield_params(&self, x: &Operand) -> Result<Vec<TypeId>, String> {
        let not_iter = |why: &str| format!("func must be func(yield func(...) bool): {why}");
        let sig = self.p.types.signature(x.typ).ok_or_else(|| not_iter("argument is not func"))?;
        let [p] = sig.params.as_slice() else { return Err(not_iter("wrong argument count")) };
        if !sig.results.is_empty() {
            return Err(not_iter("unexpected results"));
        }
        let y = self.p.types.signature(p.typ).ok_or_else(|| not_iter("argument is not func"))?;
        if y.params.len() > 2 {
            return Err(not_iter("yield func has too many parameters"));
        }
        match y.results.as_slice() {
            [r] if r.typ == BOOL => {}
            [r] if self.p.types.is_boolean(r.typ) => return Err(not_iter("yield func returns user-defined boolean, not bool")),
            _ => return Err(not_iter("yield func does not return bool")),
        }
        if y.variadic {
            return Err(format!("yield func of type {} cannot be variadic", self.type_string(p.typ)));
        }
        Ok(y.params.iter().map(|p| p.typ).collect())
    }
}

/// The names the rewrite of loop number `n` binds.
struct Names {
    next: Name,
    seq: Name,
    int: Name,
    bool: Name,
    panic: Name,
    /// The yield function's parameter types.
    yields: Vec<Name>,
    /// The frame-depth variable, and the enclosing loop's it copies (if nested).
    depth: Name,
    outer_depth: Option<Name>,
    results: Vec<Name>,
    /// The types of the temporaries in `results` (none when they are named results).
    result_types: Vec<Name>,
    named: bool,
    n: usize,
}

/// The rewritten loop.
struct Rewritten {
    /// The yield function's literal.
    body_lit: NodeId,
    /// The `#seq` of `#seq := x`, which the checker records by hand.
    seq_lhs: &'static Expr,
    /// The statements after it, to check.
    checked: List<Stmt>,
    /// The whole block, for the back end.
    lowered: P<Stmt>,
    not_declarable: Vec<&'static Expr>,
    defers: Vec<NodeId>,
}

/// Node constructors for the rewrite, positioned at the loop.
struct Synth<'a> {
    arena: &'a crate::syntax::build::Arena,
    ids: &'a IdGen,
    pos: Pos,
}

impl Synth<'_> {
    fn rewrite(
        &self,
        names: &Names,
        label: Option<&'static Ident>,
        vars: [Option<&'static Expr>; 3],
        define: bool,
        xe: &'static Expr,
        body: &'static Block,
    ) -> Rewritten {
        let w = self;
        let seq_lhs = w.p(w.ident_expr(&names.seq));
        let seq_def = w.stmt(StmtKind::Define(std::slice::from_ref(seq_lhs), std::slice::from_ref(xe), w.pos));

        let mut inside = Vec::new();
        collect_labels(body.stmts, &mut inside);
        let mut exits = Exits::default();
        let ctx = BodyCtx { w, next: &names.next, results: &names.results, label: label.map(|l| &l.name), inside: &inside };
        let new_body = ctx.list(body.stmts, Depth::default(), &mut exits);

        // the yield function
        let mut params = Vec::new();
        let mut prologue = Vec::new();
        let mut not_declarable = Vec::new();
        for (i, tn) in names.yields.iter().enumerate() {
            let pname = match vars.get(i).copied().flatten() {
                Some(e) if define => match &e.kind {
                    ExprKind::Ident(name) => Ident { id: w.ids.next(), pos: e.pos, name: name.clone() },
                    _ => {
                        not_declarable.push(e);
                        w.ident("_")
                    }
                },
                Some(e) => {
                    // `for k, v = range seq`: the body starts by assigning the values
                    let p = format!("#p{}_{i}", names.n);
                    prologue.push(w.stmt(StmtKind::Assign(std::slice::from_ref(e), w.list(vec![w.ident_expr(&p)]))));
                    w.ident(&p)
                }
                None => w.ident("_"),
            };
            params.push(Field { names: w.list(vec![pname]), typ: w.p(w.ident_expr(tn)), dots: None, tag: None });
        }
        let panic = w.call(&names.panic, vec![w.ident_expr(&names.next)]);
        let mut stmts = vec![w.if_stmt(w.binary(BinOp::Neq, w.ident_expr(&names.next), w.int(0)), vec![w.expr_stmt(panic)])];
        let has_defers = !exits.defers.is_empty();
        if has_defers {
            // the body's defers read the depth: the closure captures it
            stmts.push(w.stmt(StmtKind::Assign(w.list(vec![w.ident_expr("_")]), w.list(vec![w.ident_expr(&names.depth)]))));
        }
        stmts.extend(prologue);
        stmts.extend(new_body.iter().cloned());
        stmts.push(w.stmt(StmtKind::Return(w.list(vec![w.ident_expr("true")]))));
        let result = Field { names: &[], typ: w.p(w.ident_expr(&names.bool)), dots: None, tag: None };
        let sig = FuncType { pos: w.pos, params: w.list(params), results: w.list(vec![result]) };
        let lit = w.expr(ExprKind::FuncLit(w.p(FuncLit { sig, body: Block { lbrace: body.lbrace, stmts: w.list(stmts), rbrace: body.rbrace } })));
        let lit_id = lit.id;
        let call = w.expr(ExprKind::Call { fun: w.p(w.ident_expr(&names.seq)), args: w.list(vec![lit]), dots: false, lparen: w.pos, rparen: w.pos });

        // declarations, the call, then what the body asked for
        let mut checked = vec![w.var_decl(&names.next, &names.int, None)];
        if has_defers {
            let init = names.outer_depth.as_ref().map(|o| w.ident_expr(o));
            checked.push(w.var_decl(&names.depth, &names.int, init));
        }
        if exits.returns {
            for (r, t) in names.results.iter().zip(&names.result_types) {
                checked.push(w.var_decl(r, t, None));
            }
        }
        checked.push(w.expr_stmt(call));
        if exits.returns {
            let values = if names.named { vec![] } else { names.results.iter().map(|r| w.ident_expr(r)).collect() };
            checked.push(w.if_stmt(w.binary(BinOp::Eql, w.ident_expr(&names.next), w.int(2)), vec![w.stmt(StmtKind::Return(w.list(values)))]));
        }
        for (i, (kind, l)) in exits.outer.iter().enumerate() {
            let branch = w.stmt(StmtKind::Branch(*kind, Some(w.ident(l))));
            checked.push(w.if_stmt(w.binary(BinOp::Eql, w.ident_expr(&names.next), w.int(3 + i as i64)), vec![branch]));
        }
        checked.push(w.assign(&names.next, w.int(-1)));
        let checked = w.list(checked);
        let mut all = vec![seq_def];
        all.extend(checked.iter().cloned());
        let lowered = w.p(w.block(all));
        Rewritten { body_lit: lit_id, seq_lhs, checked, lowered, not_declarable, defers: exits.defers }
    }

    fn p<T>(&self, x: T) -> P<T> {
        self.arena.alloc(x)
    }
    fn list<T>(&self, v: Vec<T>) -> List<T> {
        self.arena.list(v)
    }
    fn expr(&self, kind: ExprKind) -> Expr {
        Expr { id: self.ids.next(), pos: self.pos, kind }
    }
    fn stmt(&self, kind: StmtKind) -> Stmt {
        Stmt { pos: self.pos, kind }
    }
    fn ident(&self, name: &str) -> Ident {
        Ident { id: self.ids.next(), pos: self.pos, name: Name::from(name) }
    }
    fn ident_expr(&self, name: &str) -> Expr {
        self.expr(ExprKind::Ident(Name::from(name)))
    }
    fn int(&self, v: i64) -> Expr {
        let lit = self.expr(ExprKind::Lit(LitKind::Int, Name::from(v.unsigned_abs().to_string())));
        if v < 0 {
            self.expr(ExprKind::Unary(UnOp::Neg, self.p(lit)))
        } else {
            lit
        }
    }
    fn binary(&self, op: BinOp, x: Expr, y: Expr) -> Expr {
        self.expr(ExprKind::Binary { op, op_pos: self.pos, x: self.p(x), y: self.p(y) })
    }
    fn call(&self, f: &str, args: Vec<Expr>) -> Expr {
        self.expr(ExprKind::Call { fun: self.p(self.ident_expr(f)), args: self.list(args), dots: false, lparen: self.pos, rparen: self.pos })
    }
    fn expr_stmt(&self, e: Expr) -> Stmt {
        self.stmt(StmtKind::Expr(self.p(e)))
    }
    fn assign(&self, lhs: &str, rhs: Expr) -> Stmt {
        self.stmt(StmtKind::Assign(self.list(vec![self.ident_expr(lhs)]), self.list(vec![rhs])))
    }
    fn block(&self, stmts: Vec<Stmt>) -> Stmt {
        self.stmt(StmtKind::Block(Block { lbrace: self.pos, stmts: self.list(stmts), rbrace: self.pos }))
    }
    fn if_stmt(&self, cond: Expr, then: Vec<Stmt>) -> Stmt {
        let then = Block { lbrace: self.pos, stmts: self.list(then), rbrace: self.pos };
        self.stmt(StmtKind::If { init: None, cond: self.p(cond), then: self.p(then), els: None })
    }
    fn var_decl(&self, name: &str, typ: &str, value: Option<Expr>) -> Stmt {
        let values = self.list(value.into_iter().collect());
        let spec =
            ValueSpec { pos: self.pos, names: self.list(vec![self.ident(name)]), typ: Some(self.p(self.ident_expr(typ))), values, iota: 0, inherit: None };
        self.stmt(StmtKind::Decl(Decl::Var(self.list(vec![spec]))))
    }
}

/// Rewrites the loop body's exits (see the file comment).
struct BodyCtx<'a> {
    w: &'a Synth<'a>,
    next: &'a str,
    /// Where `return x, y` stores its values.
    results: &'a [Name],
    /// The loop's own label.
    label: Option<&'a Name>,
    /// Labels declared inside the body (branches to them stay as they are).
    inside: &'a [Name],
}

impl BodyCtx<'_> {
    /// The list rewritten, or the list itself when nothing in it changes.
    fn list(&self, list: &'static [Stmt], d: Depth, exits: &mut Exits) -> List<Stmt> {
        let new: Vec<Option<Stmt>> = list.iter().map(|s| self.stmt(s, d, exits)).collect();
        if new.iter().all(Option::is_none) {
            return list;
        }
        self.w.list(new.into_iter().zip(list).map(|(n, s)| n.unwrap_or_else(|| s.clone())).collect())
    }

    fn block(&self, b: &'static Block, d: Depth, exits: &mut Exits) -> Option<Block> {
        let stmts = self.list(b.stmts, d, exits);
        (!std::ptr::eq(stmts, b.stmts)).then_some(Block { lbrace: b.lbrace, stmts, rbrace: b.rbrace })
    }

    fn pblock(&self, b: &'static Block, d: Depth, exits: &mut Exits) -> Option<P<Block>> {
        self.block(b, d, exits).map(|b| self.w.p(b))
    }

    /// `#next = code; return false`.
    fn stop(&self, code: i64, mut pre: Vec<Stmt>) -> Stmt {
        let w = self.w;
        pre.push(w.assign(self.next, w.int(code)));
        pre.push(w.stmt(StmtKind::Return(w.list(vec![w.ident_expr("false")]))));
        w.block(pre)
    }

    /// A branch to label `l` outside the loop: the body stops with the branch's
    /// code, and the loop's rewrite branches after the call.
    fn outer_exit(&self, b: Branch, l: &Ident, exits: &mut Exits) -> Stmt {
        let k = match exits.outer.iter().position(|(kind, name)| *kind == b && *name == l.name) {
            Some(k) => k,
            None => {
                exits.outer.push((b, l.name.clone()));
                exits.outer.len() - 1
            }
        };
        self.stop(3 + k as i64, vec![])
    }

    /// The statement rewritten, or `None` if nothing in it changes.
    fn stmt(&self, s: &'static Stmt, d: Depth, exits: &mut Exits) -> Option<Stmt> {
        let w = self.w;
        let at = |kind| Some(Stmt { pos: s.pos, kind });
        let inner = Depth { in_loop: true, ..d };
        match &s.kind {
            StmtKind::Return(xs) => {
                exits.returns = true;
                let mut pre = Vec::new();
                if !xs.is_empty() {
                    let lhs = self.results.iter().map(|r| w.ident_expr(r)).collect();
                    pre.push(Stmt { pos: s.pos, kind: StmtKind::Assign(w.list(lhs), xs) });
                }
                Some(self.stop(2, pre))
            }
            StmtKind::Branch(b @ (Branch::Break | Branch::Continue), l) => {
                let ours = match l {
                    None => !d.in_loop && (*b == Branch::Continue || !d.in_switch),
                    Some(l) => Some(&l.name) == self.label,
                };
                if ours {
                    return Some(if *b == Branch::Continue {
                        Stmt { pos: s.pos, kind: StmtKind::Return(w.list(vec![w.ident_expr("true")])) }
                    } else {
                        self.stop(1, vec![])
                    });
                }
                let l = l.as_ref()?;
                if self.inside.contains(&l.name) {
                    return None;
                }
                Some(self.outer_exit(*b, l, exits))
            }
            StmtKind::Branch(Branch::Goto, Some(l)) if !self.inside.contains(&l.name) => Some(self.outer_exit(Branch::Goto, l, exits)),
            StmtKind::Defer(call) => {
                exits.defers.push(call.id);
                None
            }
            StmtKind::Block(b) => self.block(b, d, exits).map(|b| Stmt { pos: s.pos, kind: StmtKind::Block(b) }),
            StmtKind::Labeled(l, x) => self.stmt(x, d, exits).map(|x| Stmt { pos: s.pos, kind: StmtKind::Labeled(l.clone(), w.p(x)) }),
            StmtKind::If { init, cond, then, els } => {
                let t = self.pblock(then, d, exits);
                let e = els.and_then(|e| self.stmt(e, d, exits));
                if t.is_none() && e.is_none() {
                    return None;
                }
                at(StmtKind::If { init: *init, cond, then: t.unwrap_or(then), els: e.map(|e| w.p(e)).or(*els) })
            }
            StmtKind::For { init, cond, post, body } => {
                let b = self.pblock(body, inner, exits)?;
                at(StmtKind::For { init: *init, cond: *cond, post: *post, body: b })
            }
            StmtKind::Range { key, value, extra, define, x, body } => {
                let b = self.block(body, inner, exits)?;
                at(StmtKind::Range { key: *key, value: *value, extra: *extra, define: *define, x, body: w.p(RangeBody::new(b)) })
            }
            StmtKind::Switch { init, tag, clauses, rbrace } => {
                let cs = self.clauses(clauses, Depth { in_switch: true, ..d }, exits)?;
                at(StmtKind::Switch { init: *init, tag: *tag, clauses: cs, rbrace: *rbrace })
            }
            StmtKind::TypeSwitch { init, bind, x, clauses, rbrace } => {
                let cs = self.clauses(clauses, Depth { in_switch: true, ..d }, exits)?;
                at(StmtKind::TypeSwitch { init: *init, bind: *bind, x, clauses: cs, rbrace: *rbrace })
            }
            StmtKind::Select { clauses, rbrace } => {
                let sd = Depth { in_switch: true, ..d };
                let new: Vec<_> = clauses.iter().map(|c| self.list(c.body, sd, exits)).collect();
                if new.iter().zip(clauses.iter()).all(|(n, c)| std::ptr::eq(*n, c.body)) {
                    return None;
                }
                let cs = clauses.iter().zip(new).map(|(c, body)| CommClause { body, ..c.clone() }).collect();
                at(StmtKind::Select { clauses: w.list(cs), rbrace: *rbrace })
            }
            _ => None,
        }
    }

    fn clauses(&self, clauses: &'static [CaseClause], d: Depth, exits: &mut Exits) -> Option<List<CaseClause>> {
        let new: Vec<_> = clauses.iter().map(|c| self.list(c.body, d, exits)).collect();
        if new.iter().zip(clauses.iter()).all(|(n, c)| std::ptr::eq(*n, c.body)) {
            return None;
        }
        Some(self.w.list(clauses.iter().zip(new).map(|(c, body)| CaseClause { body, ..c.clone() }).collect()))
    }
}

/// The labels declared in `list`, at any depth (not inside function literals).
fn collect_labels(list: &'static [Stmt], out: &mut Vec<Name>) {
    for s in list {
        match &s.kind {
            StmtKind::Labeled(l, x) => {
                out.push(l.name.clone());
                collect_labels(std::slice::from_ref(*x), out);
            }
            StmtKind::Block(b) => collect_labels(b.stmts, out),
            StmtKind::If { then, els, .. } => {
                collect_labels(then.stmts, out);
                if let Some(e) = els {
                    collect_labels(std::slice::from_ref(*e), out);
                }
            }
            StmtKind::For { .. } | StmtKind::Range { .. } => collect_labels(s.kind.loop_body().unwrap().stmts, out),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => clauses.iter().for_each(|c| collect_labels(c.body, out)),
            StmtKind::Select { clauses, .. } => clauses.iter().for_each(|c| collect_labels(c.body, out)),
            _ => {}
        }
    }
}
