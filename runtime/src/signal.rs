//! Signal handling. Compiled code raises SIGILL only at its stack-limit checks (the
//! `ud2` of a failed prologue check), which enter `morestack`; the compiler
//! registers those trap addresses with their functions' entries. Any other fault
//! is a bug in minigo, reported as a crash rather than left to the kernel.
//!
//! Handling a stack check inside the handler is safe: the signal is synchronous,
//! raised in a prologue, where compiled code holds no runtime lock and is in no
//! allocator, and every M has its own alternate signal stack.

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
    for sig in [libc::SIGILL, libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE] {
        // SAFETY: installing a handler with a zeroed, then filled, sigaction.
        unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = handler as *const () as usize;
            sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_NODEFER;
            libc::sigemptyset(&mut sa.sa_mask);
            libc::sigaction(sig, &sa, std::ptr::null_mut());
        }
    }
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
