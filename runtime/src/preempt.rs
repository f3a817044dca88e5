//! Preemption (Go's preempt.go and the preemption half of `sysmon`). `sysmon`
//! asks a goroutine that has run for more than 10 ms to yield by setting its
//! `stackguard0` to `STACK_PREEMPT` (the cooperative mechanism Go used before
//! 1.14): the next function entry then fails its stack check and calls (or, for
//! a large frame, traps) into the runtime, which yields instead of growing.
//! Loops poll a flag set with it, `g.preempt`, at their back-edges, so `for {}`
//! cannot starve other goroutines: a byte compared with zero costs a tight loop
//! less than the 64-bit `STACK_PREEMPT` constant would (Cranelift compares that
//! with a constant-pool operand, which x86 does not fuse with the branch).
//!
//! Innermost loops that make no call do not poll: they are stopped
//! asynchronously, as Go 1.14 stops any code. With the flags, `preemptone` sends
//! the goroutine's thread `SIGURG`; the handler (`preempt_async`) stops the
//! goroutine where it is if the interrupted PC is one the compiler marked
//! async-safe (`traceback::async_safe`: the code of such loops), and otherwise
//! returns, the request standing for the next entry, poll or signal (`sysmon`
//! and `stop_the_world` repeat it while the goroutine runs on). Such code keeps
//! nothing in another M's or P's state (it allocates nothing, returns nothing
//! through `M::retbuf`), so it may resume on another thread; the collector scans
//! its registers conservatively, as it does every stopped goroutine's.
//! `MINIGODEBUG=asyncpreemptoff=1` (Go's `GODEBUG` setting) sends no signals:
//! such loops then run until they end, as in Go with that setting.

use crate::abi::G;
use crate::stack::{STACK_GUARD, STACK_PREEMPT};
use std::sync::atomic::Ordering;
use std::time::Duration;

/// How long a goroutine may run before it is asked to yield (Go's `forcePreemptNS`).
pub const TIME_SLICE: Duration = Duration::from_millis(10);

/// The registers of a goroutine stopped by a preemption request, at a function
/// entry, in a `preserve_all` runtime call or anywhere in async-safe code: all
/// of them, since arguments and the caller's values are live in registers
/// there, and in async-safe code the flags too (a comparison may be waiting
/// for its branch). `gregs` is in `ucontext` order (`libc::REG_*`, the flags
/// last), with `rip`/`rsp`/`rbp` where the goroutine resumes.
#[repr(C, align(16))]
#[derive(Clone)]
pub struct Regs {
    pub gregs: [usize; 18],
    pub xmm: [[u32; 4]; 16],
}

impl Regs {
    /// Argument `i` (after `g`) of a `preserve_all` entry: the registers System V
    /// passes the first arguments in, which Cranelift's `preserve_all` uses too.
    pub fn arg(&self, i: usize) -> usize {
        self.gregs[[libc::REG_RSI, libc::REG_RDX, libc::REG_RCX, libc::REG_R8, libc::REG_R9][i] as usize]
    }

    /// Sets the results of a `preserve_all` entry, in rax and rdx: the
    /// trampoline restores them with the rest.
    pub fn set_results(&mut self, words: &[usize]) {
        for (&w, r) in words.iter().zip([libc::REG_RAX, libc::REG_RDX]) {
            self.gregs[r as usize] = w;
        }
    }
}

pub const REGS_XMM: usize = 18 * 8;
const _: () = assert!(std::mem::offset_of!(Regs, xmm) == REGS_XMM && std::mem::size_of::<Regs>().is_multiple_of(16));

/// Makes `g` reach a preemption point at its next function entry or loop
/// back-edge, or stop in async-safe code (Go's `preemptone`; a stale request
/// only costs a yield).
pub fn preemptone(g: &G) {
    g.preempt.store(1, Ordering::Relaxed);
    g.stackguard0.store(STACK_PREEMPT, Ordering::Relaxed);
    if !crate::debug::vars().asyncpreemptoff {
        signal_m(g);
    }
}

