//! A frame's share of its goroutine's side stack: where the locals that must
//! be memory but do not escape the frame live (`escape` picks them; the
//! runtime's `sidestack.rs` describes the stack and the protocol kept here).
//!
//! The frame's size is known only once the body is lowered (each variable gets
//! its place at its first declaration), so the allocation is emitted last, in a
//! block between the entry check and the body. It writes the `g.side.sp` and
//! `g.side.hi` it found into the frame's first 16 bytes (its header), for every
//! return to store back. The body keeps nothing of the frame in values live
//! across it: while it runs, `g.side.sp` is the frame's end (callees give back
//! what they take), so each place is reached from there,
//! `g.side.sp - size + offset`, with the size patched in once known. A frame
//! that does not fit the current segment first tries, inline, the dead segment
//! the runtime last moved into (`SideStack::hint_lo`), then calls
//! `rt_sidealloc`, which keeps every register: with a System V call there, `g`
//! moved between registers on the back edge of a hot loop in `main` (whose
//! `fmt.Println` arguments are packed on the side stack), 15 % slower. A
//! function with `defer` also reads `sp` and `hi` after its allocation, for its
//! landing pad to store when a recovered panic resumes the frame (so that the
//! frames it unwound, which never returned, are released).

use super::func::FnCtx;
use crate::syntax::ast::NodeId;
use crate::types::object::ObjId;
use cranelift_codegen::ir::{condcodes::IntCC, types::I64, Block, Inst, InstBuilder, Value};
use cranelift_frontend::Variable;
use minigo_runtime::abi;
use minigo_runtime::entries::Entry;
use rustc_hash::FxHashMap;

/// The most side stack one frame takes (a generated function with thousands
/// of large arrays keeps the rest in heap cells).
const MAX_FRAME: u32 = 16 << 20;

/// What has a place in a frame's side stack: a variable, or the memory of an
/// allocation (`&T{...}`, `new(T)`, `make`, a slice literal, a packed variadic
/// argument list; by its expression).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Slot {
    Var(ObjId),
    Alloc(NodeId),
}

/// The frame's header: the `g.side.sp` and `g.side.hi` the function found.
const HEADER: u32 = 16;

/// A frame's side-stack state while its function is lowered.
#[derive(Default)]
pub struct SideFrame {
    /// Whether the frame has side-stack variables or allocations
    /// (`escape::analyze_func`); the rest is only for those.
    vars: bool,
    /// Bytes given to the header, variables and allocations so far, and the
    /// offset of each from the frame's base. Offsets are multiples of 8; a
    /// variable lowered twice keeps its place.
    size: u32,
    slots: FxHashMap<Slot, u32>,
    /// The `iconst`s standing for minus the frame's final size, which
    /// `finish_side` sets.
    fixups: Vec<Inst>,
    /// `g.side.sp`/`hi` after the frame's allocation: set in a function with
    /// `defer`, for its landing pad.
    resume: Option<(Variable, Variable)>,
}

