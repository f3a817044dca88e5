//! Cranelift's part of compiling — optimization, register allocation, emission —
//! for the functions lowered since the last time, on every core. Lowered and
//! inlined into, functions are independent of each other, and this part is most
//! of the time a program takes to start.

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::{ir, Context};
use cranelift_module::FuncId;
use minigo_runtime::abi::G_STACKGUARD0;
use std::sync::Mutex;

/// A lowered function waiting for Cranelift.
pub struct Job {
    pub id: FuncId,
    pub ctx: Context,
    pub title: String,
}

/// Cranelift's work on deep IR recurses less than the front end's on deep syntax.
const WORKER_STACK: usize = 64 << 20;

/// Below this many functions a thread costs more than it saves (a REPL input
/// compiles two or three).
const PARALLEL_FROM: usize = 8;

/// The largest frame a function may allocate without Cranelift's prologue stack
/// check. Every calling function leaves `STACK_RESERVE` bytes above
/// `stackguard0` (`FnCtx::morestack_check`), which is `STACK_GUARD` above the
/// stack's end; a callee needs its frame, its return address and saved `rbp`,
/// and one return address more if its own check calls the runtime.
pub const UNCHECKED_FRAME: usize = 192;
const _: () = assert!(UNCHECKED_FRAME + 24 <= minigo_runtime::stack::STACK_RESERVE + minigo_runtime::stack::STACK_GUARD);

/// Compiles `ctx`: first without a prologue stack check, and again with one if
/// its frame is larger than `UNCHECKED_FRAME` (then the prologue makes sure the
/// frame fits, and the entry check, in a function that calls, that its callees'
/// do).
pub fn compile(isa: &dyn TargetIsa, ctx: &mut Context) -> Result<(), String> {
    ctx.compile(isa, &mut ControlPlane::default()).map_err(|e| format!("{:?}", e.inner))?;
    let code = ctx.compiled_code().expect("compiled").code_buffer();
    if frame_size(code).is_some_and(|f| f <= UNCHECKED_FRAME) {
        return Ok(());
    }
    // g.stackguard0 is the prologue's stack limit
    let f = &mut ctx.func;
    let vmctx = f.create_global_value(ir::GlobalValueData::VMContext);
    let flags = f.dfg.mem_flags.insert_unchecked(ir::MemFlagsData::trusted());
    f.stack_limit = Some(f.create_global_value(ir::GlobalValueData::Load { base: vmctx, offset: G_STACKGUARD0.into(), global_type: ir::types::I64, flags }));
    ctx.compile(isa, &mut ControlPlane::default()).map_err(|e| format!("{:?}", e.inner))?;
    Ok(())
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

/// Compiles every job's context in place; the first error, if any.
pub fn compile_all(isa: &dyn TargetIsa, jobs: &mut [Job]) -> Result<(), String> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let workers = if jobs.len() < PARALLEL_FROM { 1 } else { cores.min(8) };
    let next = Mutex::new(jobs.iter_mut());
    let failed: Mutex<Option<String>> = Mutex::new(None);
    let work = || loop {
        let Some(job) = next.lock().unwrap_or_else(|e| e.into_inner()).next() else { break };
        if let Err(e) = compile(isa, &mut job.ctx) {
            failed.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(format!("internal compiler error in {}: {e}", job.title));
        }
    };
    std::thread::scope(|s| {
        for _ in 1..workers {
            std::thread::Builder::new().stack_size(WORKER_STACK).spawn_scoped(s, work).expect("a compiler thread");
        }
        work();
    });
    failed.into_inner().unwrap_or_else(|e| e.into_inner()).map_or(Ok(()), Err)
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
