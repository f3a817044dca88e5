//! Marking (Go's `mgcmark.go`): from the roots, every object reachable is
//! marked in its span's mark bits; what stays unmarked is freed by the sweeper.
//!
//! Any word scanned that holds an address inside an allocated slot of an in-use
//! span keeps that whole object alive (so interior pointers such as `&s.f`,
//! `a[3:]` and substrings work). Stacks and registers are scanned
//! *conservatively*, every word, since Cranelift gives no stack maps for code
//! without stack slots; so are package variables. Heap objects are scanned
//! *precisely* (`mbitmap`): a small object's words whose heap bits do not mark
//! them as scalars (in a span where some object has scalars; elsewhere every
//! word, as then every word may be a pointer), a large one's by its type's
//! pointer map (or every word when its type is not
//! known), in pieces of at most `OBLET_BYTES` that the workers share (Go's
//! oblets), so one big array does not keep one worker busy while the others
//! idle. A noscan object is never read. (A word that only looks like a pointer
//! retains garbage, never frees a live object.)
//!
//! The roots: every goroutine's stack from its saved SP to `stack_hi` and the
//! registers saved with it (`g.sched`, a preempted goroutine's `g.regs`), the
//! live part of its side stack (`sidestack`), its `scratch`, `param`, defer
//! and panic chains and entry closure; each M's
//! `retbuf`, and for an M in a blocking system call, its system stack and the
//! registers it saved on the way in (`proc::entersyscall`); package-level
//! variables of every compiled unit (`add_data_root`, REPL inputs included); and
//! the runtime structures that hold Go pointers outside the heap (timers,
//! finalizers: see `mfinal`). Maps
//! and channels are heap objects themselves (`malloc::new_dropped`).

use crate::abi::G;
use crate::lock::Locked;
use crate::mheap::{span_of, Span};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Package-level variables of the compiled units: (address, size).
static DATA_ROOTS: Locked<Vec<(usize, usize)>> = Locked::new(Vec::new());

/// Adds a compiled unit's writable data (its package-level variables) to the roots.
pub fn add_data_root(addr: usize, size: usize) {
    DATA_ROOTS.with(|r| r.push((addr, size)));
}

/// What a mark phase found (summed over its workers).
#[derive(Default)]
pub struct MarkStats {
    pub marked_bytes: usize,
    pub marked_objects: usize,
    /// Bytes of goroutine stacks and of package variables scanned (gctrace's
    /// "stacks" and "globals").
    pub stack_bytes: usize,
    pub global_bytes: usize,
}

/// Part of a marked object still to be scanned: `[lo, hi)`, read as the tag
/// in the low bits of `lo` says (addresses are 8-aligned): word by word,
/// by the heap bits (`SMALL`), or value by value from `lo` (which starts a
/// value) by its span's pointer map (`TYPED`). Two words, as the mark queue is
/// the collector's hottest data.
#[derive(Clone, Copy)]
struct Piece {
    lo: usize,
    hi: usize,
}

/// Tags of `Piece::lo`.
const TYPED: usize = 1;
const SMALL: usize = 2;
const TAGS: usize = 7;

/// Bytes of a large object one piece covers at most (Go's `maxObletBytes`).
const OBLET_BYTES: usize = 128 << 10;

/// Work the mark workers share: batches of pieces to scan that a busy worker
/// gave away, and how many workers have run out of work. A worker that finds
/// the queue empty when every worker is idle is done: only busy workers add
/// batches, and the last to go idle looks at the queue once more.
struct Shared {
    queue: std::sync::Mutex<Vec<Vec<Piece>>>,
    idle: AtomicUsize,
    workers: usize,
}

/// Objects a worker keeps to itself before it gives half of them away (when
/// another worker is idle).
const SHARE_ABOVE: usize = 4;

/// One mark worker: pieces of objects marked but not scanned yet.
struct Worker<'a> {
    work: Vec<Piece>,
    /// `mheap::heap_bits_bias()`, read once.
    heap_bits: usize,
    shared: &'a Shared,
    stats: MarkStats,
}

