//! Goroutine stacks.
//!
//! For now each goroutine gets its stack reserved at the maximum size (1 GB, Go's
//! limit) and the kernel commits pages as they are touched; the function prologues'
//! stack-limit check turns an overflow into `fatal error: stack overflow`.

use crate::abi::G;

/// Go's maximum goroutine stack size.
pub const MAX_STACK: usize = 1_000_000_000;
/// Room below `stackguard0` that runtime-free leaf code may still use.
pub const STACK_GUARD: usize = 4096;

/// Reserves `size` bytes of stack (zeroed on demand, no guard page: the prologue
/// check is the guard). Returns the low end.
pub fn alloc(size: usize) -> usize {
    // SAFETY: an anonymous private mapping; the result is checked.
    let p = unsafe {
        libc::mmap(std::ptr::null_mut(), size, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE, -1, 0)
    };
    if p == libc::MAP_FAILED {
        crate::panic::throw("out of memory allocating stack");
    }
    p as usize
}

/// Gives `g` a fresh stack of `size` bytes.
pub fn init_stack(g: &mut G, size: usize) {
    let lo = alloc(size);
    g.stack_lo = lo;
    g.stack_hi = lo + size;
    g.stackguard0.store(lo + STACK_GUARD, std::sync::atomic::Ordering::Relaxed);
}
