//! Fatal errors, the last step of an unrecovered panic, and recovery. Panics
//! themselves (`gopanic`, running deferred calls, `recover`) are Go code in the
//! runtime package; this is what Go code cannot do.

use crate::abi::G;
use crate::output;

/// `fatal error: msg` and exit status 2, as Go's `throw`.
pub fn throw(msg: &str) -> ! {
    output::ewrite(format!("fatal error: {msg}\n").as_bytes());
    exit(2);
}

/// A fatal error found in goroutine `g` (Go's `fatal`): `fatal error: msg`, the
/// goroutine's traceback, and exit status 2.
pub fn fatal(g: &G, msg: &str) -> ! {
    output::ewrite(format!("fatal error: {msg}\n\n").as_bytes());
    crate::traceback::print_goroutine(g, "running");
    exit(2);
}

/// What Go prints for a trap signal its program raised (`runtime.Breakpoint`
/// without a debugger): the signal, where goroutine `g` stopped, every
/// goroutine's stack, exit status 2.
pub fn sigtrap(g: &G) -> ! {
    let pc = crate::traceback::caller_frames(g).first().map_or(0, |f| f.pc);
    output::ewrite(format!("SIGTRAP: trace trap\nPC={pc:#x} m=0 sigcode=128\n\n").as_bytes());
    crate::traceback::print_goroutine(g, "running");
    crate::traceback::print_others(g as *const G as *mut G);
    exit(2);
}

/// Flushes output and ends the process.
pub fn exit(code: i32) -> ! {
    output::flush();
    // SAFETY: ending the process.
    unsafe { libc::_exit(code) }
}

/// Called by the Go side of `gopanic` after it printed `panic: ...`: the goroutine
/// trace and exit status 2.
///
/// # Safety
/// Called only through its native's trampoline, as compiled code calls it: `g` is the calling
/// goroutine, stopped in this call, and every pointer argument is valid for its Go type.
pub unsafe extern "C" fn fatalpanic(g: *mut G) {
    // SAFETY: g is the current goroutine, stopped in this runtime call.
    let sigpc = unsafe { (*g).sigpc };
    if sigpc != 0 {
        output::ewrite(format!("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc={sigpc:#x}]\n").as_bytes());
    }
    let level = traceback_level();
    if level > 0 {
        output::ewrite(b"\n");
        // SAFETY: g is the current goroutine, stopped in this runtime call.
        crate::traceback::print_goroutine(unsafe { &*g }, "running");
        if level > 1 {
            crate::traceback::print_others(g);
        }
    }
    // SAFETY: as above.
    let g = unsafe { &mut *g };
    crate::session::fatal_ends_input(g);
    // a session: only the goroutine ends; its deferred calls have run
    g.park = crate::proc::PARK_EXIT;
}

/// How much an unrecovered panic prints, as Go's GOTRACEBACK levels: 0
/// (`none`) the panic alone, 1 (`single`, the default) the panicking
/// goroutine's stack, 2 and more (`all`, `system`, `crash`) every goroutine's.
/// The environment's (`MINIGO_TRACEBACK`, else Go's own `GOTRACEBACK`) is the
/// floor; `runtime/debug.SetTraceback` may only raise it.
static SET_TRACEBACK: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);

/// A GOTRACEBACK setting as a level; None for one Go does not know.
fn parse_traceback(s: &str) -> Option<i32> {
    match s {
        "none" => Some(0),
        "single" | "" => Some(1),
        "all" => Some(2),
        "system" => Some(3),
        "crash" | "wer" => Some(4),
        _ => s.parse::<u32>().ok().map(|n| n.min(i32::MAX as u32) as i32),
    }
}

/// The level in effect (see `SET_TRACEBACK`).
fn traceback_level() -> i32 {
    let env = ["MINIGO_TRACEBACK", "GOTRACEBACK"].iter().find_map(|v| std::env::var(v).ok()).and_then(|s| parse_traceback(&s)).unwrap_or(1);
    env.max(SET_TRACEBACK.load(std::sync::atomic::Ordering::Relaxed))
}

/// `debug.SetTraceback(level)`: raises the traceback level (a level the
/// environment's exceeds, or one Go does not know, changes nothing).
pub fn set_traceback(level: &str) {
    if let Some(l) = parse_traceback(level) {
        SET_TRACEBACK.store(l, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Go's `recovery`: after a deferred call recovered the panic, resumes the frame
/// that deferred it, `depth` below the top of the stack, at the landing pad of
/// the call it is in. The pad runs the frame's remaining deferred calls and
/// returns normally to its caller.
///
/// # Safety
/// Called only through its native's trampoline, as compiled code calls it: `g` is the calling
/// goroutine, stopped in this call, and every pointer argument is valid for its Go type.
pub unsafe extern "C" fn recovery(g: *mut G, depth: usize) {
    // SAFETY: g is the current goroutine; its saved frame pointer (of the Go code
    // that called this entry point) starts a valid frame-pointer chain.
    unsafe {
        // the recovered panic's fault, if it was one, is over: a later fatal
        // panic must not report its signal
        (*g).sigpc = 0;
        let g = &*g;
        let target = g.stack_hi - depth;
        let mut child = g.sched.bp;
        loop {
            let parent = *(child as *const usize);
            if parent == target {
                break;
            }
            if parent < g.stack_lo || parent >= g.stack_hi {
                throw("recovery: deferring frame not found");
            }
            child = parent;
        }
        let ret = *((child + 8) as *const usize);
        let Some((pad, frame_offset)) = crate::traceback::landing_pad(ret) else { throw("recovery: call without landing pad") };
        crate::asm_amd64::resume(pad, target - frame_offset, target)
    }
}

/// `os.Exit`.
pub extern "C" fn os_exit(_g: *mut G, code: i64) {
    exit(code as i32);
}

/// A run-time error raised inside the runtime itself (e.g. hashing an unhashable
/// map key): reported as Go reports an unrecovered runtime error.
pub fn runtime_error(msg: &str) -> ! {
    output::ewrite(format!("panic: runtime error: {msg}\n\ngoroutine 1 [running]:\n").as_bytes());
    exit(2);
}
