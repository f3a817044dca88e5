//! Signal handling. Compiled code raises SIGILL only at its stack-limit checks (the
//! `ud2` of a failed prologue check), which enter `morestack`; the compiler
//! registers those trap addresses with their functions' entries. Any other fault
//! is a bug in minigo, reported as a crash rather than left to the kernel.
//!
//! SIGQUIT dumps every goroutine and exits 2, as Go does. Its handler only
//! records the signal (it may interrupt any code, the allocator's included);
//! `sysmon`, an ordinary thread that looks every 10 ms, prints the dump.
//!
//! Handling a stack check inside the handler is safe: the signal is synchronous,
//! raised in a prologue, where compiled code holds no runtime lock and is in no
//! allocator, and every M has its own alternate signal stack.

use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::RwLock;

/// Trap addresses of stack-limit checks in compiled code with the entry of their
/// function, sorted.
static STACK_TRAPS: RwLock<Vec<(usize, usize)>> = RwLock::new(Vec::new());

/// Registers the stack-check traps `(trap address, function entry)` of newly
/// compiled code.
pub fn add_stack_traps(traps: impl IntoIterator<Item = (usize, usize)>) {
    let mut t = STACK_TRAPS.write().unwrap_or_else(|e| e.into_inner());
    t.extend(traps);
    t.sort_unstable();
}

/// The entry of the function whose stack check traps at `pc`.
fn stack_trap_entry(pc: usize) -> Option<usize> {
    let t = STACK_TRAPS.read().unwrap_or_else(|e| e.into_inner());
    t.binary_search_by_key(&pc, |&(trap, _)| trap).ok().map(|i| t[i].1)
}

const ALT_STACK: usize = 256 << 10;

/// Installs the handlers and this thread's alternate signal stack.
pub fn init() {
    init_thread();
    for sig in [libc::SIGILL, libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGQUIT, libc::SIGURG] {
        let (h, flags) = match sig {
            libc::SIGQUIT => (sigquit as *const () as usize, libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_RESTART),
            libc::SIGURG => (sigurg as *const () as usize, libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_RESTART),
            _ => (handler as *const () as usize, libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_NODEFER),
        };
        // SAFETY: installing a handler with a zeroed, then filled, sigaction.
        unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = h;
            sa.sa_flags = flags;
            libc::sigemptyset(&mut sa.sa_mask);
            libc::sigaction(sig, &sa, std::ptr::null_mut());
        }
    }
}

/// A preemption request (`preempt::preemptone`), as in Go: SIGURG, which
/// programs do not use and whose default action is to be ignored.
extern "C" fn sigurg(_sig: i32, _info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes a valid ucontext for SA_SIGINFO handlers.
    let uc = unsafe { &mut *(ctx as *mut libc::ucontext_t) };
    // SAFETY: in a signal handler, with the interrupted context.
    unsafe { crate::preempt::preempt_async(&mut uc.uc_mcontext) };
}

/// A SIGQUIT not dumped yet: the interrupted pc and the signal's code (+1, so
/// that 0 means none).
static SIGQUIT_PC: AtomicUsize = AtomicUsize::new(0);
static SIGQUIT_CODE: AtomicI64 = AtomicI64::new(0);

/// Records a SIGQUIT for `sysmon` (async-signal-safe: two atomic stores).
extern "C" fn sigquit(_sig: i32, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes valid info and ucontext for SA_SIGINFO handlers.
    let (code, pc) = unsafe { ((*info).si_code, (*(ctx as *mut libc::ucontext_t)).uc_mcontext.gregs[libc::REG_RIP as usize]) };
    SIGQUIT_PC.store(pc as usize, Ordering::Relaxed);
    SIGQUIT_CODE.store(code as i64 + 1, Ordering::Release);
}

/// If a SIGQUIT arrived: Go's dump (`SIGQUIT: quit`, where it landed, every
/// goroutine's stack) and exit status 2. Called by `sysmon`.
pub fn check_sigquit() {
    let code = SIGQUIT_CODE.load(Ordering::Acquire);
    if code == 0 {
        return;
    }
    let pc = SIGQUIT_PC.load(Ordering::Relaxed);
    let head = format!("SIGQUIT: quit\nPC={pc:#x} m=0 sigcode={}\n", code - 1);
    crate::output::ewrite(head.as_bytes());
    crate::traceback::print_others(std::ptr::null_mut());
    crate::panic::exit(2);
}

/// Every thread that runs goroutines needs its own alternate signal stack: a
/// goroutine stack has no room for a handler.
pub fn init_thread() {
    let stack = crate::stack::map(ALT_STACK);
    let ss = libc::stack_t { ss_sp: stack as *mut libc::c_void, ss_flags: 0, ss_size: ALT_STACK };
    // SAFETY: the stack stays mapped for the thread's life.
    unsafe { libc::sigaltstack(&ss, std::ptr::null_mut()) };
}

extern "C" fn handler(sig: i32, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes a valid ucontext for SA_SIGINFO handlers.
    let uc = unsafe { &mut *(ctx as *mut libc::ucontext_t) };
    let pc = uc.uc_mcontext.gregs[libc::REG_RIP as usize] as usize;
    if sig == libc::SIGILL {
        if let Some(entry) = stack_trap_entry(pc) {
            crate::stack::morestack(&mut uc.uc_mcontext, entry);
            return;
        }
    }
    // SAFETY: info is valid for SA_SIGINFO handlers.
    let addr = unsafe { (*info).si_addr() } as usize;
    let name = match sig {
        libc::SIGSEGV => "SIGSEGV: segmentation violation",
        libc::SIGBUS => "SIGBUS: bus error",
        libc::SIGFPE => "SIGFPE: floating-point exception",
        _ => "SIGILL: illegal instruction",
    };
    crate::output::ewrite(format!("unexpected signal during runtime execution\n[signal {name} addr={addr:#x} pc={pc:#x}]\n").as_bytes());
    crate::panic::throw("unexpected signal (a bug in minigo)");
}
