//! Sweeping (Go's `mgcsweep.go`): after marking, each span's unmarked slots
//! become its free slots (`alloc_bits` takes the mark bits), spans with nothing
//! marked go back to the page heap, and spans with free slots go on their
//! class's partial list for the caches. Sweeping touches only span metadata (a
//! few bytes per 8 KiB page), not the objects, since caches zero a run when they
//! take it.
//!
//! Sweeping is lazy, as Go's: with the world still stopped, `start` only lists
//! the spans in use (`MHeap::unswept`) and empties the partial lists; the world
//! restarts, and the spans are swept one by one under the heap lock by
//! - the M that collected, before it resumes its goroutine (`finish`: Go's
//!   background sweeper, on the collecting M instead of a goroutine of its own);
//! - an M whose cache needs a span of a class none of whose spans is swept yet
//!   with free slots (`mcentral::cache_span`), and an allocation that would
//!   otherwise take pages never used (`MHeap::alloc_pages`): they sweep until
//!   what they need turns up, so the heap does not grow while dead spans wait;
//! - the next collection, before it marks, and `debug.FreeOSMemory`.
//!
//! The invariant that makes this safe: a span is swept before anything reads
//! its free slots or frees it. Caches take spans only from the partial lists
//! (swept spans) or fresh from the page heap; until a span is swept its mark
//! bits are the truth about its slots, and nothing but the sweeper reads them
//! between collections. Marking never sees an unswept span: the next cycle
//! finishes sweeping first, with the world stopped.

use crate::mheap::{MHeap, Span, HEAP};

/// The byte freed memory is filled with under `MINIGODEBUG=gcstress`: a pointer
/// the collector missed then reads as 0xa5a5..., which faults when used.
const POISON: u8 = 0xa5;

/// The spans of a collection that are not swept yet, and how to sweep them.
pub struct Sweep {
    /// Spans that were in use at the collection and are not swept yet (none is
    /// on a partial list or in a cache), among others to skip: every span then
    /// made, in use or not, whose `sweepgen` says which.
    pub unswept: Vec<*mut Span>,
    /// Advanced by each collection: a span whose `sweepgen` is older was in use
    /// at the collection and is not swept yet; spans made since and spans
    /// swept have this one.
    pub gen: u32,
    /// The collection they are swept after (a freed page run is free since).
    cycle: u32,
    /// Fill freed slots with `POISON`.
    poison: bool,
}

impl Sweep {
    pub const fn new() -> Sweep {
        Sweep { unswept: Vec::new(), gen: 0, cycle: 0, poison: false }
    }
}

impl Default for Sweep {
    fn default() -> Self {
        Self::new()
    }
}

/// Starts sweeping after cycle `cycle`'s marking: every span in use is to be
/// swept, and no span has free slots until it is.
///
/// # Safety
/// The world is stopped, marking finished, and no cache holds a span.
pub unsafe fn start(cycle: u32, poison: bool) {
    HEAP.with(|h| {
        debug_assert!(h.sweep.unswept.is_empty(), "a collection before sweeping finished");
        for list in h.partial.iter_mut() {
            list.clear();
        }
        // a copy of the list, not a look at each span: the pause stays short
        h.sweep.unswept.extend_from_slice(&h.allspans);
        h.sweep.gen = h.sweep.gen.wrapping_add(1);
        h.sweep.cycle = cycle;
        h.sweep.poison = poison;
    });
}

/// Sweeps every span left (see the overview for who calls it).
pub fn finish() {
    // a batch per lock: mutators allocating meanwhile wait at most that long
    while HEAP.with(|h| (0..64).all(|_| h.sweep_one())) {}
}

impl MHeap {
    /// Sweeps the next unswept span, if any, or skips one that needs no
    /// sweeping; false when the list is done.
    pub fn sweep_one(&mut self) -> bool {
        let Some(sp) = self.sweep.unswept.pop() else { return false };
        // SAFETY: spans live forever, and the heap lock is held.
        let s = unsafe { &mut *sp };
        if !s.in_use || s.sweepgen == self.sweep.gen {
            return true;
        }
        s.sweepgen = self.sweep.gen;
        // from here, an unswept span: in use, owned by no cache or list
        let nmarked = s.nmarked();
        if self.sweep.poison {
            for slot in (0..s.nelems).filter(|&i| !s.is_marked(i)) {
                // SAFETY: a free slot of an in-use span: nothing refers to it.
                unsafe { std::ptr::write_bytes((s.base + slot * s.elemsize) as *mut u8, POISON, s.elemsize) };
            }
        }
        if nmarked == 0 {
            // SAFETY: as above (its mark bits are all clear).
            unsafe { self.free_span(sp, self.sweep.cycle) };
            return true;
        }
        s.take_marks();
        s.freeindex = 0;
        s.needzero = true;
        if nmarked < s.nelems {
            self.partial[s.spc].push(sp);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sizeclasses::span_class;

    #[test]
    fn sweeping_frees_unmarked_slots_and_empty_spans() {
        HEAP.with(|h| {
            let spc = span_class(48, true);
            let kept = h.alloc_class_span(spc);
            let dead = h.alloc_class_span(spc);
            // SAFETY: both spans were just made; this test owns them.
            let k = unsafe { &mut *kept };
            k.mark(0);
            k.mark(2);
            // in use at the last collection
            k.sweepgen = h.sweep.gen.wrapping_sub(1);
            // SAFETY: as above.
            unsafe { (*dead).sweepgen = k.sweepgen };
            h.sweep.unswept.extend([kept, dead]);
            while h.sweep_one() {}
            assert_eq!(k.alloc_bits[0], 0b101);
            assert_eq!(k.nmarked(), 0, "marks are cleared for the next cycle");
            assert!(k.needzero && h.partial[spc].contains(&kept));
            // SAFETY: spans live forever.
            assert!(!unsafe { &*dead }.in_use, "a span with nothing marked goes back to the page heap");
            assert_eq!(k.next_free_run(), Some((k.base + 48, k.base + 96)));
            h.partial[spc].retain(|&s| s != kept);
            // SAFETY: the kept span is in use and owned by this test.
            unsafe { h.free_span(kept, 0) };
        });
    }
}
