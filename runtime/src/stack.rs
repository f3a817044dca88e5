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

/// The size of a goroutine stack from the pool.
pub const POOL_STACK: usize = 256 << 10;
/// Stacks per mapping (keeps the number of mappings far below the kernel's limit
/// with 100,000s of goroutines).
const STACKS_PER_CHUNK: usize = 64;

static POOL: crate::lock::Mutex = crate::lock::Mutex::new();
static mut FREE: Vec<usize> = Vec::new();

/// A goroutine stack (its low end) from the pool.
pub fn pool_alloc() -> usize {
    POOL.lock();
    // SAFETY: FREE is only touched with POOL held.
    #[allow(static_mut_refs)]
    let s = unsafe {
        if FREE.is_empty() {
            let chunk = alloc(POOL_STACK * STACKS_PER_CHUNK);
            FREE.extend((0..STACKS_PER_CHUNK).map(|i| chunk + i * POOL_STACK));
        }
        FREE.pop().unwrap()
    };
    POOL.unlock();
    s
}

/// Returns a stack to the pool.
pub fn pool_free(lo: usize) {
    POOL.lock();
    // SAFETY: as in pool_alloc.
    #[allow(static_mut_refs)]
    unsafe {
        FREE.push(lo)
    };
    POOL.unlock();
}
