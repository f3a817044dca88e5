//! Goroutine stacks (Go's stack.go): small contiguous stacks from a size-classed
//! pool, no guard pages, grown by copying when a function's entry check finds less
//! room than it needs (`newstack`, called; or `morestack`, from the trap of the
//! prologue check that functions with large frames have), shrunk by copying when
//! a parked goroutine uses little.
//!
//! Relocation is exact because of two invariants the compiler keeps:
//! * compiled code never takes the address of its own stack (no stack slots are
//!   addressed; values passed by address go through heap memory, the side
//!   stack (`sidestack`) or `g.scratch`),
//!   so the only pointers into a goroutine stack are the saved frame pointers of
//!   its frames (the `rbp` chain, ended by a zero pushed by `goroutine_start`) and
//!   `g.sched.sp`/`g.sched.bp` while it is descheduled;
//! * the runtime records frames by depth (`stack_hi - fp`), never by address
//!   (defer records, recovery), so those survive a move unchanged.

use crate::abi::G;
use crate::lock::Locked;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

/// Go's maximum goroutine stack size, as `debug.SetMaxStack` sets it (Go's
/// `maxstacksize`): a stack that would grow beyond it is a fatal overflow.
static MAX_STACK: AtomicUsize = AtomicUsize::new(1_000_000_000);

/// The most `MAX_STACK` can take effect up to (Go's `maxstackceiling`): twice
/// the default, whatever `SetMaxStack` asks for.
const MAX_STACK_CEILING: usize = 2_000_000_000;

/// The bytes of stack (and side stack, see `sidestack`) a goroutine may have.
pub fn max_stack() -> usize {
    MAX_STACK.load(Ordering::Relaxed).min(MAX_STACK_CEILING)
}

/// `debug.SetMaxStack(n)`: the new limit, returning the previous one.
pub fn set_max_stack(n: usize) -> usize {
    MAX_STACK.swap(n, Ordering::Relaxed)
}

/// The stack a goroutine starts with. Measured frames of compiled code (the tests
/// and samples): 94% allocate at most 128 bytes, none more than 208, plus up to 56
/// bytes of saved registers and the return address; a goroutine that blocks in a
/// channel or mutex operation a few calls deep uses a few hundred bytes. Half of
/// Go's 2 KiB: a million blocked goroutines then take 1.5 GB instead of 2.5. The
/// price is that a goroutine that goes deeper, e.g. prints through `fmt`, grows
/// once, which by the call path of `morestack_check` costs about 0.4 µs.
pub const MIN_STACK: usize = 1024;

/// Room below `stackguard0` that code may use without a check: with
/// `STACK_RESERVE` above it, what a callee of a function that checked may take
/// unchecked — its return address and `rbp`, a frame of up to the compiler's
/// `UNCHECKED_FRAME` (`codegen/stackcheck.rs`), and the return address a runtime trampoline pushes before
/// leaving the stack (signal handlers run on their own stacks).
pub const STACK_GUARD: usize = 64;

/// Room a calling function wants below its frame (see the compiler's
/// `morestack_check`): its callees may take up to most of it without a check
/// (`UNCHECKED_FRAME` in the compiler), and only larger frames pay for the
/// prologue check and its expensive trap path.
pub const STACK_RESERVE: usize = 256;

/// The `stackguard0` value that asks the goroutine to yield: above any stack, so
/// the next prologue check fails, and far enough from overflow that adding a
/// frame size to it (as the prologue does) cannot wrap.
pub const STACK_PREEMPT: usize = 1 << 62;

/// Advanced by `sysmon` every 100 ms. A stack shrinks at most once per epoch and
/// not in the epoch it grew (Go shrinks once per GC cycle), so a goroutine that
/// parks between deep calls does not copy its stack back and forth.
pub static SHRINK_EPOCH: AtomicU32 = AtomicU32::new(0);

/// Stacks of `MIN_STACK << order` for orders below this come from the pool's
/// free lists; larger ones are mappings of their own.
const POOL_ORDERS: usize = 5;
/// Pool stacks are carved from mappings this big (so a million goroutines need a
/// few hundred mappings, far below the kernel's limit). Every chunk of an order
/// after that order's first is populated when mapped: a program that needs that
/// many stacks of one size touches all their pages, and one call instead of a
/// fault per page saves a third of the start-up of a million goroutines (huge
/// pages saved more on average but sometimes cost seconds in the kernel's
/// compaction). An order's first chunk is not populated: one goroutine whose
/// stack grows through the orders would make each of them resident, 4 MB apiece.
const POOL_CHUNK: usize = 4 << 20;
/// Bytes of freed large stacks kept for reuse; beyond that they go back to the OS.
const LARGE_CACHE: usize = 64 << 20;

