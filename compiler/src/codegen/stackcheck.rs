//! The stack check: how compiled code makes sure its goroutine's stack has room,
//! and how the same check delivers preemption requests. The whole rule is here;
//! the runtime's half is `runtime/src/stack.rs` (growth by copying) and
//! `runtime/src/preempt.rs` (requests).
//!
//! Goroutine stacks start at `MIN_STACK` (1 KiB) and have no guard page, so every
//! frame must be covered by a check against `g.stackguard0`, which is
//! `STACK_GUARD` bytes above the stack's low end:
//!
//! * **The entry check** (`FnCtx::morestack_check`): every function that calls
//!   compares SP, on entry, with `stackguard0 + STACK_RESERVE`. If the room is
//!   short it calls `rt_morestack` (a `preserve_all` runtime call, so the fast
//!   path costs a load, a subtraction and a predicted branch, and no spills),
//!   which copies the stack to one twice as large and returns on it. The
//!   comparison is signed, so `STACK_PREEMPT` (a guard above any stack) also
//!   fails it and `rt_morestack` yields instead: that is how sysmon preempts a
//!   goroutine at its next call.
//! * **Inlined bodies** have theirs removed (`drop_entry_check`): the caller's
//!   check covers them.
//! * **Unchecked frames**: a function that does not call (a leaf) has no entry
//!   check; it relies on its caller's, which left `STACK_RESERVE` bytes (plus
//!   `STACK_GUARD` below the guard). That covers a frame of up to
//!   `UNCHECKED_FRAME` bytes with its return address and saved `rbp`.
//! * **The prologue check**: a function whose frame is larger is compiled again
//!   with Cranelift's own check (`stack_limit` = `g.stackguard0`), which traps
//!   (SIGILL at a recorded trap offset) when the frame would not fit; the
//!   runtime's signal handler grows the stack and restarts the function at its
//!   entry (`runtime/src/signal.rs`). Whether a frame is larger is read from the
//!   prologue Cranelift emitted (`frame_size`): the frame size is only known
//!   after register allocation.
//!
//! Loops without calls are preempted by their back-edge poll of `g.preempt`
//! (`rt_preempt`), not by this check.

use super::func::FnCtx;
use super::tier::Tiers;
use crate::cache::CodeStore;
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::{self, condcodes::IntCC, types::*, Block, InstBuilder};
use cranelift_codegen::Context;
use minigo_runtime::abi::G_STACKGUARD0;
use minigo_runtime::entries::Entry;
use minigo_runtime::stack::{STACK_GUARD, STACK_RESERVE};
use rustc_hash::FxHashSet;

/// The largest frame a function may allocate without Cranelift's prologue stack
/// check. Every calling function leaves `STACK_RESERVE` bytes above
/// `stackguard0` (`FnCtx::morestack_check`), which is `STACK_GUARD` above the
/// stack's end; a callee needs its frame, its return address and saved `rbp`,
/// and one return address more if its own check calls the runtime.
pub const UNCHECKED_FRAME: usize = 192;
/// What an unchecked callee puts on the stack besides its frame: its return
/// address, its saved `rbp`, and the return address of a runtime call it makes.
const CALL_OVERHEAD: usize = 24;
const _: () = assert!(UNCHECKED_FRAME + CALL_OVERHEAD <= STACK_RESERVE + STACK_GUARD);