/// Sends `SIGURG` to the thread of the M running `g`, if another thread runs it
/// (Go's `preemptM`). The M is read racily: a signal to a thread that has moved
/// on finds no request, or a PC that is not async-safe, and is ignored.
fn signal_m(g: &G) {
    let m = g.m;
    // SAFETY: Ms live forever; `curm_opt` is only compared with.
    if m.is_null() || unsafe { crate::proc::curm_opt() }.is_some_and(|me| std::ptr::eq(me, m)) {
        return;
    }
    // SAFETY: as above; `curg` and `tid` are read as plain words.
    let (curg, tid) = unsafe { ((*m).curg, (*m).tid.load(Ordering::Relaxed)) };
    if std::ptr::eq(curg, g) && tid != 0 {
        // SAFETY: tgkill with this process's id and a thread of it.
        unsafe { libc::syscall(libc::SYS_tgkill, libc::getpid(), tid, libc::SIGURG) };
    }
}

/// Parks `g` so that it resumes with registers `regs` (the scheduler runs it again
/// through `gogo_regs`). `ret_slot` is where a return address into the frame
/// tracebacks should start from is.
fn stop(g: &mut G, regs: &Regs, ret_slot: usize) {
    g.stackguard0.store(g.stack_lo + STACK_GUARD, Ordering::Relaxed);
    g.preempt.store(0, Ordering::Relaxed);
    match &mut g.regs {
        Some(r) => **r = regs.clone(),
        None => g.regs = Some(Box::new(regs.clone())),
    }
    g.preempted = true;
    g.sched.sp = ret_slot;
    g.sched.bp = regs.gregs[libc::REG_RBP as usize];
}

/// Stops `g` at the entry of the function the signal interrupted (its prologue
/// has pushed `rbp` only) and leaves the signal handler into `gopreempt_m` on
/// the M's system stack. `g` resumes at the entry with `gogo_regs`.
pub fn preempt_at_entry(g: &mut G, mc: &mut libc::mcontext_t, entry: usize) {
    let sp = mc.gregs[libc::REG_RSP as usize] as usize;
    let mut regs = interrupted(mc);
    regs.gregs[libc::REG_RIP as usize] = entry;
    regs.gregs[libc::REG_RSP as usize] = sp + 8;
    // SAFETY: [sp] is the caller's rbp the prologue pushed.
    regs.gregs[libc::REG_RBP as usize] = unsafe { *(sp as *const usize) };
    // a traceback shows it in its caller (it has no frame yet)
    stop(g, &regs, sp + 8);
    leave_handler_into_gopreempt_m(g, mc);
}

/// `SIGURG`'s handler: stops the goroutine the signal interrupted if it was
/// asked to stop and is in async-safe code (see the overview); else nothing.
///
/// # Safety
/// Called from a signal handler, with the interrupted thread's context.
pub unsafe fn preempt_async(mc: &mut libc::mcontext_t) {
    // SAFETY: the signal interrupted this thread; an M's thread has its M.
    let Some(m) = (unsafe { crate::proc::curm_opt() }) else { return };
    // SAFETY: the goroutine this M runs, if any (Gs are never freed).
    let Some(g) = (unsafe { m.curg.as_mut() }) else { return };
    let (pc, sp) = (mc.gregs[libc::REG_RIP as usize] as usize, mc.gregs[libc::REG_RSP as usize] as usize);
    // the PC's code runs on g's stack only when it is compiled code g runs
    let on_stack = sp > g.stack_lo + 16 && sp <= g.stack_hi;
    if g.preempt.load(Ordering::Relaxed) == 0 || !on_stack || !crate::traceback::async_safe(pc) {
        return;
    }
    let regs = interrupted(mc);
    // For tracebacks, the PC goes just below the SP (compiled code keeps nothing
    // below its SP) as if it were a return address: one past it, so that the
    // line looked up (a return address's, less one) is the PC's own.
    let slot = sp - 8;
    // SAFETY: free stack, within the guard every frame leaves below it.
    unsafe { *(slot as *mut usize) = pc + 1 };
    stop(g, &regs, slot);
    leave_handler_into_gopreempt_m(g, mc);
}

/// Every register of the thread a signal interrupted.
fn interrupted(mc: &libc::mcontext_t) -> Regs {
    let mut regs = Regs { gregs: [0; 18], xmm: [[0; 4]; 16] };
    for (d, s) in regs.gregs.iter_mut().zip(mc.gregs.iter()) {
        *d = *s as usize;
    }
    // SAFETY: the kernel's saved FP state of the interrupted thread.
    regs.xmm = unsafe { (*mc.fpregs)._xmm.map(|x| x.element) };
    regs
}