/// Free stacks. There is no per-P cache as in Go: a dead goroutine keeps its
/// (minimum-size) stack on the scheduler's free list of goroutines, so the pool
/// is only touched when the number of goroutines grows or a stack changes size.
struct Pool {
    small: [Vec<usize>; POOL_ORDERS],
    /// Chunks mapped for each order.
    chunks: [usize; POOL_ORDERS],
    large: Vec<(usize, usize)>,
    large_bytes: usize,
}

static POOL: Locked<Pool> = Locked::new(Pool { small: [const { Vec::new() }; POOL_ORDERS], chunks: [0; POOL_ORDERS], large: Vec::new(), large_bytes: 0 });

/// Maps `size` bytes (zeroed on demand) and returns the low end.
pub fn map(size: usize) -> usize {
    // SAFETY: an anonymous private mapping; the result is checked.
    let p = unsafe {
        libc::mmap(std::ptr::null_mut(), size, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE, -1, 0)
    };
    if p == libc::MAP_FAILED {
        crate::panic::throw("out of memory allocating stack");
    }
    p as usize
}

fn order(size: usize) -> Option<usize> {
    (0..POOL_ORDERS).find(|&o| MIN_STACK << o == size)
}

/// A stack of `size` bytes (a power-of-two multiple of `MIN_STACK`); its low end.
pub fn stackalloc(size: usize) -> usize {
    POOL.with(|pool| match order(size) {
        Some(o) => {
            if pool.small[o].is_empty() {
                let chunk = map(POOL_CHUNK);
                if pool.chunks[o] > 0 {
                    // SAFETY: advice on a mapping just made; failure only loses the speed-up.
                    unsafe { libc::madvise(chunk as *mut libc::c_void, POOL_CHUNK, libc::MADV_POPULATE_WRITE) };
                }
                pool.chunks[o] += 1;
                pool.small[o].extend((0..POOL_CHUNK / size).rev().map(|i| chunk + i * size));
            }
            pool.small[o].pop().expect("a refilled free list")
        }
        None => match pool.large.iter().position(|&(s, _)| s == size) {
            Some(i) => {
                pool.large_bytes -= size;
                pool.large.swap_remove(i).1
            }
            None => map(size),
        },
    })
}

/// Returns a stack to the pool (or, past the pool's bound, to the OS).
pub fn stackfree(lo: usize, size: usize) {
    POOL.with(|pool| match order(size) {
        Some(o) => pool.small[o].push(lo),
        None if pool.large_bytes + size <= LARGE_CACHE => {
            pool.large_bytes += size;
            pool.large.push((size, lo));
        }
        None => {
            // SAFETY: the stack is dead: nothing runs on it or points into it.
            unsafe { libc::munmap(lo as *mut libc::c_void, size) };
        }
    })
}

/// Gives `g` a fresh stack of `size` bytes (the caller sets `stackguard0`).
pub fn set_stack(g: &mut G, size: usize) {
    let lo = stackalloc(size);
    g.stack_lo = lo;
    g.stack_hi = lo + size;
}

/// Frees `g`'s stack.
pub fn free_stack(g: &mut G) {
    stackfree(g.stack_lo, g.stack_hi - g.stack_lo);
    g.stack_lo = 0;
    g.stack_hi = 0;
}

/// Rewrites the saved frame pointers of a copied stack. `fp` is the innermost
/// frame pointer in the *new* copy; every saved `rbp` that points into the old
/// stack `[old_lo, old_hi)` is moved by `delta`. The chain ends at a saved `rbp`
/// outside the old stack (zero, pushed by `goroutine_start`).
///
/// # Safety
/// The chain from `fp` must be a chain of saved frame pointers in writable memory.
pub unsafe fn adjustframes(mut fp: usize, old_lo: usize, old_hi: usize, delta: usize) {
    loop {
        let slot = fp as *mut usize;
        // SAFETY: per the contract, fp is a frame in the new copy.
        let saved = unsafe { *slot };
        if saved < old_lo || saved >= old_hi {
            return;
        }
        let moved = saved.wrapping_add(delta);
        // SAFETY: as above.
        unsafe { *slot = moved };
        fp = moved;
    }
}

