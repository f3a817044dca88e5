//! Where gc would keep the backing store of each local slice variable.
//!
//! Programs observe this through `cap`: gc 1.27 gives a slice whose store never
//! escapes a 32-byte stack buffer at its first `append` to an empty slice, and a
//! slice that escapes at exactly one place (its "transition": returned, assigned,
//! ranged over, passed on) grows one malloc size class at a time while it fits in
//! that buffer (cmd/compile's slice pass and growsliceBuf). This pass approximates
//! both analyses by syntax, function by function (gc also sees through inlining,
//! which this cannot).

use super::Backend;
use crate::syntax::ast::{Block, Expr, ExprKind, Stmt, StmtKind, UnOp};
use crate::syntax::walk::{walk_block, walk_expr, walk_stmt, Visitor};
use crate::types::object::{Mode, ObjId, ObjKind, VarKind};
use crate::types::typ::Type;
use rustc_hash::FxHashMap;

/// gc's stack buffer for slices that do not escape, in bytes.
pub const STACK_BUF_BYTES: i64 = 32;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SliceStore {
    /// It never escapes: the first `append` to an empty slice gets a 32-byte
    /// buffer, `[]rune(s)` a 32-rune one if it fits, `[]byte(s)` the exact size.
    Stack,
    /// It escapes at one place and its capacity is used: appends grow it one
    /// size class at a time while it fits in 32 bytes.
    SizeClasses,
}

/// What the uses of one slice variable allow.
#[derive(Default)]
struct Uses {
    /// Escape analysis: the store may outlive the function.
    escapes: bool,
    /// The slice pass: a use it does not understand.
    opaque: bool,
    transitions: u32,
    transition_in_loop: bool,
    cap_used: bool,
    /// `v = append(v, ...)` sites, weighted by loop nesting.
    append_weight: u32,
    decl_depth: u32,
}

struct Slices<'a, 'p> {
    be: &'a mut Backend<'p>,
    vars: FxHashMap<ObjId, Uses>,
    loop_depth: u32,
}

/// Classifies the slice variables of a function body.
pub fn analyze(be: &mut Backend, body: &'static Block) {
    let mut a = Slices { be, vars: FxHashMap::default(), loop_depth: 0 };
    walk_block(&mut a, body);
    for (o, u) in a.vars {
        // captured or address-taken variables live in cells: their stores escape
        if a.be.facts.boxed.contains(&o) {
            continue;
        }
        // the slice pass moves the store to the heap at its transition, so the
        // appends before can use the buffer (one size class at a time when the
        // capacity is observed); without it, escape analysis decides
        let moved = !u.opaque && u.transitions == 1 && !u.transition_in_loop && u.append_weight >= 2;
        let store = if moved && u.cap_used {
            SliceStore::SizeClasses
        } else if !u.escapes {
            SliceStore::Stack
        } else {
            continue;
        };
        a.be.facts.slice_stores.insert(o, store);
    }
}

impl Slices<'_, '_> {
    /// The tracked variable `e` names.
    fn var(&self, e: &Expr) -> Option<ObjId> {
        let e = e.unparen();
        let ExprKind::Ident(_) = e.kind else {
            return None;
        };
        let o = self.be.p.info.objs.use_of(e.id)?;
        self.vars.contains_key(&o).then_some(o)
    }

    fn uses(&mut self, e: &Expr) -> Option<&mut Uses> {
        let o = self.var(e)?;
        self.vars.get_mut(&o)
    }

    fn declare(&mut self, o: ObjId) {
        let types = &self.be.p.types;
        let obj = self.be.p.obj(o);
        if !matches!(obj.kind, ObjKind::Var(VarKind::Local)) {
            return;
        }
        if let Type::Slice(e) = *types.get(types.underlying(obj.typ)) {
            if (1..=STACK_BUF_BYTES as u64).contains(&self.be.repr(e).size) {
                self.vars.insert(o, Uses { decl_depth: self.loop_depth, ..Uses::default() });
            }
        }
    }