/// Compiles `ctx`: first without a prologue stack check, and again with one if
/// its frame is larger than `UNCHECKED_FRAME` (then the prologue makes sure the
/// frame fits, and the entry check, in a function that calls, that its callees'
/// do). Each compilation is looked up in `code`, and stored there, when given;
/// whether the code that counts was found there.
pub fn compile(tiers: &Tiers, ctx: &mut Context, code: Option<&CodeStore>) -> Result<bool, String> {
    let isa = tiers.for_function(&ctx.func);
    let compile = |ctx: &mut Context| {
        let mut plane = ControlPlane::default();
        let done = match code {
            Some(mut store) => ctx.compile_with_cache(isa, &mut store, &mut plane).map(|(_, hit)| hit),
            None => ctx.compile(isa, &mut plane).map(|_| false),
        };
        done.map_err(|e| format!("{:?}", e.inner))
    };
    // a frame that reserves more than an unchecked frame holds (the bytes of
    // its heap-celled locals, `FnCtx::reserve_cell_bytes`) is large for sure:
    // it is compiled once, with the check
    let reserved: usize = ctx.func.sized_stack_slots.values().map(|s| s.size as usize).sum();
    if reserved <= UNCHECKED_FRAME {
        // Cranelift optimizes `ctx.func` in place, unless it finds the code in
        // the cache: the second compilation starts from the function as lowered
        // either way, so that both give the same code and the same key
        let lowered = ctx.func.clone();
        let cached = compile(ctx)?;
        if frame_size(ctx.compiled_code().expect("compiled").code_buffer()).is_some_and(|f| f <= UNCHECKED_FRAME) {
            return Ok(cached);
        }
        ctx.func = lowered;
    }
    // g.stackguard0 is the prologue's stack limit
    let f = &mut ctx.func;
    let vmctx = f.create_global_value(ir::GlobalValueData::VMContext);
    let flags = f.dfg.mem_flags.insert_unchecked(ir::MemFlagsData::trusted());
    f.stack_limit = Some(f.create_global_value(ir::GlobalValueData::Load { base: vmctx, offset: G_STACKGUARD0.into(), global_type: ir::types::I64, flags }));
    compile(ctx)
}

/// The offsets of a compiled function's prologue stack checks, which the
/// runtime's signal handler must recognise as such (`signal::add_stack_traps`).
pub fn prologue_traps(cc: &cranelift_codegen::CompiledCode) -> impl Iterator<Item = u32> + '_ {
    cc.buffer.traps().iter().filter(|t| t.code == ir::TrapCode::STACK_OVERFLOW).map(|t| t.offset)
}

/// The frame an x86-64 function's prologue allocates below the saved `rbp`:
/// `push rbp; mov rbp, rsp`, then `sub rsp, imm8|imm32` or nothing. None when
/// the prologue is not that (the function then gets the check).
fn frame_size(code: &[u8]) -> Option<usize> {
    let rest = code.strip_prefix(&[0x55, 0x48, 0x89, 0xe5])?;
    match rest {
        [0x48, 0x83, 0xec, n, ..] => Some(*n as usize),
        [0x48, 0x81, 0xec, a, b, c, d, ..] => Some(u32::from_le_bytes([*a, *b, *c, *d]) as usize),
        _ => Some(0),
    }
}

impl FnCtx<'_, '_, '_> {
    /// Fills the entry block, once the body is known: a function that calls
    /// checks that `STACK_RESERVE` bytes remain below its frame, and if not grows
    /// the stack by a plain runtime call (`rt_morestack`, about a twentieth of the
    /// cost of a trap) — or yields, for a preemption request. Its callees then
    /// have room for a frame of up to `UNCHECKED_FRAME` bytes without
    /// checking: only functions with larger frames get Cranelift's prologue
    /// check too (which traps). Leaves skip this one and stay leaves.
    pub(super) fn morestack_check(&mut self, start: Block) {
        let f = &self.b.func;
        let calls = f.layout.blocks().any(|b| f.layout.block_insts(b).any(|i| f.dfg.insts[i].opcode().is_call()));
        self.b.switch_to_block(self.entry);
        if calls {
            let guard = self.load(I64, self.g, G_STACKGUARD0);
            // measured below the frame, whatever its size: callees rely on it
            let reserve = STACK_RESERVE as i64;
            let sp = self.b.ins().get_stack_pointer(I64);
            let room = self.b.ins().isub(sp, guard);
            // signed: a guard above the frame (a preemption request) leaves a
            // negative room, and `rt_morestack` yields instead of growing
            let mut short = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, room, reserve);
            if let Some((_, fp)) = self.frame {
                // the frame pointer `frame_depth` reads must be read here, before
                // the stack can move: a use here pins it (Cranelift would
                // otherwise move the pure read to its uses, after calls)
                let above = self.b.ins().isub(fp, guard);
                let short_fp = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, above, reserve);
                short = self.b.ins().bor(short, short_fp);
            }
            let grow = self.b.create_block();
            self.b.set_cold_block(grow);
            self.b.ins().brif(short, grow, &[], start, &[]);
            self.b.switch_to_block(grow);
            self.rt(Entry::rt_morestack, &[]);
        }
        self.b.ins().jump(start, &[]);
    }
}

