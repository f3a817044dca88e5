//! Preemption (Go's preempt.go and the preemption half of `sysmon`), by the
//! cooperative mechanism Go used before 1.14: `sysmon` asks a goroutine that has
//! run for more than 10 ms to yield by setting its `stackguard0` to
//! `STACK_PREEMPT`. The next function entry then fails its stack check and calls
//! (or, for a large frame, traps) into the runtime, which yields instead of
//! growing. Loops poll a flag set
//! with it, `g.preempt`, at their back-edges, so `for {}` cannot starve other
//! goroutines: a byte compared with zero costs a tight loop less than the 64-bit
//! `STACK_PREEMPT` constant would (Cranelift compares that with a constant-pool
//! operand, which x86 does not fuse with the branch).

use crate::abi::G;
use crate::stack::{STACK_GUARD, STACK_PREEMPT};
use std::sync::atomic::Ordering;
use std::time::Duration;

/// How long a goroutine may run before it is asked to yield (Go's `forcePreemptNS`).
pub const TIME_SLICE: Duration = Duration::from_millis(10);

/// The registers of a goroutine stopped by a preemption request, at a function
/// entry or in a `preserve_all` runtime call: all of them, since arguments and
/// the caller's values are live in registers there. `gregs` is in `ucontext`
/// order (`libc::REG_*`), with `rip`/`rsp`/`rbp` where the goroutine resumes.
#[repr(C, align(16))]
#[derive(Clone)]
pub struct Regs {
    pub gregs: [usize; 17],
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

pub const REGS_XMM: usize = 17 * 8;
const _: () = assert!(std::mem::offset_of!(Regs, xmm) == REGS_XMM && std::mem::size_of::<Regs>().is_multiple_of(16));

/// Makes `g` reach a preemption point at its next function entry or loop
/// back-edge (Go's `preemptone`; a stale request only costs a yield).
pub fn preemptone(g: &G) {
    g.preempt.store(1, Ordering::Relaxed);
    g.stackguard0.store(STACK_PREEMPT, Ordering::Relaxed);
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
    let mut regs = Regs { gregs: [0; 17], xmm: [[0; 4]; 16] };
    for (d, s) in regs.gregs.iter_mut().zip(mc.gregs.iter()) {
        *d = *s as usize;
    }
    regs.gregs[libc::REG_RIP as usize] = entry;
    regs.gregs[libc::REG_RSP as usize] = sp + 8;
    // SAFETY: [sp] is the caller's rbp the prologue pushed.
    regs.gregs[libc::REG_RBP as usize] = unsafe { *(sp as *const usize) };
    // SAFETY: the kernel's saved FP state of the interrupted thread.
    regs.xmm = unsafe { (*mc.fpregs)._xmm.map(|x| x.element) };
    // a traceback shows it in its caller (it has no frame yet)
    stop(g, &regs, sp + 8);
    // SAFETY: on this M's thread; no other reference to it is held here.
    let m = unsafe { crate::proc::curm() };
    // Leave the handler as if gopreempt_m had been called on the system stack
    // (with a null return address: it never returns).
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

/// Parks the current goroutine `g` (in a `preserve_all` runtime call) to resume
/// later from `regs`.
pub fn yield_with(g: &mut G, regs: &Regs) {
    // the return address of the runtime call is still just below its SP
    let sp = regs.gregs[libc::REG_RSP as usize];
    stop(g, regs, sp - 8);
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
