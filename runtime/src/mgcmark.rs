//! Marking (Go's `mgcmark.go`): from the roots, every object reachable is
//! marked in its span's mark bits; what stays unmarked is freed by the sweeper.
//!
//! Everything is scanned *conservatively*: any word that holds an address inside
//! an allocated slot of an in-use span keeps that whole object alive (so interior
//! pointers such as `&s.f`, `a[3:]` and substrings work), and an object is
//! scanned word by word unless its span is noscan. Stacks and registers must be
//! scanned this way, since Cranelift gives no stack maps for code without stack
//! slots; heap objects could be scanned precisely from their type descriptors,
//! which is the next step (a word that only looks like a pointer now retains
//! garbage, never frees a live object).
//!
//! The roots: every goroutine's stack from its saved SP to `stack_hi` and the
//! registers saved with it (`g.sched`, a preempted goroutine's `g.regs`), its
//! `scratch`, `param`, defer and panic chains and entry closure; each M's
//! `retbuf`, and for an M in a blocking system call, its system stack and the
//! registers it saved on the way in (`proc::entersyscall`); package-level
//! variables of every compiled unit (`add_data_root`, REPL inputs included); and
//! the runtime structures that hold Go pointers outside the heap (timers). Maps
//! and channels are heap objects themselves (`malloc::new_dropped`).

use crate::abi::G;
use crate::lock::Locked;
use crate::mheap::span_of;
use std::sync::atomic::Ordering;

/// Package-level variables of the compiled units: (address, size).
static DATA_ROOTS: Locked<Vec<(usize, usize)>> = Locked::new(Vec::new());

/// Adds a compiled unit's writable data (its package-level variables) to the roots.
pub fn add_data_root(addr: usize, size: usize) {
    DATA_ROOTS.with(|r| r.push((addr, size)));
}

/// A mark phase in progress: objects marked but not scanned yet.
#[derive(Default)]
pub struct Marker {
    work: Vec<(usize, usize)>,
    pub marked_bytes: usize,
    pub marked_objects: usize,
    /// Bytes of goroutine stacks and of package variables scanned (gctrace's
    /// "stacks" and "globals").
    pub stack_bytes: usize,
    pub global_bytes: usize,
}

impl Marker {
    /// Marks the object `w` points into, if it is a heap object.
    ///
    /// # Safety
    /// The world is stopped.
    pub unsafe fn mark_word(&mut self, w: usize) {
        // SAFETY: the world is stopped: spans do not change.
        let Some(s) = (unsafe { span_of(w) }) else { return };
        let Some(i) = s.slot(w) else { return };
        if s.mark(i) {
            self.marked_bytes += s.elemsize;
            self.marked_objects += 1;
            if !s.noscan() {
                self.work.push((s.base + i * s.elemsize, s.elemsize));
            }
        }
    }

    /// Marks what the words of `[lo, hi)` point to.
    ///
    /// # Safety
    /// The range is readable memory; the world is stopped.
    pub unsafe fn scan(&mut self, lo: usize, hi: usize) {
        let mut p = (lo + 7) & !7;
        while p + 8 <= hi {
            // SAFETY: inside the range the caller vouches for.
            unsafe { self.mark_word(*(p as *const usize)) };
            p += 8;
        }
    }

    /// Scans marked objects until none is left.
    ///
    /// # Safety
    /// The world is stopped.
    pub unsafe fn drain(&mut self) {
        while let Some((base, size)) = self.work.pop() {
            // SAFETY: a marked object of the heap.
            unsafe { self.scan(base, base + size) };
        }
    }

    /// Marks everything reachable from the roots.
    ///
    /// # Safety
    /// The world is stopped: every goroutine parked or in a system call.
    pub unsafe fn mark_all(&mut self) {
        // SAFETY (for the block): the world is stopped; every range scanned is
        // memory the runtime owns and keeps mapped.
        unsafe {
            for (addr, size) in DATA_ROOTS.with(|r| r.clone()) {
                self.scan(addr, addr + size);
                self.global_bytes += size;
            }
            for g in crate::proc::allgs() {
                self.scan_g(&*g);
            }
            for m in crate::proc::allms() {
                let m = &*m;
                self.scan(m.retbuf.as_ptr() as usize, m.retbuf.as_ptr_range().end as usize);
                let curg = m.curg;
                if !curg.is_null() && (*curg).status.load(Ordering::Acquire) == crate::proc::G_SYSCALL {
                    for &r in &m.syscall_regs {
                        self.mark_word(r);
                    }
                    self.scan(m.syscall_sp, m.g0_sp + 16);
                }
            }
            crate::time::gc_roots(&mut |p| self.mark_word(p));
            self.drain();
        }
    }

    /// A goroutine's stack, saved registers and the heap memory it points to.
    ///
    /// # Safety
    /// The world is stopped.
    unsafe fn scan_g(&mut self, g: &G) {
        if g.status.load(Ordering::Acquire) == crate::proc::G_DEAD {
            return;
        }
        // SAFETY (for the block): the world is stopped; these are g's own fields
        // and its stack between its saved SP and its top.
        unsafe {
            let s = &g.sched;
            for w in [s.bp, s.rbx, s.r12, s.r13, s.r14, s.r15, s.ret0, s.ret1, g.defer_, g.panic_, g.deferpool, g.entry, g.param] {
                self.mark_word(w);
            }
            self.scan(g.scratch.as_ptr() as usize, g.scratch.as_ptr_range().end as usize);
            if let Some(r) = g.regs.as_deref().filter(|_| g.preempted) {
                let (lo, hi) = (r as *const crate::preempt::Regs as usize, r as *const crate::preempt::Regs as usize + size_of::<crate::preempt::Regs>());
                self.scan(lo, hi);
            }
            if g.stack_lo != 0 {
                let sp = s.sp.clamp(g.stack_lo, g.stack_hi);
                self.scan(sp, g.stack_hi);
                self.stack_bytes += g.stack_hi - sp;
            }
        }
    }
}

/// Whether the object at `p` was marked this cycle (anything outside the heap
/// counts as live).
///
/// # Safety
/// The world is stopped, between marking and sweeping.
pub unsafe fn is_marked(p: usize) -> bool {
    // SAFETY: as the caller promises.
    match unsafe { span_of(p) } {
        Some(s) => s.slot(p).is_none_or(|i| s.is_marked(i)),
        None => true,
    }
}