/// Makes the signal handler return into `gopreempt_m(g)` on the system stack,
/// as if it had been called there (with a null return address: it never
/// returns).
fn leave_handler_into_gopreempt_m(g: &mut G, mc: &mut libc::mcontext_t) {
    // SAFETY: on this M's thread; no other reference to it is held here.
    let m = unsafe { crate::proc::curm() };
    let top = m.g0_sp - 8;
    // SAFETY: the system stack below g0_sp is free while compiled code runs.
    unsafe { *(top as *mut usize) = 0 };
    mc.gregs[libc::REG_RSP as usize] = top as i64;
    mc.gregs[libc::REG_RIP as usize] = gopreempt_m as *const () as usize as i64;
    mc.gregs[libc::REG_RDI as usize] = g as *mut G as i64;
}

/// Puts a preempted goroutine back on the global run queue and schedules another.
extern "C" fn gopreempt_m(g: *mut G) -> ! {
    // SAFETY: g is the goroutine just stopped on this M.
    unsafe { (*g).park = park_after_stop(&*g) };
    // SAFETY: as above; its context is saved (`preempt::Regs`).
    unsafe { crate::proc::park_m(g) }
}

/// A stopped goroutine yields, unless a REPL session wants it to end there or
/// the heap wants a collection (which it runs from here).
fn park_after_stop(g: &G) -> u32 {
    if crate::session::killed(g) {
        crate::proc::PARK_EXIT
    } else if crate::mgc::requested() {
        crate::proc::PARK_GC
    } else {
        crate::proc::PARK_YIELD
    }
}

/// `rt_preempt`: a loop's back-edge found a preemption request. Yields, to
/// resume with the registers the `preserve_all` trampoline saved.
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn backedge(g: *mut G, regs: *mut Regs) {
    // SAFETY: g is the current goroutine, in a runtime call; regs its registers.
    let (g, regs) = unsafe { (&mut *g, &*regs) };
    yield_with(g, regs);
}

/// The flags a goroutine stopped in a runtime call resumes with (`gogo_regs`
/// restores them): none are live across a call, and this value — the reserved
/// bit and interrupts enabled, as a thread starts — keeps the direction flag
/// clear, as the ABI requires. (The trampoline saves none: most of its calls
/// do not park.)
const FLAGS_AFTER_CALL: usize = 0x202;

/// Parks the current goroutine `g` (in a `preserve_all` runtime call) to resume
/// later from `regs`.
pub fn yield_with(g: &mut G, regs: &Regs) {
    // the return address of the runtime call is still just below its SP
    let sp = regs.gregs[libc::REG_RSP as usize];
    stop(g, regs, sp - 8);
    if let Some(saved) = g.regs.as_mut() {
        saved.gregs[libc::REG_EFL as usize] = FLAGS_AFTER_CALL;
    }
    g.park = park_after_stop(g);
}

/// The monitor thread: every 10 ms, asks goroutines that have been running since
/// the last look to yield; every 100 ms, opens a new stack-shrinking epoch;
/// prints `schedtrace` lines when asked to.
pub fn sysmon() {
    let trace = crate::debug::vars().schedtrace;
    let start = std::time::Instant::now();
    let mut next_trace = Duration::from_millis(trace);
    let mut seen: Vec<(u64, usize)> = Vec::new();
    for tick in 1u64.. {
        std::thread::sleep(TIME_SLICE);
        crate::signal::check_sigquit();
        crate::output::flush_ready();
        if tick % 10 == 0 {
            crate::stack::SHRINK_EPOCH.fetch_add(1, Ordering::Relaxed);
        }
        let running = crate::proc::running();
        seen.resize(running.len(), (u64::MAX, 0));
        for (i, &(schedtick, g)) in running.iter().enumerate() {
            if !g.is_null() && seen[i] == (schedtick, g as usize) {
                crate::proc::end_slice(i);
                // SAFETY: Gs are never freed.
                preemptone(unsafe { &*g });
            }
            seen[i] = (schedtick, g as usize);
        }
        if trace > 0 && start.elapsed() >= next_trace {
            crate::output::ewrite(crate::proc::schedtrace(start.elapsed()).as_bytes());
            next_trace += Duration::from_millis(trace);
        }
    }
}
