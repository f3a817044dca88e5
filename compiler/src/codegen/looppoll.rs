//! Preemption polls at loop back-edges.
//!
//! minigo preempts cooperatively (runtime/src/preempt.rs): `sysmon` asks a
//! goroutine that has run too long to yield, and the goroutine notices at its
//! next function entry or loop back-edge. A loop that makes no call would never
//! reach an entry, so every loop's back-edge polls `g.preempt` — except that a
//! poll on every iteration costs a tight loop a load and a branch (25% of a
//! matrix product's inner loop), so innermost loops poll less often, in one of
//! two ways:
//!
//!   - **Strip-mining** (`Chunk`), for a loop that counts up to a bound the
//!     body cannot change: `for i := range s`, `for i := range n` and
//!     `for ...; i < n; i++` where `n` is a constant, an unassigned local or
//!     the length of one. The back-edge compares `i` with `limit`, at most
//!     `POLL_EVERY` iterations ahead and never past the bound, instead of with
//!     the bound itself, so the hot path has no more instructions than an
//!     unpolled loop. Reaching `limit`, the loop tests its real condition,
//!     polls and sets the next limit. Invariant: inside the
//!     loop, `i < limit ≤ bound` (in the counter's order), so `i < limit`
//!     implies the loop's condition and skipping its test is exact, and `i`,
//!     stepping by one, reaches `limit` exactly, after at most `POLL_EVERY`
//!     iterations.
//!   - **No poll**, for other innermost loops that make no call at all (not
//!     even one to be inlined) — the rest of the time a tight loop spends
//!     computing: their code is marked async-safe (`codemap::ASYNC_SAFE`), and
//!     the runtime stops them with a signal (`runtime/src/preempt.rs`). In
//!     such a loop the goroutine may move to another M, which the code does
//!     not see: a `sequence_point` at its head, no machine code, keeps
//!     Cranelift from reusing a load of `g.m` made before the loop after it
//!     (its alias analysis treats the point as a fence).
//!   - **A budget**, for the remaining innermost loops (their calls are to
//!     functions to be inlined, whose code may allocate from the M's cache or
//!     return results through it, and so cannot be stopped anywhere): a
//!     register counting down from `POLL_EVERY`, one per iteration (a
//!     subtraction and a branch, where a poll would load `g`, often spilled,
//!     and `g.preempt`); the loop polls when it runs out.
//!
//! Strip-mining and the budget bound the delay a poll adds: an innermost
//! loop's body has no loop, and one that makes a call polls on every iteration
//! instead (a call may allocate, and a collection it starts waits for every
//! other goroutine to stop). Other loops and `goto`s poll every time.
//! `MINIGODEBUG=looppoll=0` compiles loops without polls (for measuring them).

use super::codemap::ASYNC_SAFE;
use super::func::{FnCtx, Local};
use super::stmt::innermost;
use crate::syntax::ast::*;
use crate::types::object::{Builtin, ObjKind};
use crate::types::typ::Type;
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::{self, condcodes::IntCC, types::*, InstBuilder, Value};
use cranelift_frontend::Variable;
use minigo_runtime::entries::Entry;

/// How many iterations of an innermost counted loop run between its polls.
const POLL_EVERY: i64 = 1024;

/// A strip-mined loop's state (see the top of the file).
pub(super) struct Chunk {
    /// The loop's counter.
    counter: Variable,
    /// The counter value at which the loop next polls. Invariant: `counter <
    /// limit ≤ bound` in the body, in `cc`'s order.
    limit: Variable,
    /// The loop's bound, evaluated once before the loop (the body cannot change it).
    bound: Value,
    /// The loop's condition, `counter cc bound`: `<`, signed or unsigned.
    cc: IntCC,
}

fn polls() -> bool {
    minigo_runtime::debug::vars().looppoll
}