/// Removes the entry check of a function whose every call was inlined: it is
/// a leaf now, and its caller's check covers it as it covers any leaf (its
/// frame is measured after register allocation, as every leaf's is, by
/// `compile`).
pub fn drop_leaf_check(f: &mut ir::Function) {
    let Some(entry) = f.layout.entry_block() else { return };
    let grow = match f.layout.last_inst(entry).map(|i| &f.dfg.insts[i]) {
        Some(ir::InstructionData::Brif { blocks: [grow, _], .. }) => grow.block(&f.dfg.value_lists),
        _ => return,
    };
    let calls_elsewhere = f.layout.blocks().filter(|&b| b != grow).any(|b| f.layout.block_insts(b).any(|i| f.dfg.insts[i].opcode().is_call()));
    if !calls_elsewhere {
        drop_entry_check(f);
    }
}

/// Removes the entry check `morestack_check` made from a body about to be
/// inlined: the caller's own check already covers the stack an inlined body
/// uses (its values live in the caller's frame), and preemption still comes
/// from the caller's checks and loop polls, so a check left in would only be
/// repeated on every inlined call, in loops too. The entry block becomes a
/// jump to the body; a check whose values are used past the entry block (a
/// frame-pointer read) is left as it is.
pub fn drop_entry_check(f: &mut ir::Function) {
    let Some(entry) = f.layout.entry_block() else { return };
    let Some(term) = f.layout.last_inst(entry) else { return };
    let start = match f.dfg.insts[term] {
        ir::InstructionData::Brif { blocks: [grow, start], .. } if f.layout.is_cold(grow.block(&f.dfg.value_lists)) => start,
        _ => return,
    };
    if start.args(&f.dfg.value_lists).next().is_some() {
        return;
    }
    let start = start.block(&f.dfg.value_lists);
    let checked: Vec<ir::Inst> = f.layout.block_insts(entry).collect();
    let results: FxHashSet<ir::Value> = checked.iter().flat_map(|&i| f.dfg.inst_results(i).iter().copied()).collect();
    let used_later =
        f.layout.blocks().filter(|&b| b != entry).flat_map(|b| f.layout.block_insts(b)).any(|i| f.dfg.inst_values(i).any(|v| results.contains(&v)));
    if used_later {
        return;
    }
    for i in checked {
        f.layout.remove_inst(i);
    }
    use cranelift_codegen::cursor::{Cursor, FuncCursor};
    FuncCursor::new(f).at_bottom(entry).ins().jump(start, &[]);
}

#[cfg(test)]
mod tests {
    use super::frame_size;

    #[test]
    fn reads_the_frame_from_the_prologue() {
        assert_eq!(frame_size(&[0x55, 0x48, 0x89, 0xe5, 0x48, 0x83, 0xec, 0x20]), Some(0x20));
        assert_eq!(frame_size(&[0x55, 0x48, 0x89, 0xe5, 0x48, 0x81, 0xec, 0x00, 0x10, 0, 0]), Some(0x1000));
        assert_eq!(frame_size(&[0x55, 0x48, 0x89, 0xe5, 0x48, 0x8d, 0x04]), Some(0));
        assert_eq!(frame_size(&[0x48, 0x83, 0xec, 0x20]), None);
    }
}