impl Worker<'_> {
    /// Marks the object `w` points into, if it is a heap object.
    ///
    /// # Safety
    /// The world is stopped.
    unsafe fn mark_word(&mut self, w: usize) {
        // SAFETY: the world is stopped: spans do not change.
        let Some(s) = (unsafe { span_of(w) }) else { return };
        let Some(i) = s.slot(w) else { return };
        if s.mark(i) {
            self.stats.marked_bytes += s.elemsize;
            self.stats.marked_objects += 1;
            self.push_object(s, i);
        }
    }

    /// Queues the words of slot `i` of `s` for scanning.
    #[inline(always)]
    fn push_object(&mut self, s: &Span, i: usize) {
        if s.noscan() {
            return;
        }
        let base = s.base + i * s.elemsize;
        if !s.large() {
            // by the heap bits only where some object has scalar words
            let tag = if s.scalars { SMALL } else { 0 };
            self.work.push(Piece { lo: base | tag, hi: base + s.elemsize });
        } else {
            self.push_large(s, base);
        }
    }

    /// Queues a large object in pieces of at most `OBLET_BYTES` (whole values
    /// of its type, when its pointer map is known).
    #[inline(never)]
    fn push_large(&mut self, s: &Span, base: usize) {
        let end = base + s.elemsize;
        let (step, typed) = s.ptrmap.map_or((OBLET_BYTES, 0), |m| ((OBLET_BYTES / m.size).max(1) * m.size, TYPED));
        let mut lo = base;
        while lo < end {
            let hi = end.min(lo + step);
            self.work.push(Piece { lo: lo | typed, hi });
            lo = hi;
        }
    }

    /// Marks what a piece points to.
    ///
    /// # Safety
    /// The piece is part of a marked object; the world is stopped.
    #[inline(always)]
    unsafe fn scan_piece(&mut self, p: Piece) {
        let lo = p.lo & !TAGS;
        match p.lo & TAGS {
            // SAFETY (both): the object's memory, as the caller vouches.
            SMALL => return unsafe { crate::mbitmap::for_each_pointer(self.heap_bits, lo, p.hi, |w| self.mark_word(w)) },
            TYPED => {}
            _ => return unsafe { self.scan(lo, p.hi) },
        }
        // SAFETY: the world is stopped: spans do not change.
        let m = unsafe { span_of(lo) }.and_then(|s| s.ptrmap).unwrap_or_else(|| crate::panic::throw("typed piece without a pointer map"));
        let mut v = lo;
        // a value cut by the span's end is past the object's last one
        while v + m.size <= p.hi {
            for &w in m.words.iter() {
                // SAFETY: a word of a value inside the object.
                unsafe { self.mark_word(*((v + 8 * w as usize) as *const usize)) };
            }
            v += m.size;
        }
    }

    /// Marks what the words of `[lo, hi)` point to.
    ///
    /// # Safety
    /// The range is readable memory; the world is stopped.
    #[inline(always)]
    unsafe fn scan(&mut self, lo: usize, hi: usize) {
        let mut p = (lo + 7) & !7;
        while p + 8 <= hi {
            // SAFETY: inside the range the caller vouches for.
            unsafe { self.mark_word(*(p as *const usize)) };
            p += 8;
        }
    }

    /// Scans marked objects until no worker has any left.
    ///
    /// # Safety
    /// The world is stopped.
    unsafe fn drain(&mut self) {
        loop {
            while let Some(p) = self.work.pop() {
                // SAFETY: a piece of a marked object of the heap.
                unsafe { self.scan_piece(p) };
                if self.work.len() > SHARE_ABOVE && self.shared.idle.load(Ordering::Relaxed) > 0 {
                    let half = self.work.split_off(self.work.len() / 2);
                    self.shared.queue.lock().unwrap_or_else(|e| e.into_inner()).push(half);
                }
            }
            if !self.steal() {
                return;
            }
        }
    }

    /// Waits for a batch from the queue; false when every worker is out of work.
    fn steal(&mut self) -> bool {
        let sh = self.shared;
        sh.idle.fetch_add(1, Ordering::AcqRel);
        loop {
            if let Some(batch) = sh.queue.lock().unwrap_or_else(|e| e.into_inner()).pop() {
                sh.idle.fetch_sub(1, Ordering::AcqRel);
                self.work = batch;
                return true;
            }
            if sh.idle.load(Ordering::Acquire) == sh.workers {
                return false;
            }
            std::hint::spin_loop();
        }
    }

    /// A goroutine's stack and saved registers.
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
                let lo = r as *const crate::preempt::Regs as usize;
                self.scan(lo, lo + size_of::<crate::preempt::Regs>());
            }
            if g.stack_lo != 0 {
                let sp = s.sp.clamp(g.stack_lo, g.stack_hi);
                self.scan(sp, g.stack_hi);
                self.stats.stack_bytes += g.stack_hi - sp;
            }
            for (lo, hi) in g.side.live() {
                self.scan(lo, hi);
                self.stats.stack_bytes += hi - lo;
            }
        }
    }

    /// The roots that are not goroutines': package variables, Ms, timers, pools.
    ///
    /// # Safety
    /// The world is stopped.
    unsafe fn scan_other_roots(&mut self) {
        // SAFETY (for the block): the world is stopped; every range scanned is
        // memory the runtime owns and keeps mapped.
        unsafe {
            for (addr, size) in DATA_ROOTS.with(|r| r.clone()) {
                self.scan(addr, addr + size);
                self.stats.global_bytes += size;
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
            crate::pool::gc_roots(&mut |p| self.mark_word(p));
            crate::mfinal::gc_roots(&mut |r| match r {
                crate::mfinal::Root::Word(w) => self.mark_word(w),
                crate::mfinal::Root::Contents(p) => self.scan_contents(p),
            });
        }
    }

    /// Marks what the object `p` points into points to, leaving the object
    /// itself unmarked (a finalized object's referents).
    ///
    /// # Safety
    /// The world is stopped.
    unsafe fn scan_contents(&mut self, p: usize) {
        // SAFETY: the world is stopped: spans do not change.
        let Some(s) = (unsafe { span_of(p) }) else { return };
        if let Some(i) = s.slot(p) {
            self.push_object(s, i);
        }
    }
}