    fn transition(&mut self, e: &Expr) {
        let depth = self.loop_depth;
        if let Some(u) = self.uses(e) {
            u.escapes = true;
            u.transitions += 1;
            u.transition_in_loop |= depth > u.decl_depth;
        }
    }

    fn is_builtin(&self, f: &Expr, name: &str) -> bool {
        let f = f.unparen();
        matches!(&f.kind, ExprKind::Ident(n) if &**n == name)
            && self.be.p.info.objs.use_of(f.id).is_some_and(|o| matches!(self.be.p.obj(o).kind, ObjKind::Builtin(_)))
    }

    fn is_conversion(&self, f: &Expr) -> bool {
        self.be.p.info.types.get(f.id).is_some_and(|tv| tv.mode == Mode::Type)
    }

    /// `v = rhs` (or `v := rhs`).
    fn assign(&mut self, lhs: &'static Expr, rhs: &'static Expr) {
        if let Some(o) = self.be.p.info.objs.def(lhs.id) {
            self.declare(o);
        }
        let o = self.be.p.info.objs.def(lhs.id).filter(|o| self.vars.contains_key(o)).or_else(|| self.var(lhs));
        // the right side first: `w` in `v = w` is a transition of w
        let same = |a: &Self, x: &Expr| o.is_some() && a.var(x) == o;
        let depth = self.loop_depth;
        match &rhs.unparen().kind {
            ExprKind::Call { fun, args, dots, .. } if self.is_builtin(fun, "append") => {
                if let (Some(o), true) = (o, same(self, &args[0])) {
                    let u = self.vars.get_mut(&o).unwrap();
                    u.append_weight += 1 + depth.saturating_sub(u.decl_depth);
                } else {
                    self.expr(&args[0]);
                }
                self.append_operands(args, *dots);
            }
            ExprKind::Slice { x, lo, hi, max, .. } if same(self, x) => {
                self.vars.get_mut(&o.unwrap()).unwrap().cap_used = true;
                for i in [lo, hi, max].into_iter().flatten() {
                    self.expr(i);
                }
            }
            ExprKind::Ident(_) if self.var(rhs).is_some() => self.transition(rhs),
            ExprKind::Composite { .. } => {
                if let Some(o) = o {
                    self.vars.get_mut(&o).unwrap().cap_used = true;
                }
                self.expr(rhs);
            }
            _ => {
                let nil = matches!(&rhs.unparen().kind, ExprKind::Ident(n) if &**n == "nil");
                if let (Some(o), false) = (o, nil || self.be.p.info.objs.def(lhs.id).is_some()) {
                    // a store from elsewhere: fine for escape analysis, beyond the slice pass
                    self.vars.get_mut(&o).unwrap().opaque = true;
                }
                self.expr(rhs);
            }
        }
        if o.is_none() && self.be.p.info.objs.def(lhs.id).is_none() {
            self.expr(lhs);
        }
    }

    /// The operands of `append` after the first: stored elements, or copied ones
    /// (`w...`).
    fn append_operands(&mut self, args: &'static [Expr], dots: bool) {
        for (i, a) in args.iter().enumerate().skip(1) {
            match self.uses(a) {
                Some(u) if dots && i == args.len() - 1 => u.opaque = true,
                _ => self.expr(a),
            }
        }
    }
}