/// Moves `g` to a new stack of `newsize` bytes. The used part is `[sp, stack_hi)`
/// and `fp` its innermost frame pointer. Returns how far everything moved.
///
/// # Safety
/// `g` must not be running (or be stopped in a signal handler at a prologue), and
/// `sp`/`fp` must describe its stack as above.
pub unsafe fn copystack(g: &mut G, newsize: usize, sp: usize, fp: usize) -> usize {
    let (old_lo, old_hi) = (g.stack_lo, g.stack_hi);
    let new_lo = stackalloc(newsize);
    let new_hi = new_lo + newsize;
    let delta = new_hi.wrapping_sub(old_hi);
    let used = old_hi - sp;
    // SAFETY: both ranges are inside their stacks (used < newsize is checked by the
    // callers) and distinct stacks never overlap.
    unsafe {
        std::ptr::copy_nonoverlapping(sp as *const u8, sp.wrapping_add(delta) as *mut u8, used);
        if fp >= sp && fp < old_hi {
            adjustframes(fp.wrapping_add(delta), old_lo, old_hi, delta);
        }
    }
    for r in [&mut g.sched.sp, &mut g.sched.bp] {
        if *r >= old_lo && *r < old_hi {
            *r = r.wrapping_add(delta);
        }
    }
    g.stack_lo = new_lo;
    g.stack_hi = new_hi;
    g.stackguard0.store(new_lo + STACK_GUARD, Ordering::Relaxed);
    stackfree(old_lo, old_hi - old_lo);
    delta
}

/// Called by the signal handler for a failed prologue check of the function
/// starting at `entry`, with the interrupted registers in `regs`. Either yields
/// (a preemption request) or grows the stack and restarts the function at its
/// entry on the new stack, exactly as if it had just been called.
pub fn morestack(regs: &mut libc::mcontext_t, entry: usize) {
    // SAFETY: the signal handler runs on the trapping M's thread.
    let g = unsafe { crate::proc::curm() }.curg;
    // SAFETY: the trap is in compiled code, so this M is running goroutine g.
    let g = unsafe { &mut *g };
    let gr = &mut regs.gregs;
    // The prologue has pushed the caller's rbp and set rbp = rsp, nothing else:
    // [sp] = caller's rbp, [sp + 8] = return address, arguments in registers.
    let sp = gr[libc::REG_RSP as usize] as usize;
    if g.stackguard0.load(Ordering::Relaxed) == STACK_PREEMPT || overflowed(g, sp) {
        crate::preempt::preempt_at_entry(g, regs, entry);
        return;
    }
    // SAFETY: g is stopped at a prologue; sp and rbp (== sp) describe its stack.
    let delta = unsafe { grow(g, sp, sp) };
    let sp = sp.wrapping_add(delta);
    gr[libc::REG_RSP as usize] = (sp + 8) as i64;
    // SAFETY: sp is the relocated slot of the caller's (already adjusted) rbp.
    gr[libc::REG_RBP as usize] = unsafe { *(sp as *const usize) } as i64;
    gr[libc::REG_RIP as usize] = entry as i64;
}

/// Doubles `g`'s stack (its used part starts at `sp`, innermost frame `fp`), or
/// dies as Go does past the maximum. Returns how far the stack moved.
///
/// # Safety
/// As `copystack`.
unsafe fn grow(g: &mut G, sp: usize, fp: usize) -> usize {
    let old = g.stack_hi - g.stack_lo;
    let new = old * 2;
    if crate::debug::vars().stack {
        crate::output::ewrite(format!("goroutine {} stack grow {old} -> {new}\n", g.goid).as_bytes());
    }
    g.stack_epoch = SHRINK_EPOCH.load(Ordering::Relaxed);
    // SAFETY: per the contract.
    unsafe { copystack(g, new, sp, fp) }
}

/// Whether `g`'s stack (its used part from `sp`) cannot double: Go dies then,
/// and so does a program here; in a REPL session, only the goroutine ends (it
/// stops at the preemption point the caller sends it to).
fn overflowed(g: &G, sp: usize) -> bool {
    let limit = max_stack();
    if (g.stack_hi - g.stack_lo) * 2 + g.side.bytes() <= limit {
        return false;
    }
    crate::output::ewrite(
        format!("runtime: goroutine stack exceeds {limit}-byte limit\nruntime: sp={sp:#x} stack=[{:#x}, {:#x}]\n", g.stack_lo, g.stack_hi).as_bytes(),
    );
    crate::output::ewrite(b"fatal error: stack overflow\n");
    crate::session::fatal_ends_input_later(g);
    true
}

