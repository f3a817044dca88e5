//! The garbage collector (Go's `mgc.go`): a non-moving, stop-the-world
//! mark-sweep collector over the heap of `mheap`.
//!
//! A cycle:
//! 1. *Trigger.* Allocation counts the bytes of every run and large object it
//!    hands out (`note_alloc`); when the live heap reaches the goal
//!    (`heap_marked * (1 + GOGC/100)`, at least 4 MB, capped by `GOMEMLIMIT`),
//!    the allocating goroutine is asked to stop at its next safe point, as a
//!    preemption request does (`request`). Allocation itself never collects: it
//!    may run inside runtime code holding locks or Go pointers in Rust locals.
//! 2. *Stop the world* at that safe point (`gc_at_safe_point`, entered from
//!    `park_m` with the goroutine parked, its registers saved): every other P
//!    is stopped through the preemption machinery (`proc::stop_the_world`);
//!    goroutines in blocking system calls are scanned from the state they saved
//!    and cannot get a P back until the world restarts.
//! 3. *Mark* from the roots (`mgcmark`), once `sync.Pool`s have set aside
//!    their objects and dropped those set aside before (`pool`); then queue the
//!    finalizers of objects found unreachable and run the drops of dead
//!    runtime structures (`mfinal`).
//! 4. *Start sweeping* (`mgcsweep`): every span in use is to be swept. The goal
//!    for the next cycle follows from what was marked.
//! 5. *Restart the world*, start the finalizer goroutine if finalizers were
//!    queued, and sweep: unmarked slots become free, empty spans go back to the
//!    page heap. The collecting M sweeps before it resumes its goroutine, while
//!    the others run (and sweep what they need before they allocate); then it
//!    returns free page runs idle for a whole cycle to the OS (Go's scavenger).
//!
//! Marking runs with the world stopped, on up to GOMAXPROCS threads once the
//! heap is big enough to pay for them. Marking concurrently with the program
//! needs write barriers in compiled code: a later step, for which the mark bits
//! and the cache flush are already per span.

use crate::abi::G;
use crate::lock::Locked;
use crate::sizeclasses::PAGE_SIZE;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Go's `heapminimum`: the smallest goal (at GOGC=100).
const HEAP_MINIMUM: usize = 4 << 20;
/// Below this heap size one thread marks; above, up to GOMAXPROCS threads
/// (and at most `MAX_MARK_WORKERS`).
const PARALLEL_MARK_HEAP: usize = 8 << 20;
const MAX_MARK_WORKERS: usize = 8;

/// Bytes handed out since the last collection plus those it found live (Go's
/// `heapLive`); the goal it is compared with (`next_gc`).
static HEAP_LIVE: AtomicUsize = AtomicUsize::new(0);
static NEXT_GC: AtomicUsize = AtomicUsize::new(HEAP_MINIMUM);
/// What the last collection found live.
static HEAP_MARKED: AtomicUsize = AtomicUsize::new(0);
/// A collection is wanted at the next safe point.
static REQUESTED: AtomicBool = AtomicBool::new(false);
/// Runs handed out since start (for `gcstress=N`).
static ALLOCS: AtomicUsize = AtomicUsize::new(0);

/// `GOGC` (-1 when off) and `GOMEMLIMIT` in bytes (`i64::MAX` when none),
/// changed by `runtime/debug`.
static GCPERCENT: AtomicI64 = AtomicI64::new(i64::MIN);
static MEMLIMIT: AtomicI64 = AtomicI64::new(i64::MIN);

/// What the last cycle found, for `runtime.ReadMemStats`.
struct Stats {
    marked_objects: u64,
    /// `TOTAL_OBJECTS` when the cycle ended.
    objects_at_gc: u64,
    pause_total_ns: u64,
    /// Go's circular `PauseNs`: cycle N's pause at `(N - 1) % 256`.
    pause_ns: [u64; 256],
    last_gc: u64,
    numgc: u32,
    num_forced_gc: u32,
}

static STATS: Locked<Stats> =
    Locked::new(Stats { marked_objects: 0, objects_at_gc: 0, pause_total_ns: 0, pause_ns: [0; 256], last_gc: 0, numgc: 0, num_forced_gc: 0 });
/// Bytes and objects handed out to caches and as large objects, less what
/// caches gave back unused (Go's `TotalAlloc` and `Mallocs`).
static TOTAL_ALLOC: AtomicUsize = AtomicUsize::new(0);
static TOTAL_OBJECTS: AtomicUsize = AtomicUsize::new(0);
static NUMGC: AtomicU32 = AtomicU32::new(0);

