//! The heap profile (Go's `mprof.go`): `runtime.MemProfile` and what
//! `runtime/pprof`'s heap and allocs profiles are made of.
//!
//! One allocation in about `runtime.MemProfileRate` bytes is *sampled*: the
//! distance to the next sample is drawn from an exponential distribution of
//! that mean (a Poisson process over the bytes allocated, as Go's
//! `nextSample`), so that every byte is equally likely to be sampled whatever
//! the sizes. A sample records the call stack that allocated and the object's
//! size in a *bucket* (one per stack and size), and the object is watched: when
//! a collection finds it unreachable, its bucket counts a free.
//!
//! Counts reach the profile a collection late, as Go's: a sample, and the frees
//! a collection finds, are *pending* until that collection ends, then become
//! *active*, which is what `MemProfile` reports. So the profile describes the
//! heap as of the last collection, and does not favour allocations (made in
//! real time) over frees (found by collections). Go keeps three cycles of
//! pending counts because its marking runs alongside the program; minigo's
//! collector stops the world, so one suffices. A profile with nothing active
//! (no collection yet) reports the pending counts, as Go's does.
//!
//! Sampling costs nothing in programs that cannot read the profile: as Go's
//! linker does, the compiler turns it on only in programs that refer to
//! `runtime.MemProfile` (`ENABLED`; `runtime.MemProfileRate` then starts at
//! 512 KiB, else at 0), and there it allocates through `mallocgc` only, which
//! samples (compiled code's inline allocation does not).
//!
//! Why hand-rolled: this is the allocator's own bookkeeping, reached from
//! `mallocgc` and the collector's pause.

use crate::abi::G;
use crate::lock::Locked;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

/// The program can read the heap profile: allocations are sampled.
pub static ENABLED: AtomicBool = AtomicBool::new(false);

/// `runtime.MemProfileRate`, the Go variable (null until the runtime package's
/// initialization names it). Programs write it without synchronization, as
/// Go's do; it is read as a plain word.
static RATE: AtomicPtr<isize> = AtomicPtr::new(std::ptr::null_mut());

/// Go's default `MemProfileRate`: a sample every 512 KiB on average.
const DEFAULT_RATE: isize = 512 * 1024;

/// How many frames a sample keeps (`MemProfileRecord.Stack0`).
pub const MAX_STACK: usize = 32;

thread_local! {
    /// Bytes this M still allocates before its next sample (Go's per-mcache
    /// `nextSample`), and the rate it was drawn for.
    static NEXT_SAMPLE: Cell<(isize, isize)> = const { Cell::new((0, 0)) };
}

/// Allocations and frees of one bucket.
#[derive(Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub allocs: u64,
    pub frees: u64,
}

/// The samples of one call stack and object size.
pub struct Bucket {
    pub size: usize,
    /// Program counters of the logical frames, innermost first (encoded as
    /// `traceback::PC_DEPTH_SHIFT` says).
    pub stack: Vec<usize>,
    /// As of the last collection: what `MemProfile` reports.
    pub active: Counts,
    /// Since the last collection.
    pending: Counts,
}

struct Profile {
    /// In order of creation; `MemProfile` lists the newest first, as Go's.
    buckets: Vec<Bucket>,
    /// Bucket index by (size, stack).
    index: BTreeMap<(usize, Vec<usize>), usize>,
    /// Sampled objects not yet found unreachable: (address, bucket index).
    watched: Vec<(usize, usize)>,
}

static PROFILE: Locked<Profile> = Locked::new(Profile { buckets: Vec::new(), index: BTreeMap::new(), watched: Vec::new() });

/// Names `runtime.MemProfileRate` and returns its initial value: Go's 512 KiB
/// when the program can read the profile, else 0.
///
/// # Safety
/// `rate` is the address of the Go variable, which lives as long as the program.
pub unsafe fn init(rate: *mut isize) -> isize {
    RATE.store(rate, Ordering::Relaxed);
    if ENABLED.load(Ordering::Relaxed) {
        DEFAULT_RATE
    } else {
        0
    }
}

/// The current `MemProfileRate` (0 before the runtime package names it).
fn rate() -> isize {
    let p = RATE.load(Ordering::Relaxed);
    if p.is_null() {
        return 0;
    }
    // SAFETY: the Go variable; a racy read of a word, as Go's mallocgc's.
    unsafe { std::ptr::read_volatile(p) }
}

