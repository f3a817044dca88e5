//! Side stacks: memory for the addressable locals of a goroutine's frames that
//! do not escape them.
//!
//! Compiled code never addresses its own goroutine stack, because the stack
//! moves when it grows (see `stack`). Yet some locals must be memory: an array
//! indexed with a variable, a value too large for registers. gc keeps those on
//! its stack when escape analysis proves they do not outlive the frame; here
//! they go to a second, LIFO stack per goroutine that never moves — so pointers
//! into it, which Cranelift may keep anywhere, stay valid — instead of to the
//! heap (before it, `var buf [1000]int` in a function cost a heap allocation on
//! every call).
//!
//! The compiler's protocol (`codegen::func`, "side stack"):
//! * A function with such locals knows their total size `n`. At entry it reads
//!   `side.sp` and `side.hi`; when `sp + n <= hi` its locals are at `sp` and it
//!   stores `sp + n` (inline, no call); otherwise it calls `rt_sidealloc`, which
//!   finds a segment with room and leaves `sp` at the locals' end. It zeroes
//!   each local at its declaration. While the function runs, `side.sp` is its
//!   locals' end (callees give back what they take). Before calling the
//!   runtime, a frame that does not fit takes the `hint` segment when it is
//!   dead and large enough (see `SideStack::hint_lo`).
//! * Every return stores back the `sp` and `hi` the function found, releasing
//!   its locals and returning to its caller's segment.
//! * A frame a recovered panic resumes (at its landing pad) stores the `sp` and
//!   `hi` it had after its own entry, releasing the frames the panic unwound.
//!   Every function with `defer` reads them at entry for that.
//!
//! A goroutine's side stack is the list of segments `segs`, in stack order. The
//! segment ending at `hi` is the current one; the frames live in it below `sp`
//! and in the segments before it. Segments after it are dead, kept for reuse
//! until the goroutine parks in a collection (`release_dead`) or exits
//! (`free`). Segments are goroutine stacks from `stack`'s pool, and their sizes
//! count toward the goroutine stack limit, as the locals would on gc's stack.
//!
//! Why hand-rolled: the segments are goroutine memory with the stack's
//! lifetime, limit and pool; no allocator crate knows those.

use crate::abi::G;

/// The first segment's size: one pool stack of the smallest order.
const FIRST_SEGMENT: usize = crate::stack::MIN_STACK;

/// A goroutine's side stack (`G::side`). `#[repr(C)]`: compiled code reads and
/// writes `sp` and `hi` at fixed offsets.
#[repr(C)]
#[derive(Default)]
pub struct SideStack {
    /// The first free byte of the current segment. `sp <= hi`.
    pub sp: usize,
    /// The end of the current segment; 0 (with `sp` 0) before the first.
    pub hi: usize,
    /// The segment last moved into, `[hint_lo, hint_hi)`, or 0s: the current
    /// one or one after it (it is cleared when it is released), so dead when
    /// `hint_hi != hi`. A frame that does not fit the current segment takes
    /// that one inline when it is dead and large enough: a function whose
    /// frame never fits its caller's segment would otherwise call
    /// `rt_sidealloc` on every call (the hot split of segmented stacks).
    pub hint_lo: usize,
    pub hint_hi: usize,
    /// Every segment (low end, size), in stack order.
    segs: Vec<(usize, usize)>,
}

impl SideStack {
    /// The index of the current segment, if any.
    fn current(&self) -> Option<usize> {
        self.segs.iter().position(|&(lo, size)| lo + size == self.hi)
    }

    /// Bytes of segments the goroutine holds.
    pub fn bytes(&self) -> usize {
        self.segs.iter().map(|s| s.1).sum()
    }

    /// The ranges that may hold live locals: the segments before the current
    /// one, whole, and the current one up to `sp`.
    pub fn live(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let n = self.current().map_or(0, |k| k + 1);
        self.segs[..n].iter().map(move |&(lo, size)| (lo, if lo + size == self.hi { self.sp } else { lo + size }))
    }

    /// Returns the segments after the current one to the pool.
    pub fn release_dead(&mut self) {
        self.release_from(self.current().map_or(0, |k| k + 1));
    }

    /// Returns every segment to the pool (the goroutine is dead).
    pub fn free(&mut self) {
        self.sp = 0;
        self.hi = 0;
        self.release_dead();
    }