impl FnCtx<'_, '_, '_> {
    /// Prepares the frame's side stack, before the body is lowered: `vars`, it
    /// has side-stack variables; `resume`, it has a landing pad.
    pub(super) fn init_side(&mut self, vars: bool, resume: bool) {
        let resume = resume.then(|| (self.b.declare_var(I64), self.b.declare_var(I64)));
        if vars || resume.is_some() {
            self.side = Some(SideFrame { vars, size: if vars { HEADER } else { 0 }, resume, ..Default::default() });
        }
    }

    /// The address of side-stack variable `o`, if it is one in this frame.
    pub(super) fn side_slot(&mut self, o: ObjId) -> Option<Value> {
        if !self.be.facts.side.contains(&o) {
            return None;
        }
        let size = self.be.repr(self.be.p.obj(o).typ).size;
        self.slot(Slot::Var(o), size)
    }

    /// The memory of allocation `e` (`&T{...}` or `new(T)`, of a `T` of `size`
    /// bytes), if it lives on this frame's side stack. Not zeroed. Lowered
    /// in a loop, the allocation has the same place on every iteration: its
    /// pointer does not outlive the iteration's variable.
    pub(super) fn side_alloc(&mut self, e: NodeId, size: u64) -> Option<Value> {
        if !self.be.facts.side_allocs.contains(&e) {
            return None;
        }
        self.slot(Slot::Alloc(e), size)
    }

    /// `side_alloc`'s memory, zeroed (as the heap's is).
    pub(super) fn side_alloc_zeroed(&mut self, e: NodeId, size: u64) -> Option<Value> {
        let p = self.side_alloc(e, size)?;
        self.zero_mem(p, size);
        Some(p)
    }

    /// The address of `key`'s place of `size` bytes in the frame, given at its
    /// first use.
    fn slot(&mut self, key: Slot, size: u64) -> Option<Value> {
        let size = size.next_multiple_of(8) as u32;
        let frame = self.side.as_mut().filter(|f| f.vars)?;
        let off = match frame.slots.get(&key) {
            Some(&off) => off,
            // a frame past the bound keeps its other variables in heap cells
            None if frame.size + size > MAX_FRAME => return None,
            None => {
                let off = frame.size;
                frame.size += size;
                frame.slots.insert(key, off);
                off
            }
        };
        let base = self.side_base();
        Some(self.b.ins().iadd_imm_s(base, off as i64))
    }

    /// The frame's base: `g.side.sp` less the frame's size (see the overview).
    fn side_base(&mut self) -> Value {
        let end = self.load(I64, self.g, abi::G_SIDE_SP);
        let minus_size = self.b.ins().iconst(I64, 0);
        let inst = self.b.func.dfg.value_def(minus_size).unwrap_inst();
        self.side.as_mut().expect("a side frame").fixups.push(inst);
        self.b.ins().iadd(end, minus_size)
    }

    /// Whether `o` lives on this frame's side stack (it never needs a fresh
    /// place: nothing outside the frame can tell).
    pub(super) fn on_side_stack(&self, o: ObjId) -> bool {
        self.side.as_ref().is_some_and(|f| f.slots.contains_key(&Slot::Var(o)))
    }

    /// Before a return: gives the frame's side stack back.
    pub(super) fn side_return(&mut self) {
        if self.side.as_ref().is_some_and(|f| f.vars) {
            let base = self.side_base();
            let sp = self.load(I64, base, 0);
            let hi = self.load(I64, base, 8);
            self.store_side(sp, hi);
        }
    }

    /// At the landing pad: releases the frames a recovered panic unwound.
    pub(super) fn side_resume(&mut self) {
        if let Some((sp, hi)) = self.side.as_ref().and_then(|f| f.resume) {
            let (sp, hi) = (self.b.use_var(sp), self.b.use_var(hi));
            self.store_side(sp, hi);
        }
    }

    /// The frame has no landing pad after all (no call of it needed one).
    pub(super) fn forget_side_resume(&mut self) {
        if let Some(f) = &mut self.side {
            f.resume = None;
        }
    }

    fn store_side(&mut self, sp: Value, hi: Value) {
        self.store(sp, self.g, abi::G_SIDE_SP);
        self.store(hi, self.g, abi::G_SIDE_HI);
    }

    /// Emits the frame's allocation (after the body is lowered) in a block that
    /// continues to `start`, and returns that block; `start` if there is none.
    pub(super) fn finish_side(&mut self, start: Block) -> Block {
        let Some(frame) = self.side.take() else { return start };
        let first = self.b.create_block();
        self.b.switch_to_block(first);
        if frame.vars {
            let n = frame.size.next_multiple_of(16) as i64;
            for inst in frame.fixups {
                self.b.func.replace(inst).iconst(I64, -n);
            }
            let sp = self.load(I64, self.g, abi::G_SIDE_SP);
            let hi = self.load(I64, self.g, abi::G_SIDE_HI);
            let next = self.b.ins().iadd_imm_s(sp, n);
            // an empty side stack has sp == hi == 0, so nothing fits
            let fits = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, next, hi);
            let (fast, other, hinted, slow, done) =
                (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
            self.b.append_block_param(done, I64);
            self.b.set_cold_block(slow);
            self.b.ins().brif(fits, fast, &[], other, &[]);
            self.b.switch_to_block(fast);
            self.store(next, self.g, abi::G_SIDE_SP);
            self.b.ins().jump(done, &[sp.into()]);
            // the segment last moved into, if dead (not the current one) and large enough
            self.b.switch_to_block(other);
            let (lo, end) = (self.load(I64, self.g, abi::G_SIDE_HINT_LO), self.load(I64, self.g, abi::G_SIDE_HINT_HI));
            let dead = self.b.ins().icmp(IntCC::NotEqual, end, hi);
            let next = self.b.ins().iadd_imm_s(lo, n);
            let room = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, next, end);
            let ok = self.b.ins().band(dead, room);
            self.b.ins().brif(ok, hinted, &[], slow, &[]);
            self.b.switch_to_block(hinted);
            self.store(next, self.g, abi::G_SIDE_SP);
            self.store(end, self.g, abi::G_SIDE_HI);
            self.b.ins().jump(done, &[lo.into()]);
            self.b.switch_to_block(slow);
            let size = self.iconst(I64, n);
            self.rt(Entry::rt_sidealloc, &[size]);
            let end = self.load(I64, self.g, abi::G_SIDE_SP);
            let p = self.b.ins().iadd_imm_s(end, -n);
            self.b.ins().jump(done, &[p.into()]);
            self.b.switch_to_block(done);
            let p = self.b.block_params(done)[0];
            self.store(sp, p, 0);
            self.store(hi, p, 8);
        }
        if let Some((sp, hi)) = frame.resume {
            let v = self.load(I64, self.g, abi::G_SIDE_SP);
            self.b.def_var(sp, v);
            let v = self.load(I64, self.g, abi::G_SIDE_HI);
            self.b.def_var(hi, v);
        }
        self.b.ins().jump(start, &[]);
        first
    }
}