/// Bytes to allocate before the next sample at `rate` (Go's `nextSample`).
fn next_sample(rate: isize) -> isize {
    match rate {
        r if r <= 0 => isize::MAX,
        1 => 0,
        r => {
            // -ln(u) for u uniform in (0, 1], times the mean
            let u = ((crate::fastrand() >> 11) + 1) as f64 / (1u64 << 53) as f64;
            (-u.ln() * r as f64) as isize
        }
    }
}

/// Where the allocating goroutine stopped to allocate: for a goroutine in a
/// native call, its `g.sched`; in a `preserve_all` entry (whose `g.sched.sp`
/// is not at the return address), the return address and frame pointer
/// among the registers it saved.
#[derive(Clone, Copy)]
pub enum Site {
    Native,
    Call { pc: usize, fp: usize },
}

impl Site {
    /// The site of a `preserve_all` entry called with registers `r`.
    pub fn of(r: &crate::preempt::Regs) -> Site {
        Site::Call { pc: r.gregs[libc::REG_RIP as usize], fp: r.gregs[libc::REG_RBP as usize] }
    }
}

/// Called by `mallocgc` for each object of `size` bytes (its slot's size)
/// allocated at `p` while sampling is on: samples it when its turn comes.
pub fn malloc(p: usize, size: usize, curg: Option<&G>, site: Site) {
    let rate = rate();
    if rate <= 0 {
        return;
    }
    let (left, drawn_for) = NEXT_SAMPLE.get();
    let left = left - size as isize;
    if left >= 0 && drawn_for == rate {
        NEXT_SAMPLE.set((left, rate));
        return;
    }
    NEXT_SAMPLE.set((next_sample(rate), rate));
    let stack = match curg {
        None => Vec::new(),
        Some(g) => {
            let frames = match site {
                Site::Native => crate::traceback::caller_frames(g),
                Site::Call { pc, fp } => crate::traceback::frames_from(g, pc, fp),
            };
            frames.iter().take(MAX_STACK).map(|f| f.pc).collect()
        }
    };
    PROFILE.with(|prof| {
        let n = prof.buckets.len();
        let b = *prof.index.entry((size, stack.clone())).or_insert(n);
        if b == n {
            prof.buckets.push(Bucket { size, stack, active: Counts::default(), pending: Counts::default() });
        }
        prof.buckets[b].pending.allocs += 1;
        prof.watched.push((p, b));
    });
}

/// After a collection's marking, with the world stopped: the watched objects
/// it did not mark are freed; then the cycle's counts become the profile.
///
/// # Safety
/// The world is stopped, marking finished, nothing swept yet.
pub unsafe fn collected() {
    if !ENABLED.load(Ordering::Relaxed) {
        return;
    }
    PROFILE.with(|prof| {
        let Profile { buckets, watched, .. } = prof;
        watched.retain(|&(p, b)| {
            // SAFETY: the world is stopped; p is a sampled object's base.
            let live = unsafe { crate::mgcmark::is_marked(p) };
            if !live {
                buckets[b].pending.frees += 1;
            }
            live
        });
        for b in buckets.iter_mut() {
            b.active.allocs += b.pending.allocs;
            b.active.frees += b.pending.frees;
            b.pending = Counts::default();
        }
    });
}

/// Calls `record` with the buckets `MemProfile` reports, newest first: with
/// `in_use_zero`, all; else those whose objects are not all freed. Before
/// any collection, the pending counts are reported (and kept) as active.
pub fn records(in_use_zero: bool, mut record: impl FnMut(&Bucket)) {
    PROFILE.with(|prof| {
        if prof.buckets.iter().all(|b| b.active == Counts::default()) {
            for b in prof.buckets.iter_mut() {
                b.active = b.pending;
                b.pending = Counts::default();
            }
        }
        for b in prof.buckets.iter().rev() {
            if in_use_zero || b.active.allocs != b.active.frees {
                record(b);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn sample_distances_average_the_rate() {
        let n = 20_000;
        let mean = (0..n).map(|_| super::next_sample(4096) as f64).sum::<f64>() / n as f64;
        assert!((mean - 4096.0).abs() < 4096.0 * 0.05, "mean distance {mean}");
        assert_eq!(super::next_sample(1), 0, "a rate of 1 samples every allocation");
        assert_eq!(super::next_sample(0), isize::MAX);
    }
}