/// When the runtime started (gctrace's `@T`): set by `proc`'s start.
pub fn start_time() -> i64 {
    static START: OnceLock<i64> = OnceLock::new();
    *START.get_or_init(crate::time::nanotime)
}

pub fn gcpercent() -> i64 {
    let v = GCPERCENT.load(Ordering::Relaxed);
    if v != i64::MIN {
        return v;
    }
    let env = std::env::var("GOGC").unwrap_or_default();
    let v = if env == "off" { -1 } else { env.parse::<i64>().ok().filter(|&n| n >= 0).unwrap_or(100) };
    GCPERCENT.store(v, Ordering::Relaxed);
    v
}

pub fn memlimit() -> i64 {
    let v = MEMLIMIT.load(Ordering::Relaxed);
    if v != i64::MIN {
        return v;
    }
    let v = std::env::var("GOMEMLIMIT").ok().and_then(|s| parse_memlimit(&s)).unwrap_or(i64::MAX);
    MEMLIMIT.store(v, Ordering::Relaxed);
    v
}

/// `GOMEMLIMIT`'s syntax: a number of bytes with an optional B, KiB, MiB, GiB
/// or TiB suffix, or `off`.
fn parse_memlimit(s: &str) -> Option<i64> {
    if s == "off" {
        return Some(i64::MAX);
    }
    let units = [("TiB", 1i64 << 40), ("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10), ("B", 1)];
    let (num, mul) = units.iter().find_map(|&(u, m)| s.strip_suffix(u).map(|n| (n, m))).unwrap_or((s, 1));
    num.parse::<i64>().ok().and_then(|n| n.checked_mul(mul))
}

/// Sets GOGC; returns the previous setting (`debug.SetGCPercent`).
pub fn set_gcpercent(v: i64) -> i64 {
    let old = gcpercent();
    GCPERCENT.store(v.max(-1), Ordering::Relaxed);
    set_goal(HEAP_MARKED.load(Ordering::Relaxed));
    old
}

/// Sets GOMEMLIMIT (negative: only reads it); returns the previous setting.
pub fn set_memlimit(v: i64) -> i64 {
    let old = memlimit();
    if v >= 0 {
        MEMLIMIT.store(v, Ordering::Relaxed);
        set_goal(HEAP_MARKED.load(Ordering::Relaxed));
    }
    old
}

/// The goal after a cycle that found `marked` bytes live.
fn set_goal(marked: usize) {
    let pct = gcpercent();
    let by_gogc = if pct < 0 { usize::MAX } else { (marked + marked / 100 * pct as usize).max(HEAP_MINIMUM * pct as usize / 100) };
    // under a memory limit, collect before the heap's pages would exceed it
    let limit = memlimit();
    let by_limit = if limit == i64::MAX { usize::MAX } else { (limit as usize).saturating_sub(limit as usize / 20).max(marked + PAGE_SIZE) };
    NEXT_GC.store(by_gogc.min(by_limit), Ordering::Relaxed);
}

/// Counts `bytes` (`objects` slots) handed out to a cache or as a large
/// object, and asks for a collection when the heap reaches its goal.
pub fn note_alloc(bytes: usize, objects: usize) {
    let live = HEAP_LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    TOTAL_ALLOC.fetch_add(bytes, Ordering::Relaxed);
    TOTAL_OBJECTS.fetch_add(objects, Ordering::Relaxed);
    let stress = crate::debug::vars().gcstress;
    let n = ALLOCS.fetch_add(1, Ordering::Relaxed) + 1;
    if live >= NEXT_GC.load(Ordering::Relaxed) || (stress > 0 && n.is_multiple_of(stress)) {
        request();
    }
}

/// Asks the running goroutine to stop at its next safe point, where the
/// collection runs (`gc_at_safe_point`).
fn request() {
    REQUESTED.store(true, Ordering::Release);
    // SAFETY: on an M's thread (allocation in the heap happens only there).
    let Some(m) = (unsafe { crate::proc::curm_opt() }) else { return };
    if let Some(g) = std::ptr::NonNull::new(m.curg) {
        // SAFETY: the goroutine this M runs.
        crate::preempt::preemptone(unsafe { g.as_ref() });
    }
}

/// Whether a goroutine stopping at a safe point should collect.
pub fn requested() -> bool {
    REQUESTED.load(Ordering::Acquire)
}

/// Runs a collection from goroutine `g`'s safe point (`park_m`, `g` parked with
/// its registers saved). Another M may be collecting already: this one then
/// stops with the world, and `forced` (`runtime.GC`, which must see a whole
/// cycle that starts after the call) collects again after it. Whether
/// finalizers are waiting to run.
///
/// # Safety
/// On the system stack of an M holding a P, with `g` parked on it.
pub unsafe fn gc_at_safe_point(forced: bool) -> bool {
    loop {
        let t0 = crate::time::nanotime();
        if crate::proc::stop_the_world() {
            // SAFETY: the world is stopped.
            unsafe { collect(forced, t0) };
            crate::proc::start_the_world();
            let finalizers = crate::mfinal::wake();
            crate::mgcsweep::finish();
            crate::mheap::HEAP.with(|h| h.scavenge(NUMGC.load(Ordering::Relaxed), false));
            return finalizers;
        }
        crate::proc::stop_with_the_world();
        if !forced {
            return false;
        }
    }
}

/// One cycle, with the world stopped (since `t0`, when stopping it began).
///
/// # Safety
/// The world is stopped, by this M.
unsafe fn collect(forced: bool, t0: i64) {
    let stopped = crate::time::nanotime();
    REQUESTED.store(false, Ordering::Relaxed);
    // the last cycle's spans are swept before their mark bits are reused
    crate::mgcsweep::finish();
    // runs left in the caches go back: they are free slots, not allocations
    let (mut unused, mut unused_objects) = (0, 0);
    for m in crate::proc::allms() {
        // SAFETY: the world is stopped: no M uses its cache.
        let (b, o) = unsafe { (*m).mcache.flush() };
        unused += b;
        unused_objects += o;
    }
    let heap_before = HEAP_LIVE.load(Ordering::Relaxed).saturating_sub(unused);
    TOTAL_ALLOC.fetch_sub(unused, Ordering::Relaxed);
    TOTAL_OBJECTS.fetch_sub(unused_objects, Ordering::Relaxed);
    // a small heap is marked faster than helper threads start (the stress mode
    // marks every 8th cycle in parallel whatever the size, to exercise it)
    let cycle = NUMGC.load(Ordering::Relaxed) + 1;
    let parallel = heap_before >= PARALLEL_MARK_HEAP || (crate::debug::vars().gcstress > 0 && cycle.is_multiple_of(8));
    let workers = if parallel { crate::proc::gomaxprocs().min(crate::proc::ncpu()).min(MAX_MARK_WORKERS) } else { 1 };
    // SAFETY: the world is stopped; listed pools are live.
    unsafe { crate::pool::cleanup() };
    // SAFETY: the world is stopped.
    let mk = unsafe { crate::mgcmark::mark_all(workers) };
    if crate::debug::vars().gccheckmark {
        // SAFETY: as above, right after marking.
        unsafe { crate::mgcmark::checkmark() };
    }
    // SAFETY: as above, marking done (timers first: their unreachable channels
    // are about to be dropped).
    unsafe { crate::time::forget_unreachable() };
    // SAFETY: as above.
    let resurrected = unsafe { crate::mfinal::queue_unreachable() };
    let marked_bytes = mk.marked_bytes + resurrected;
    // SAFETY: as above.
    unsafe { crate::mfinal::drop_unmarked() };
    // SAFETY: as above.
    unsafe { crate::mprof::collected() };
    let t1 = crate::time::nanotime();
    NUMGC.store(cycle, Ordering::Relaxed);
    let poison = crate::debug::vars().gcstress > 0;
    // SAFETY: the world is stopped, marking done.
    unsafe { crate::mgcsweep::start(cycle, poison) };
    HEAP_LIVE.store(marked_bytes, Ordering::Relaxed);
    HEAP_MARKED.store(marked_bytes, Ordering::Relaxed);
    set_goal(marked_bytes);
    let t2 = crate::time::nanotime();
    let pause = (t2 - t0) as u64;
    STATS.with(|s| {
        s.numgc = cycle;
        s.num_forced_gc += forced as u32;
        s.marked_objects = mk.marked_objects as u64;
        s.objects_at_gc = TOTAL_OBJECTS.load(Ordering::Relaxed) as u64;
        s.pause_total_ns += pause;
        s.pause_ns[(cycle as usize - 1) % 256] = pause;
        s.last_gc = crate::time::walltime() as u64;
    });
    if crate::debug::vars().gctrace {
        let ms = |ns: i64| ns as f64 / 1e6;
        let elapsed = t0 - start_time();
        let mb = |b: usize| b >> 20;
        let line = format!(
            "gc {cycle} @{:.3}s {}%: {:.3}+{:.3}+{:.3} ms clock, {}->{}->{} MB, {} MB goal, {} MB stacks, {} MB globals, {} P\n",
            elapsed as f64 / 1e9,
            STATS.with(|s| s.pause_total_ns) * 100 / (elapsed.max(1) as u64),
            ms(stopped - t0),
            ms(t1 - stopped),
            ms(t2 - t1),
            mb(heap_before),
            mb(heap_before),
            mb(marked_bytes),
            mb(NEXT_GC.load(Ordering::Relaxed)),
            mb(mk.stack_bytes),
            mb(mk.global_bytes),
            crate::proc::gomaxprocs(),
        );
        crate::output::ewrite(line.as_bytes());
    }
}

/// `runtime.GC`: parks the calling goroutine to collect at once.
///
/// # Safety
/// `g` is the calling goroutine, in a runtime call that returns to its trampoline right after this.
pub unsafe fn gc(g: *mut G) {
    // SAFETY: as the caller promises.
    unsafe { (*g).park = crate::proc::PARK_GC_FORCED };
}

/// `runtime.MemStats` as the runtime package's `mstats.go` declares it: this
/// mirror must list the same fields in the same order (minigo lays a struct's
/// fields out in order, each at its natural alignment, as gc does).
#[repr(C)]
pub struct MemStats {
    pub alloc: u64,
    pub total_alloc: u64,
    pub sys: u64,
    pub lookups: u64,
    pub mallocs: u64,
    pub frees: u64,
    pub heap_alloc: u64,
    pub heap_sys: u64,
    pub heap_idle: u64,
    pub heap_inuse: u64,
    pub heap_released: u64,
    pub heap_objects: u64,
    pub next_gc: u64,
    pub last_gc: u64,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub num_gc: u32,
    pub num_forced_gc: u32,
}

/// `runtime.ReadMemStats`. Runs the caches hold count as allocated only as far
/// as they are used, so that a goroutine counting its own allocations
/// (`testing.AllocsPerRun`) counts exactly wherever it ran: as Go does, the
/// world is stopped while every M's cache is read. (When another M is
/// stopping the world already, only the calling M's cache can be read; other
/// Ms' runs then count whole.)
pub fn read_mem_stats(out: &mut MemStats) {
    let stopped = crate::proc::stop_the_world();
    let (mut unused, mut unused_objects) = (0, 0);
    if stopped {
        for m in crate::proc::allms() {
            // SAFETY: the world is stopped: no other M uses its cache.
            let (b, o) = unsafe { (*m).mcache.outstanding() };
            unused += b;
            unused_objects += o;
        }
    } else {
        // SAFETY: natives run on an M's thread; its cache is only read.
        (unused, unused_objects) = unsafe { crate::proc::curm_opt() }.map_or((0, 0), |m| m.mcache.outstanding());
    }
    let (unused, unused_objects) = (unused as u64, unused_objects as u64);
    let total = (TOTAL_OBJECTS.load(Ordering::Relaxed) as u64).saturating_sub(unused_objects);
    let (sys, inuse, released) = crate::mheap::HEAP.with(|h| (h.sys_bytes() as u64, h.inuse_bytes as u64, h.released_bytes as u64));
    STATS.with(|s| {
        let objects = s.marked_objects + total.saturating_sub(s.objects_at_gc);
        let alloc = (HEAP_LIVE.load(Ordering::Relaxed) as u64).saturating_sub(unused);
        *out = MemStats {
            alloc,
            total_alloc: (TOTAL_ALLOC.load(Ordering::Relaxed) as u64).saturating_sub(unused),
            sys,
            lookups: 0,
            mallocs: total,
            frees: total.saturating_sub(objects),
            heap_alloc: alloc,
            heap_sys: sys,
            heap_idle: sys.saturating_sub(inuse),
            heap_inuse: inuse,
            heap_released: released,
            heap_objects: objects,
            next_gc: NEXT_GC.load(Ordering::Relaxed) as u64,
            last_gc: s.last_gc,
            pause_total_ns: s.pause_total_ns,
            pause_ns: s.pause_ns,
            num_gc: s.numgc,
            num_forced_gc: s.num_forced_gc,
        };
    });
    if stopped {
        crate::proc::start_the_world();
    }
}

/// `debug.FreeOSMemory` after its collection: every free page goes back to the OS.
pub fn free_os_memory() {
    crate::mgcsweep::finish();
    crate::mheap::HEAP.with(|h| h.scavenge(NUMGC.load(Ordering::Relaxed), true));
}

#[cfg(test)]
mod tests {
    #[test]
    fn memory_limits_parse_as_go_parses_them() {
        assert_eq!(super::parse_memlimit("100MiB"), Some(100 << 20));
        assert_eq!(super::parse_memlimit("12345"), Some(12345));
        assert_eq!(super::parse_memlimit("2GiB"), Some(2 << 30));
        assert_eq!(super::parse_memlimit("off"), Some(i64::MAX));
        assert_eq!(super::parse_memlimit("lots"), None);
    }
}
