//! The order in which the operands of one expression list are evaluated, as gc
//! orders them (its `walk/order.go`).
//!
//! The spec fixes only the order of the calls, method calls, receive operations
//! and logical operations of an expression list; when a plain operand is read is
//! left open. gc evaluates the calls first, left to right, each into a
//! temporary, and reads the other operands afterwards, so in
//!
//! ```go
//! x := 1
//! f := func() int { x = 10; return 1 }
//! fmt.Println(x, f())   // 10 1
//! y := x + f()          // 11 (with x = 1 again)
//! ```
//!
//! every Go program prints what that order gives. Here, where gc orders a list —
//! the arguments of a call, the two operands of a binary operator, the operands
//! of an index or slice expression, the elements of a composite literal, both
//! sides of an assignment — the calls in it are evaluated first (`hoist`), in
//! the order the spec gives, and their results kept in `FnCtx::hoisted` until
//! the operand walk reaches them.
//!
//! What counts as a call is what gc takes out of the expression: function and
//! method calls, builtin calls (gc reads `len(s)` before a later call changes
//! `s`), receives, `&T{...}` (an allocation) and the logical operators (whose
//! right operand runs conditionally: it is ordered when it runs). Conversions
//! are not calls: their operand is searched. Function literals are not entered.

use super::func::{FnCtx, Val};
use crate::syntax::ast::{BinOp, Expr, ExprKind, UnOp};
use crate::types::object::Mode;
use smallvec::SmallVec;

impl FnCtx<'_, '_, '_> {
    /// Evaluates the operands of `list` in gc's order: the calls first, then
    /// `eval` of the list, which reads the calls' results where it meets them.
    pub(super) fn ordered<R>(&mut self, list: &[&'static Expr], eval: impl FnOnce(&mut Self) -> R) -> R {
        // a single operand has nothing to be ordered against; the operands of an
        // operand of a list being evaluated had their calls hoisted with it
        // (which keeps this linear in the depth of nested operators)
        if list.len() < 2 || self.in_ordered_list {
            return eval(self);
        }
        let mut hoisted = SmallVec::<[&'static Expr; 4]>::new();
        for e in list {
            self.hoist(e, &mut hoisted);
        }
        self.in_ordered_list = true;
        let r = eval(self);
        self.in_ordered_list = false;
        for e in hoisted {
            // every hoisted result is read by the walk that follows: one left
            // over means a path that evaluated the call again (a compiler bug,
            // reported rather than run twice)
            if self.hoisted.remove(&e.id).is_some() {
                self.unsupported(e.pos, "this call's evaluation order (internal error: evaluated twice)");
            }
        }
        r
    }

    /// The result of `e` if it was evaluated ahead (see `ordered`).
    pub(super) fn take_hoisted(&mut self, e: &Expr) -> Option<Val> {
        if self.hoisted.is_empty() {
            return None;
        }
        self.hoisted.remove(&e.id)
    }

    /// Evaluates the calls in `e`, in evaluation order, recording their results.
    fn hoist(&mut self, e: &'static Expr, done: &mut SmallVec<[&'static Expr; 4]>) {
        if self.be.p.info.consts.contains_key(e.id) || self.hoisted.contains_key(&e.id) {
            return;
        }
        let call = match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                if self.be.p.info.types.get(fun.unparen().id).is_some_and(|tv| tv.mode == Mode::Type) {
                    // a conversion
                    for a in args.iter() {
                        self.hoist(a, done);
                    }
                    return;
                }
                true
            }
            ExprKind::Unary(UnOp::Recv, _) | ExprKind::Binary { op: BinOp::LAnd | BinOp::LOr, .. } => true,
            ExprKind::Unary(UnOp::Addr, x) => matches!(x.unparen().kind, ExprKind::Composite { .. }),
            _ => false,
        };
        if call {
            // its own operands are a list of their own
            let v = self.expr(e);
            self.hoisted.insert(e.id, v);
            done.push(e);
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::TypeAssert { x, .. } => self.hoist(x, done),
            // a value's field or method, not a package's name
            ExprKind::Selector(x, _, _) if self.be.p.info.types.get(x.id).is_some() => self.hoist(x, done),
            ExprKind::Binary { x, y, .. } => {
                self.hoist(x, done);
                self.hoist(y, done);
            }
            // not an instantiation (`F[int]`)
            ExprKind::Index { x, index, .. } if self.node_type(x.id).is_none_or(|t| self.be.p.types.signature(t).is_none()) => {
                self.hoist(x, done);
                for i in index.iter() {
                    self.hoist(i, done);
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.hoist(x, done);
                for i in [lo, hi, max].into_iter().flatten() {
                    self.hoist(i, done);
                }
            }
            ExprKind::Composite { elems, .. } => {
                for el in elems.iter() {
                    if let Some(k) = &el.key {
                        self.hoist(k, done);
                    }
                    self.hoist(&el.value, done);
                }
            }
            _ => {}
        }
    }
}