impl Visitor for Slices<'_, '_> {
    fn expr(&mut self, e: &'static Expr) {
        match &e.kind {
            ExprKind::Ident(_) => {
                if let Some(o) = self.be.p.info.objs.def(e.id) {
                    self.declare(o);
                } else if let Some(u) = self.uses(e) {
                    // a use neither analysis understands
                    u.escapes = true;
                    u.opaque = true;
                }
                return;
            }
            ExprKind::Call { fun, args, .. } if self.is_builtin(fun, "len") || self.is_builtin(fun, "cap") => {
                let cap = self.is_builtin(fun, "cap");
                match self.uses(&args[0]) {
                    Some(u) => u.cap_used |= cap,
                    None => self.expr(&args[0]),
                }
                return;
            }
            ExprKind::Call { fun, args, .. }
                if self.is_builtin(fun, "copy") || self.is_builtin(fun, "clear") || (self.is_conversion(fun) && args.len() == 1) =>
            {
                // copies of the elements: the store stays
                for a in args.iter() {
                    match self.uses(a) {
                        Some(u) => u.opaque = true,
                        None => self.expr(a),
                    }
                }
                return;
            }
            ExprKind::Call { fun, args, dots, .. } if self.is_builtin(fun, "append") => {
                // an append whose result goes elsewhere: its first operand's store
                // may be shared
                self.expr(&args[0]);
                self.append_operands(args, *dots);
                return;
            }
            ExprKind::Call { fun, args, .. }
                if !self.is_conversion(fun)
                    && self.be.p.info.objs.use_of(fun.unparen().id).is_some_and(|o| self.be.is_func_obj(o) && !self.be.is_native(o)) =>
            {
                // passing a slice on: gc tells from the callee whether it leaks;
                // minigo counts it as the transition of an inlined call would be
                self.expr(fun);
                for a in args.iter() {
                    if self.var(a).is_some() {
                        self.transition(a);
                        self.uses(a).unwrap().cap_used = true;
                    } else {
                        self.expr(a);
                    }
                }
                return;
            }
            ExprKind::Index { x, index, .. } if self.var(x).is_some() => {
                for i in index.iter() {
                    self.expr(i);
                }
                return;
            }
            ExprKind::Unary(UnOp::Addr, x) => {
                // &v[i] points into the store
                if let ExprKind::Index { x: base, .. } = &x.unparen().kind {
                    if let Some(u) = self.uses(base) {
                        u.escapes = true;
                        u.opaque = true;
                    }
                }
            }
            _ => {}
        }
        walk_expr(self, e);
    }

    fn stmt(&mut self, s: &'static Stmt) {
        match &s.kind {
            StmtKind::Assign(l, r) | StmtKind::Define(l, r, _) if l.len() == r.len() => {
                for (l, r) in l.iter().zip(r.iter()) {
                    self.assign(l, r);
                }
            }
            StmtKind::Decl(crate::syntax::ast::Decl::Var(specs)) => {
                for spec in specs.iter() {
                    for n in spec.names.iter() {
                        if let Some(o) = self.be.p.info.objs.def(n.id) {
                            self.declare(o);
                        }
                    }
                    for v in spec.values.iter() {
                        self.expr(v);
                    }
                }
            }
            StmtKind::Return(rs) => {
                for r in rs.iter() {
                    if self.var(r).is_some() {
                        self.transition(r);
                    } else {
                        self.expr(r);
                    }
                }
            }
            StmtKind::Range { body, .. } if body.lowered.get().is_some() => self.stmt(s.lowered()),
            StmtKind::Range { key, value, x, body, .. } => {
                if self.var(x).is_some() {
                    // the loop keeps a pointer to the store: a transition for the
                    // slice pass, harmless for escape analysis
                    let depth = self.loop_depth;
                    let u = self.uses(x).unwrap();
                    u.transitions += 1;
                    u.transition_in_loop |= depth > u.decl_depth;
                } else {
                    self.expr(x);
                }
                self.loop_depth += 1;
                for e in [key, value].into_iter().flatten() {
                    self.expr(e);
                }
                walk_block(self, body);
                self.loop_depth -= 1;
            }
            StmtKind::For { .. } => {
                self.loop_depth += 1;
                walk_stmt(self, s);
                self.loop_depth -= 1;
            }
            _ => walk_stmt(self, s),
        }
    }
}
