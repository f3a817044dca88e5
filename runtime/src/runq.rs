//! A P's local run queue (Go's `runqput`/`runqget`/`runqgrab`): a fixed ring that
//! only the owning P appends to, while any P may take from its head (stealing),
//! plus `runnext`, a one-goroutine slot that runs next (a readied goroutine runs
//! before older work, as Go does, so channel hand-offs stay on one CPU).

use crate::abi::G;
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};

pub const RUNQ_SIZE: usize = 256;

pub struct Runq {
    head: AtomicU32,
    tail: AtomicU32,
    ring: [AtomicPtr<G>; RUNQ_SIZE],
    runnext: AtomicPtr<G>,
}

impl Default for Runq {
    fn default() -> Self {
        Runq {
            head: AtomicU32::new(0),
            tail: AtomicU32::new(0),
            ring: std::array::from_fn(|_| AtomicPtr::new(std::ptr::null_mut())),
            runnext: AtomicPtr::new(std::ptr::null_mut()),
        }
    }
}

impl Runq {
    /// Adds `g` (to `runnext` if `next`); returns the goroutines that did not fit
    /// (half the queue plus `g`), for the global queue. Owner only.
    pub fn put(&self, mut g: *mut G, next: bool) -> Vec<*mut G> {
        if next {
            let old = self.runnext.swap(g, Ordering::AcqRel);
            if old.is_null() {
                return Vec::new();
            }
            g = old;
        }
        loop {
            let h = self.head.load(Ordering::Acquire);
            let t = self.tail.load(Ordering::Relaxed);
            if (t.wrapping_sub(h) as usize) < RUNQ_SIZE {
                self.ring[t as usize % RUNQ_SIZE].store(g, Ordering::Relaxed);
                self.tail.store(t.wrapping_add(1), Ordering::Release);
                return Vec::new();
            }
            // full: move half of it out, with g
            let n = (t.wrapping_sub(h) / 2) as usize;
            let batch: Vec<*mut G> = (0..n).map(|i| self.ring[(h as usize + i) % RUNQ_SIZE].load(Ordering::Relaxed)).collect();
            if self.head.compare_exchange(h, h.wrapping_add(n as u32), Ordering::AcqRel, Ordering::Relaxed).is_ok() {
                let mut out = batch;
                out.push(g);
                return out;
            }
        }
    }

    /// Makes `g` the next to run; returns the goroutine it displaces from
    /// `runnext`, if any. Owner only.
    pub fn put_next(&self, g: *mut G) -> Option<*mut G> {
        let old = self.runnext.swap(g, Ordering::AcqRel);
        (!old.is_null()).then_some(old)
    }

    /// Takes the next goroutine to run. Owner only.
    pub fn get(&self) -> Option<*mut G> {
        let next = self.runnext.load(Ordering::Relaxed);
        if !next.is_null() && self.runnext.compare_exchange(next, std::ptr::null_mut(), Ordering::AcqRel, Ordering::Relaxed).is_ok() {
            return Some(next);
        }
        loop {
            let h = self.head.load(Ordering::Acquire);
            let t = self.tail.load(Ordering::Relaxed);
            if t == h {
                return None;
            }
            let g = self.ring[h as usize % RUNQ_SIZE].load(Ordering::Relaxed);
            if self.head.compare_exchange(h, h.wrapping_add(1), Ordering::AcqRel, Ordering::Relaxed).is_ok() {
                return Some(g);
            }
        }
    }

    /// How many goroutines are queued (a snapshot, for `schedtrace`).
    pub fn len(&self) -> usize {
        let n = self.tail.load(Ordering::Acquire).wrapping_sub(self.head.load(Ordering::Acquire)) as usize;
        n + usize::from(!self.runnext.load(Ordering::Acquire).is_null())
    }

    /// Whether the queue (not counting `runnext`) has no room. Owner only.
    pub fn is_full(&self) -> bool {
        self.tail.load(Ordering::Relaxed).wrapping_sub(self.head.load(Ordering::Acquire)) as usize >= RUNQ_SIZE
    }

    pub fn is_empty(&self) -> bool {
        self.head.load(Ordering::Acquire) == self.tail.load(Ordering::Acquire) && self.runnext.load(Ordering::Acquire).is_null()
    }

    /// Takes half of this queue for another P (`runnext` too when nothing else is
    /// queued). Any P may call it.
    pub fn steal(&self) -> Vec<*mut G> {
        loop {
            let h = self.head.load(Ordering::Acquire);
            let t = self.tail.load(Ordering::Acquire);
            let n = t.wrapping_sub(h);
            let n = n - n / 2;
            if n == 0 {
                let next = self.runnext.load(Ordering::Acquire);
                if !next.is_null() && self.runnext.compare_exchange(next, std::ptr::null_mut(), Ordering::AcqRel, Ordering::Relaxed).is_ok() {
                    return vec![next];
                }
                return Vec::new();
            }
            if n as usize > RUNQ_SIZE / 2 {
                // head and tail were read inconsistently; try again
                continue;
            }
            let batch: Vec<*mut G> = (0..n).map(|i| self.ring[(h.wrapping_add(i)) as usize % RUNQ_SIZE].load(Ordering::Relaxed)).collect();
            if self.head.compare_exchange(h, h.wrapping_add(n), Ordering::AcqRel, Ordering::Relaxed).is_ok() {
                return batch;
            }
        }
    }

    /// Everything queued (for a P being taken out of service). Owner only.
    pub fn drain(&self) -> Vec<*mut G> {
        let mut out = Vec::new();
        while let Some(g) = self.get() {
            out.push(g);
        }
        out
    }
}