/// Marks everything reachable from the roots with `workers` threads (the
/// calling one and `workers - 1` others): each scans its share of the
/// goroutines, the first also the other roots, and busy workers give work to
/// idle ones.
///
/// # Safety
/// The world is stopped: every goroutine parked or in a system call.
pub unsafe fn mark_all(workers: usize) -> MarkStats {
    // addresses, to share with the helper threads
    let gs: Vec<usize> = crate::proc::allgs().into_iter().map(|g| g as usize).collect();
    let shared = Shared { queue: std::sync::Mutex::new(Vec::new()), idle: AtomicUsize::new(0), workers };
    let work = |id: usize| {
        let mut w = Worker { work: Vec::new(), heap_bits: crate::mheap::heap_bits_bias(), shared: &shared, stats: MarkStats::default() };
        // SAFETY: the world is stopped for the whole mark phase; Gs live forever.
        unsafe {
            if id == 0 {
                w.scan_other_roots();
            }
            for &g in gs.iter().skip(id).step_by(workers) {
                w.scan_g(&*(g as *const G));
            }
            w.drain();
        }
        w.stats
    };
    let all: Vec<MarkStats> = std::thread::scope(|sc| {
        let helpers: Vec<_> = (1..workers).map(|id| sc.spawn(move || work(id))).collect();
        let mut all = vec![work(0)];
        all.extend(helpers.into_iter().map(|h| h.join().unwrap_or_else(|_| crate::panic::throw("mark worker failed"))));
        all
    });
    all.into_iter().fold(MarkStats::default(), |a, b| MarkStats {
        marked_bytes: a.marked_bytes + b.marked_bytes,
        marked_objects: a.marked_objects + b.marked_objects,
        stack_bytes: a.stack_bytes + b.stack_bytes,
        global_bytes: a.global_bytes + b.global_bytes,
    })
}

/// Go's `gccheckmark`: marks everything again, on one thread, and reports any
/// object this second mark reaches that the first left unmarked (which the
/// sweeper would have freed while it is reachable), then dies. With the same
/// roots, this checks the marker itself: its parallel workers, the queue they
/// share, the atomic mark bits.
///
/// # Safety
/// The world is stopped, right after `mark_all`.
pub unsafe fn checkmark() {
    let spans: Vec<*mut crate::mheap::Span> = crate::mheap::HEAP.with(|h| h.allspans.clone());
    // SAFETY (for the block): the world is stopped; spans live forever.
    unsafe {
        let first: Vec<Vec<u64>> = spans.iter().map(|&s| (*s).mark_bits.iter().map(|w| w.swap(0, Ordering::Relaxed)).collect()).collect();
        mark_all(1);
        let mut missed = 0;
        for (&s, first) in spans.iter().zip(&first) {
            let s = &*s;
            for (w, (again, before)) in s.mark_bits.iter().zip(first).enumerate() {
                let lost = again.load(Ordering::Relaxed) & !before;
                if s.in_use && lost != 0 {
                    let slot = w * 64 + lost.trailing_zeros() as usize;
                    crate::output::ewrite(
                        format!("runtime: checkmark found unmarked object {:#x} (span class {}, size {})\n", s.base + slot * s.elemsize, s.spc, s.elemsize)
                            .as_bytes(),
                    );
                    missed += 1;
                }
                again.fetch_or(*before, Ordering::Relaxed);
            }
        }
        if missed > 0 {
            crate::panic::throw("checkmark found unmarked objects");
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
