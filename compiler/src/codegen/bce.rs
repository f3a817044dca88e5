//! Bounds-check elimination for the two loop shapes where Go's prove pass makes it
//! matter most: `for i := range s { ... s[i] ... }` and
//! `for i := 0; i < len(s); i++ { ... s[i] ... }`, when neither `s` nor `i` can
//! change inside the loop (local SSA variables that the body never assigns).

use super::Backend;
use crate::syntax::ast::{BinOp, Block, Expr, ExprKind, Stmt, StmtKind};
use crate::syntax::walk::{walk_block, walk_stmt, Visitor};
use crate::types::object::{ObjId, ObjKind, VarKind};

/// Whether `vars` are all local variables in SSA form that `body` never assigns.
pub fn unmodified(be: &Backend, vars: &[ObjId], body: &'static Block, post: Option<&'static Stmt>) -> bool {
    if vars.iter().any(|o| !matches!(be.p.obj(*o).kind, ObjKind::Var(VarKind::Local | VarKind::Param)) || be.facts.boxed.contains(o)) {
        return false;
    }
    let mut s = Assigned { be, vars, hit: false };
    walk_block(&mut s, body);
    if let Some(p) = post {
        s.stmt(p);
    }
    !s.hit
}

/// The variable an identifier expression uses.
pub fn var_of(be: &Backend, e: &Expr) -> Option<ObjId> {
    let e = e.unparen();
    matches!(e.kind, ExprKind::Ident(_)).then(|| be.p.info.objs.use_of(e.id).or_else(|| be.p.info.objs.def(e.id)))?
}

/// `for i := 0; i < len(s); i++` with a constant, non-negative start: (s, i).
pub fn counted_loop(be: &Backend, init: Option<&'static Stmt>, cond: Option<&'static Expr>, post: Option<&'static Stmt>) -> Option<(ObjId, ObjId)> {
    let StmtKind::Define(l, r, _) = &init?.kind else { return None };
    if l.len() != 1 || be.p.info.consts.get(r[0].id).and_then(|c| c.to_i64()).is_none_or(|v| v < 0) {
        return None;
    }
    let i = be.p.info.objs.def(l[0].id)?;
    let ExprKind::Binary { op: BinOp::Lss, x, y, .. } = &cond?.unparen().kind else { return None };
    let ExprKind::Call { fun, args, .. } = &y.unparen().kind else { return None };
    let is_len = matches!(&fun.unparen().kind, ExprKind::Ident(n) if &**n == "len")
        && be.p.info.objs.use_of(fun.unparen().id).is_some_and(|o| matches!(be.p.obj(o).kind, ObjKind::Builtin(_)));
    if !is_len || var_of(be, x) != Some(i) {
        return None;
    }
    let s = var_of(be, &args[0])?;
    let StmtKind::IncDec(p, true) = &post?.kind else { return None };
    (var_of(be, p) == Some(i)).then_some((s, i))
}

struct Assigned<'a, 'p> {
    be: &'a Backend<'p>,
    vars: &'a [ObjId],
    hit: bool,
}

impl Assigned<'_, '_> {
    fn target(&mut self, e: &Expr) {
        if var_of(self.be, e).is_some_and(|o| self.vars.contains(&o)) {
            self.hit = true;
        }
    }
}

impl Visitor for Assigned<'_, '_> {
    fn stmt(&mut self, s: &'static Stmt) {
        match &s.kind {
            StmtKind::Assign(l, _) | StmtKind::Define(l, _, _) => l.iter().for_each(|e| self.target(e)),
            StmtKind::IncDec(e, _) => self.target(e),
            StmtKind::OpAssign(_, e, _) => self.target(e),
            StmtKind::Range { key, value, define: false, .. } => [key, value].into_iter().flatten().for_each(|e| self.target(e)),
            _ => {}
        }
        walk_stmt(self, s);
    }
}
