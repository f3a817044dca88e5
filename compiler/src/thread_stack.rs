//! Giving back the compiler thread's stack after a deep recursion.
//!
//! The front end and the lowering recurse over syntax trees, up to
//! `syntax::parser::MAX_NESTING` levels on a 1 GB stack (`main.rs`). A program
//! nested 100,000 levels deep touches hundreds of megabytes of that stack while
//! it is checked; the pages stay resident afterwards, and then count again
//! while Cranelift, which needs as much, compiles the result. Between phases
//! the compiler gives back what lies below its stack pointer.

/// Bytes below the stack pointer that are kept: the red zone and the frames
/// of the `madvise` call itself.
const KEEP: usize = 64 << 10;

/// Returns the pages of the calling thread's stack below its current frame to
/// the operating system (they read as zeros if touched again). A no-op when
/// the stack's bounds are unknown or the caller runs on another stack.
pub fn release_unused() {
    let sp = approximate_sp();
    let Some((lo, top)) = stack_bounds() else { return };
    if !(lo..top).contains(&sp) {
        return;
    }
    let page = 4096;
    let hi = (sp.saturating_sub(KEEP)) & !(page - 1);
    let lo = (lo + page - 1) & !(page - 1);
    if hi > lo {
        // SAFETY: [lo, hi) lies inside this thread's stack, below the live
        // frames (KEEP below the stack pointer); nothing there is in use, and
        // MADV_DONTNEED on private anonymous memory only zero-fills it.
        unsafe { libc::madvise(lo as *mut libc::c_void, hi - lo, libc::MADV_DONTNEED) };
    }
}

/// The address of a local of this frame: the stack pointer, give or take the frame.
#[inline(never)]
fn approximate_sp() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}

/// The calling thread's stack: its lowest address above the guard page, and
/// its end.
fn stack_bounds() -> Option<(usize, usize)> {
    // SAFETY: all-zero is a valid pthread_attr_t to be filled;
    // pthread_getattr_np initialises it for the calling thread, and it is
    // destroyed after use.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let (mut addr, mut size) = (std::ptr::null_mut(), 0usize);
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        let mut guard = 0usize;
        libc::pthread_attr_getguardsize(&attr, &mut guard);
        libc::pthread_attr_destroy(&mut attr);
        ok.then_some((addr as usize + guard, addr as usize + size))
    }
}
