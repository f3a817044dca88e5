//! Fatal errors, the last step of an unrecovered panic, and recovery. Panics
//! themselves (`gopanic`, running deferred calls, `recover`) are Go code in the
//! runtime package; this is what Go code cannot do.

use crate::abi::G;
use crate::lock::Locked;
use crate::output;
use std::collections::VecDeque;

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

/// The goroutines ending in an unrecovered panic (Go's `panicking` count and
/// `paniclk`). Two goroutines that panic at once on two threads print one after
/// the other, never interleaved: a goroutine prints its `panic: ...` lines and
/// its trace only while it holds the panic lock, which `startpanic` takes and
/// `fatalpanic` hands to the next waiter. As in Go, the program exits when the
/// last of them has printed; one that finishes while others are still
/// waiting parks for good, and `main` returning does not end a program that
/// is printing a panic.
///
/// The lock is a queue of parked goroutines, not a lock of threads, because the
/// holder prints with Go code that can be preempted: a thread blocked on it
/// would hold its P, and with one P the holder could never run again.
struct Panicking {
    /// goroutines between `startpanic` and the end of their `fatalpanic`
    count: usize,
    /// goroutines that have printed or are to print: at most GOMAXPROCS
    started: usize,
    /// whether one of them holds the panic lock
    printing: bool,
    /// those waiting for the lock, parked, in arrival order
    waiting: VecDeque<*mut G>,
}

static PANICKING: Locked<Panicking> = Locked::new(Panicking { count: 0, started: 0, printing: false, waiting: VecDeque::new() });

/// Whether a goroutine is printing an unrecovered panic or waiting to: the program
/// then ends with it, not when `main` returns.
pub fn panicking() -> bool {
    PANICKING.with(|p| p.count != 0)
}

/// Called by `gopanic` before it prints an unrecovered panic: takes the panic
/// lock, parking `g` until it is handed the lock if another goroutine holds it.
///
/// # Safety
/// Called only through its native's trampoline, as compiled code calls it: `g` is the calling
/// goroutine, stopped in this call.
pub unsafe extern "C" fn startpanic(g: *mut G) {
    PANICKING.mutex().lock();
    // SAFETY: the lock is held until gopark's park_m releases it (or below).
    let p = unsafe { PANICKING.get() };
    if !p.printing {
        p.started += 1;
        p.count += 1;
        p.printing = true;
        PANICKING.mutex().unlock();
        return;
    }
    // In Go a goroutine waits for the lock, and after printing for the end,
    // blocking its thread and P, so at most GOMAXPROCS goroutines print; one
    // beyond them (it could not have run in Go) waits for the end silently.
    // (In a session every panic prints and ends only its goroutine.)
    if p.started < crate::proc::gomaxprocs() || crate::session::active() {
        p.started += 1;
        p.count += 1;
        p.waiting.push_back(g);
    }
    // SAFETY: g is the calling goroutine, returning to its trampoline; the lock
    // is released once it is parked, and the next holder readies it.
    unsafe { crate::proc::gopark(g, Some(PANICKING.mutex()), "panicwait") };
}

/// Gives up the panic lock the caller holds, to the next goroutine waiting for
/// it; reports whether other goroutines are still to print (and exit). In a
/// session the caller's goroutine ends next and the program goes on, as Go's
/// thread would; in a program the last to print exits, keeping the lock so that
/// no goroutine panicking meanwhile starts to print.
///
/// # Safety
/// The caller holds the panic lock (`startpanic` returned to it), in a runtime call.
unsafe fn endpanic(session: bool) -> bool {
    PANICKING.with(|p| {
        p.count -= 1;
        if session {
            p.started -= 1;
        }
        match p.waiting.pop_front() {
            // SAFETY: w parked in startpanic, under this lock, and only the
            // holder wakes it: the lock passes to it.
            Some(w) => unsafe { crate::proc::goready(w) },
            None if session => p.printing = false,
            None => {}
        }
        p.count != 0
    })
}

/// Called by the Go side of `gopanic` after it printed `panic: ...` holding the
/// panic lock: the goroutine trace and exit status 2 (once no other goroutine
/// is printing a panic).
///
/// # Safety
/// Called only through its native's trampoline, as compiled code calls it: `g` is the calling
/// goroutine, stopped in this call, holding the panic lock.
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
    // SAFETY: g holds the panic lock, in this runtime call.
    let session = crate::session::active();
    let others = unsafe { endpanic(session) };
    // SAFETY: as above.
    let g = unsafe { &mut *g };
    if others && !session {
        // another goroutine prints next and ends the program
        // SAFETY: g is the calling goroutine, returning to its trampoline.
        unsafe { crate::proc::gopark(g, None, "panicwait") };
        return;
    }
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