/// `rt_morestack`: a calling function found less than `STACK_RESERVE` bytes
/// below its frame. Grows the stack (the trampoline returns on the new one, from
/// the relocated `g.sched`) or yields for a preemption request. A goroutine
/// resumes after this call without checking again, so when the request comes
/// while the stack is short too, it grows first and then yields: otherwise
/// requests that keep coming (a collection at every allocation, under
/// `gcstress`) would let it run off its stack.
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn newstack(g: *mut G, regs: *mut crate::preempt::Regs) {
    // SAFETY: g is the current goroutine, in a (`preserve_all`) runtime call:
    // g.sched describes its stack, regs its registers.
    let (g, regs) = unsafe { (&mut *g, &mut *regs) };
    let preempt = g.stackguard0.load(Ordering::Relaxed) == STACK_PREEMPT;
    let (rsp, rbp) = (libc::REG_RSP as usize, libc::REG_RBP as usize);
    let short = regs.gregs[rsp] < g.stack_lo + STACK_GUARD + STACK_RESERVE;
    if short || !preempt {
        if overflowed(g, g.sched.sp) {
            crate::preempt::yield_with(g, regs);
            return;
        }
        let (sp, bp) = (g.sched.sp, g.sched.bp);
        // SAFETY: as above.
        let delta = unsafe { grow(g, sp, bp) };
        // a goroutine that yields resumes from these
        regs.gregs[rsp] = regs.gregs[rsp].wrapping_add(delta);
        regs.gregs[rbp] = g.sched.bp;
    }
    if preempt {
        crate::preempt::yield_with(g, regs);
    }
}

/// Halves the stack of descheduled goroutine `g` if it uses less than a quarter
/// of it (a goroutine that once recursed deeply should not keep that memory).
pub fn shrinkstack(g: &mut G) {
    let size = g.stack_hi - g.stack_lo;
    let used = g.stack_hi - g.sched.sp;
    let epoch = SHRINK_EPOCH.load(Ordering::Relaxed);
    if size <= MIN_STACK || used >= size / 4 || g.stack_epoch == epoch {
        return;
    }
    g.stack_epoch = epoch;
    if crate::debug::vars().stack {
        crate::output::ewrite(format!("goroutine {} stack shrink {size} -> {}\n", g.goid, size / 2).as_bytes());
    }
    let (sp, bp) = (g.sched.sp, g.sched.bp);
    // SAFETY: g is parked: sched.sp/bp describe its stack.
    unsafe { copystack(g, size / 2, sp, bp) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pool_reuses_stacks_by_size() {
        let a = stackalloc(MIN_STACK);
        let b = stackalloc(MIN_STACK * 2);
        assert_ne!(a, b);
        assert_eq!(a % MIN_STACK, 0);
        stackfree(a, MIN_STACK);
        assert_eq!(stackalloc(MIN_STACK), a);
        let big = MIN_STACK << POOL_ORDERS;
        let c = stackalloc(big);
        // SAFETY: the whole stack is mapped and writable.
        unsafe { *((c + big - 8) as *mut usize) = 1 };
        stackfree(c, big);
        assert_eq!(stackalloc(big), c);
        stackfree(b, MIN_STACK * 2);
    }

    /// Fake frames with a known rbp chain: after copying, every saved rbp points
    /// into the copy and the chain still ends at zero.
    #[test]
    fn frame_chain_is_relocated() {
        let mut old = vec![0usize; 64];
        let mut new = vec![0usize; 128];
        let base = old.as_mut_ptr() as usize;
        let (lo, hi) = (base, base + 64 * 8);
        // frames at words 60 (outermost, saved rbp 0), 40, 20, 5 (innermost)
        let frames = [60usize, 40, 20, 5];
        old[60] = 0;
        for w in frames.windows(2) {
            old[w[1]] = base + w[0] * 8;
            old[w[1] + 1] = 0xdead; // a return address, left alone
        }
        let new_hi = new.as_mut_ptr() as usize + 128 * 8;
        let delta = new_hi.wrapping_sub(hi);
        let sp = base + 5 * 8;
        // SAFETY: both buffers are live and big enough.
        unsafe {
            std::ptr::copy_nonoverlapping(sp as *const u8, sp.wrapping_add(delta) as *mut u8, hi - sp);
            adjustframes(sp.wrapping_add(delta), lo, hi, delta);
        }
        let mut fp = sp.wrapping_add(delta);
        let mut seen = vec![];
        while fp != 0 {
            assert!(fp >= new.as_ptr() as usize && fp < new_hi);
            seen.push((new_hi - fp) / 8);
            // SAFETY: fp is inside `new`.
            fp = unsafe { *(fp as *const usize) };
        }
        // old words 5, 20, 40, 60 are new words 69, 84, 104, 124
        assert_eq!(seen, vec![59, 44, 24, 4]);
        assert_eq!(new[64 + 21], 0xdead);
    }
}
