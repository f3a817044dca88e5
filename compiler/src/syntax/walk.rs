//! A syntax tree walker: implementors override the hooks they care about and call
//! `walk_*` to continue into children. Type expressions are not entered (they hold
//! no run-time values); function literal bodies are.

use super::ast::*;

pub trait Visitor {
    fn expr(&mut self, e: &'static Expr) {
        walk_expr(self, e)
    }
    fn stmt(&mut self, s: &'static Stmt) {
        walk_stmt(self, s)
    }
}

pub fn walk_block<V: Visitor + ?Sized>(v: &mut V, b: &'static Block) {
    for s in b.stmts.iter() {
        v.stmt(s);
    }
}

pub fn walk_expr<V: Visitor + ?Sized>(v: &mut V, e: &'static Expr) {
    match &e.kind {
        ExprKind::Composite { elems, .. } => {
            for el in elems.iter() {
                // (a struct literal's field-name keys resolve to no object)
                if let Some(k) = &el.key {
                    v.expr(k);
                }
                v.expr(&el.value);
            }
        }
        ExprKind::FuncLit(lit) => walk_block(v, &lit.body),
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => v.expr(x),
        ExprKind::Selector(x, _, _) => v.expr(x),
        ExprKind::Index { x, index, .. } => {
            v.expr(x);
            for i in index.iter() {
                v.expr(i);
            }
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            v.expr(x);
            for i in [lo, hi, max].into_iter().flatten() {
                v.expr(i);
            }
        }
        ExprKind::TypeAssert { x, .. } => v.expr(x),
        ExprKind::Call { fun, args, .. } => {
            v.expr(fun);
            for a in args.iter() {
                v.expr(a);
            }
        }
        ExprKind::Binary { x, y, .. } => {
            v.expr(x);
            v.expr(y);
        }
        _ => {}
    }
}

pub fn walk_stmt<V: Visitor + ?Sized>(v: &mut V, s: &'static Stmt) {
    let s = s.lowered();
    match &s.kind {
        StmtKind::Empty | StmtKind::Branch(..) => {}
        StmtKind::Decl(Decl::Var(specs)) => {
            for spec in specs.iter() {
                for e in spec.values.iter() {
                    v.expr(e);
                }
            }
        }
        StmtKind::Decl(_) => {}
        StmtKind::Labeled(_, s) => v.stmt(s),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec(e, _) => v.expr(e),
        StmtKind::Send(a, b) | StmtKind::OpAssign(_, a, b) => {
            v.expr(a);
            v.expr(b);
        }
        StmtKind::Assign(l, r) | StmtKind::Define(l, r, _) => {
            for e in l.iter().chain(r.iter()) {
                v.expr(e);
            }
        }
        StmtKind::Return(rs) => {
            for e in rs.iter() {
                v.expr(e);
            }
        }
        StmtKind::Block(b) => walk_block(v, b),
        StmtKind::If { init, cond, then, els } => {
            if let Some(i) = init {
                v.stmt(i);
            }
            v.expr(cond);
            walk_block(v, then);
            if let Some(e) = els {
                v.stmt(e);
            }
        }
        StmtKind::Switch { init, tag, clauses, .. } => {
            if let Some(i) = init {
                v.stmt(i);
            }
            if let Some(t) = tag {
                v.expr(t);
            }
            for c in clauses.iter() {
                for e in c.exprs.iter().flat_map(|x| x.iter()) {
                    v.expr(e);
                }
                for s in c.body.iter() {
                    v.stmt(s);
                }
            }
        }
        StmtKind::TypeSwitch { init, x, clauses, .. } => {
            if let Some(i) = init {
                v.stmt(i);
            }
            v.expr(x);
            for c in clauses.iter() {
                for s in c.body.iter() {
                    v.stmt(s);
                }
            }
        }
        StmtKind::Select { clauses, .. } => {
            for c in clauses.iter() {
                if let Some(s) = &c.comm {
                    v.stmt(s);
                }
                for s in c.body.iter() {
                    v.stmt(s);
                }
            }
        }
        StmtKind::For { init, cond, post, body } => {
            if let Some(i) = init {
                v.stmt(i);
            }
            if let Some(c) = cond {
                v.expr(c);
            }
            if let Some(p) = post {
                v.stmt(p);
            }
            walk_block(v, body);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            v.expr(x);
            for e in [key, value].into_iter().flatten() {
                v.expr(e);
            }
            walk_block(v, body);
        }
    }
}