    /// Makes the segment after the current one current, with room for `n`
    /// bytes, and returns where they are (`sp` then follows them). `None` if
    /// that would take the goroutine past `limit` bytes of stack and side stack.
    fn push(&mut self, n: usize, stack_bytes: usize, limit: usize) -> Option<usize> {
        let next = self.current().map_or(0, |k| k + 1);
        if self.segs.get(next).is_none_or(|&(_, size)| size < n) {
            self.release_from(next);
            let grown = next.checked_sub(1).map_or(FIRST_SEGMENT, |k| self.segs[k].1 * 2);
            let size = grown.max(n.next_power_of_two());
            if stack_bytes + self.bytes() + size > limit {
                return None;
            }
            self.segs.push((crate::stack::stackalloc(size), size));
        }
        let (lo, size) = self.segs[next];
        self.sp = lo + n;
        self.hi = lo + size;
        (self.hint_lo, self.hint_hi) = (lo, lo + size);
        Some(lo)
    }

    /// Returns segments `i..` to the pool.
    fn release_from(&mut self, i: usize) {
        for (lo, size) in self.segs.drain(i..) {
            if lo == self.hint_lo {
                (self.hint_lo, self.hint_hi) = (0, 0);
            }
            crate::stack::stackfree(lo, size);
        }
    }
}

/// `rt_sidealloc`: the current segment has no room for the `n` bytes of a
/// frame's locals (`n` is the call's argument, in the saved `rsi`). Moves to
/// the next segment, where they end at `g.side.sp`; past the stack limit, dies
/// of a stack overflow as Go does (in a session, only the goroutine ends).
///
/// # Safety
/// Called only through its entry point (`crate::entries`, `preserve_all`), as
/// compiled code calls it: `g` is the calling goroutine, stopped in this call,
/// and `regs` its saved registers.
pub unsafe extern "C" fn sidealloc(g: *mut G, regs: *mut crate::preempt::Regs) {
    // SAFETY: g is the calling goroutine, stopped in this call; regs its registers.
    let (g, n) = unsafe { (&mut *g, (*regs).arg(0)) };
    let limit = crate::stack::max_stack();
    if g.side.push(n, g.stack_hi - g.stack_lo, limit).is_some() {
        return;
    }
    crate::output::ewrite(
        format!("runtime: goroutine stack exceeds {limit}-byte limit\nruntime: sp={:#x} stack=[{:#x}, {:#x}]\n", g.sched.sp, g.stack_lo, g.stack_hi).as_bytes(),
    );
    crate::output::ewrite(b"fatal error: stack overflow\n");
    crate::session::fatal_ends_input(g);
    g.park = crate::proc::PARK_EXIT;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_reuse_and_release_segments() {
        let mut s = SideStack::default();
        let limit = 1 << 30;
        // the first frame gets the first segment
        let a = s.push(100, 0, limit).unwrap();
        assert_eq!((s.sp, s.hi), (a + 100, a + FIRST_SEGMENT));
        let (sp1, hi1) = (s.sp, s.hi);
        // one that does not fit gets a second, twice as large or as it needs
        let b = s.push(3000, 0, limit).unwrap();
        assert_eq!(s.hi - b, 4096);
        assert_eq!(s.live().collect::<Vec<_>>(), vec![(a, a + FIRST_SEGMENT), (b, b + 3000)]);
        // its return puts back the first's sp and hi; the second stays for
        // reuse, and is the hint compiled code takes it by
        (s.sp, s.hi) = (sp1, hi1);
        assert_eq!(s.live().collect::<Vec<_>>(), vec![(a, a + 100)]);
        assert_eq!((s.hint_lo, s.hint_hi), (b, b + 4096));
        assert_eq!(s.push(2000, 0, limit), Some(b));
        (s.sp, s.hi) = (sp1, hi1);
        // releasing the dead segments clears the hint
        s.release_dead();
        assert_eq!(s.bytes(), FIRST_SEGMENT);
        assert_eq!((s.hint_lo, s.hint_hi), (0, 0));
        // a segment past the limit is refused
        assert_eq!(s.push(1 << 20, 0, 1 << 19), None);
        s.free();
        assert_eq!((s.sp, s.hi, s.bytes()), (0, 0, 0));
    }
}