impl FnCtx<'_, '_, '_> {
    /// The strip-mining of `for ...; i < n; i++` before its head is lowered
    /// (the counter and bound as they are on entry), or `None` for another loop.
    pub(super) fn chunk_of_for(&mut self, cond: Option<&'static Expr>, post: Option<&'static Stmt>, body: &'static Block) -> Option<Chunk> {
        if !polls() {
            return None;
        }
        // the counter: an integer local in SSA that only `post` steps, by one
        let StmtKind::IncDec(x, true) = &post?.kind else { return None };
        let i = super::bce::var_of(self.be, x)?;
        let ExprKind::Binary { op: BinOp::Lss, x: ix, y, .. } = &cond?.unparen().kind else { return None };
        let typ = self.be.p.obj(i).typ;
        // a narrower counter could not count POLL_EVERY
        let wide = self.be.p.types.is_integer(typ) && matches!(self.repr(typ).parts[0].0, I32 | I64);
        if !wide
            || super::bce::var_of(self.be, ix) != Some(i)
            || !innermost(body)
            || !super::bce::unmodified(self.be, &[i], body, None)
            || !self.invariant(y, body)
        {
            return None;
        }
        let Some(Local::Ssa(vars)) = self.locals.get(&i) else { return None };
        let counter = vars[0];
        let cc = if self.be.p.types.is_unsigned(typ) { IntCC::UnsignedLessThan } else { IntCC::SignedLessThan };
        let bound = self.expr(y)[0];
        Some(self.chunk(counter, bound, cc))
    }

    /// The strip-mining of a range loop over a slice, array or integer whose
    /// index runs below `len`, or `None` if its body is not innermost.
    pub(super) fn chunk_of_range(&mut self, index: Variable, len: Value, body: &'static Block) -> Option<Chunk> {
        (polls() && innermost(body)).then(|| self.chunk(index, len, IntCC::SignedLessThan))
    }

    fn chunk(&mut self, counter: Variable, bound: Value, cc: IntCC) -> Chunk {
        let start = self.b.use_var(counter);
        let limit = self.b.declare_var(self.b.func.dfg.value_type(start));
        let first = self.chunk_limit(start, bound);
        self.b.def_var(limit, first);
        Chunk { counter, limit, bound, cc }
    }

    /// `i + POLL_EVERY`, or `bound` if that is nearer. Only used where `i cc
    /// bound` holds, so `bound - i` is the distance, exact as an unsigned number.
    fn chunk_limit(&mut self, i: Value, bound: Value) -> Value {
        let rest = self.b.ins().isub(bound, i);
        let far = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, rest, POLL_EVERY);
        let next = self.b.ins().iadd_imm_s(i, POLL_EVERY);
        self.b.ins().select(far, next, bound)
    }

    /// Whether a strip-mined loop whose code starts at `head` can end with
    /// `chunked_back_edge`: its back-edge is reached and its body makes no call
    /// (polling every `POLL_EVERY` iterations is enough only then).
    pub(super) fn can_chunk(&mut self, head: ir::Block) -> bool {
        !self.dead && !self.calls_since(head)
    }

    /// The back-edge of a strip-mined loop, its counter stepped: on to `body`
    /// while the counter is below the limit; at the limit, the loop's condition
    /// decides between `exit` and a poll, a new limit and `body`. There the
    /// counter *is* the limit (it steps by one from below it), and is redefined
    /// as such so that the stepped value dies at the comparison: live on to the
    /// poll, it would be a second register, and a move on the hot edge.
    pub(super) fn chunked_back_edge(&mut self, c: &Chunk, body: ir::Block, exit: ir::Block) {
        let (i, limit) = (self.b.use_var(c.counter), self.b.use_var(c.limit));
        let below = self.b.ins().icmp(c.cc, i, limit);
        let at_limit = self.b.create_block();
        self.b.ins().brif(below, body, &[], at_limit, &[]);
        self.b.switch_to_block(at_limit);
        self.b.def_var(c.counter, limit);
        let more = self.b.ins().icmp(c.cc, limit, c.bound);
        // once every POLL_EVERY iterations, out of the way of the loop's code
        let (poll, polled) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(poll);
        self.b.set_cold_block(polled);
        self.b.ins().brif(more, poll, &[], exit, &[]);
        self.b.switch_to_block(poll);
        self.poll_to(polled);
        let next = self.chunk_limit(limit, c.bound);
        self.b.def_var(c.limit, next);
        self.b.ins().jump(body, &[]);
    }

    /// Whether `e`, a loop's bound, has the same value on every iteration of
    /// `body` and no effects: a constant, a local in SSA the body never
    /// assigns, or the length or capacity of such a string, slice or array.
    fn invariant(&self, e: &'static Expr, body: &'static Block) -> bool {
        if self.be.p.info.consts.contains_key(e.id) {
            return true;
        }
        let var = |e: &'static Expr| {
            super::bce::var_of(self.be, e)
                .is_some_and(|o| super::bce::unmodified(self.be, &[o], body, None) && matches!(self.locals.get(&o), Some(Local::Ssa(_))))
        };
        match &e.unparen().kind {
            ExprKind::Ident(_) => var(e),
            ExprKind::Call { fun, args, dots: false, .. } if args.len() == 1 => {
                let builtin = self.be.p.info.objs.use_of(fun.unparen().id).map(|o| &self.be.p.obj(o).kind);
                let types = &self.be.p.types;
                // a map's or channel's length changes without an assignment
                let fixed = match types.get(types.underlying(self.node_type(args[0].id).unwrap_or(crate::types::typ::INVALID))) {
                    Type::Basic(b) => b.is_string(),
                    Type::Slice(_) | Type::Array(..) => true,
                    _ => false,
                };
                matches!(builtin, Some(ObjKind::Builtin(Builtin::Len | Builtin::Cap))) && fixed && var(&args[0])
            }
            _ => false,
        }
    }

    /// The poll budget of an innermost loop that is not strip-mined, set
    /// before its head: `None` for a loop with a loop inside.
    pub(super) fn budget(&mut self, body: &'static Block) -> Option<Variable> {
        (polls() && innermost(body)).then(|| {
            let budget = self.b.declare_var(I64);
            let full = self.iconst(I64, POLL_EVERY);
            self.b.def_var(budget, full);
            budget
        })
    }

    /// The back-edge poll of a loop whose code starts at block `head`, with
    /// the loop's `budget`: none for an innermost loop that can be stopped
    /// asynchronously (true: its code is to be marked with `mark_async_safe`
    /// once its back-edge branch is made); an innermost loop without calls
    /// that stay calls spends one unit of it per iteration and polls (and
    /// refills it) when it runs out; another loop polls every time.
    pub(super) fn back_edge_poll(&mut self, budget: Option<Variable>, head: ir::Block) -> bool {
        let Some(budget) = budget.filter(|_| !self.calls_since(head)) else {
            self.preempt_check();
            return false;
        };
        if self.async_stoppable(head) {
            return true;
        }
        let left = self.b.use_var(budget);
        let left = self.b.ins().iadd_imm_s(left, -1);
        self.b.def_var(budget, left);
        let (poll, cont) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(poll);
        self.b.ins().brif(left, cont, &[], poll, &[]);
        self.b.switch_to_block(poll);
        let polled = self.b.create_block();
        self.b.set_cold_block(polled);
        self.poll_to(polled);
        let full = self.iconst(I64, POLL_EVERY);
        self.b.def_var(budget, full);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
        false
    }

    /// Whether the innermost loop whose code starts at block `head` can be
    /// stopped asynchronously rather than poll: its code makes no call that
    /// returns, even one to be inlined, and has no position too large for the
    /// mark. Blocks that end the function (a return, whose results may go
    /// through `M::retbuf`; a panic) do not count: they are left unmarked.
    fn async_stoppable(&self, head: ir::Block) -> bool {
        let f = &self.b.func;
        self.loop_code(head).into_iter().all(|i| {
            let bits = f.srcloc(i).bits();
            !f.dfg.insts[i].opcode().is_call() && (bits == u32::MAX || bits & ASYNC_SAFE == 0)
        })
    }

    /// Marks the code of an `async_stoppable` loop at `pos`, its back-edge
    /// branch made, as code where the goroutine may be stopped asynchronously
    /// — all of it, code without a position taking the loop's, so that even a
    /// loop whose body compiles to nothing has its branch marked — and puts a
    /// `sequence_point` at its head (see the overview).
    pub(super) fn mark_async_safe(&mut self, head: ir::Block, pos: u32) {
        let pos = if pos & ASYNC_SAFE == 0 { pos } else { u32::MAX };
        for i in self.loop_code(head) {
            let bits = match self.b.func.srcloc(i).bits() {
                u32::MAX => pos,
                bits => bits,
            };
            if bits != u32::MAX {
                self.b.func.set_srcloc(i, ir::SourceLoc::new(bits | ASYNC_SAFE));
            }
        }
        let mut cur = FuncCursor::new(self.b.func);
        cur.goto_first_insertion_point(head);
        cur.ins().sequence_point();
    }

    /// The instructions lowered from block `head` on, but for those of blocks
    /// that end the function (in a return or a trap).
    fn loop_code(&self, head: ir::Block) -> Vec<ir::Inst> {
        let f = &self.b.func;
        self.blocks_since(head, true).flat_map(|b| f.layout.block_insts(b)).collect()
    }

    /// The blocks lowered from block `from` on, but for those that end in a
    /// trap (a panic's, whose call does not return) and, if `returns`, in a
    /// return.
    fn blocks_since(&self, from: ir::Block, returns: bool) -> impl Iterator<Item = ir::Block> + '_ {
        let f = &self.b.func;
        let ends =
            move |b: ir::Block| f.layout.last_inst(b).map(|i| f.dfg.insts[i].opcode()).is_some_and(|op| op == ir::Opcode::Trap || (returns && op.is_return()));
        f.layout.blocks().filter(move |&b| b.as_u32() >= from.as_u32() && !ends(b))
    }

    /// Whether the code lowered from block `from` on makes a call that returns
    /// (a panic's does not) and will stay a call: a direct call of a function
    /// small enough to inline is not one (the inliner runs after lowering; the
    /// callee is lowered now if it was not yet, as the inliner would: see
    /// `Backend::will_inline`). Should
    /// the inliner keep such a call after all (it inlines at most `MAX_SITES`
    /// calls into a function), its loop polls every `POLL_EVERY` iterations,
    /// still a bounded delay.
    fn calls_since(&mut self, from: ir::Block) -> bool {
        let f = &self.b.func;
        let mut callees = Vec::new();
        for b in self.blocks_since(from, false) {
            for i in f.layout.block_insts(b).filter(|&i| f.dfg.insts[i].opcode().is_call()) {
                match super::inline::direct_callee(f, i) {
                    Some(id) => callees.push(id),
                    None => return true,
                }
            }
        }
        callees.into_iter().any(|id| !self.be.will_inline(id))
    }

    /// A back-edge preemption point: loops poll `g.preempt`, set by `sysmon` for
    /// a goroutine that has run too long.
    pub(super) fn preempt_check(&mut self) {
        if !polls() {
            return;
        }
        let cont = self.b.create_block();
        self.poll_to(cont);
    }

    /// Polls `g.preempt` (yielding if it is set), then continues at `cont`.
    fn poll_to(&mut self, cont: ir::Block) {
        let asked = self.load(I32, self.g, minigo_runtime::abi::G_PREEMPT);
        let yield_ = self.b.create_block();
        self.b.set_cold_block(yield_);
        self.b.ins().brif(asked, yield_, &[], cont, &[]);
        self.b.switch_to_block(yield_);
        self.rt(Entry::rt_preempt, &[]);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }
}
