//! Spans with free slots, by span class (Go's `mcentral.go`): where an M's cache
//! takes its next span from. The lists live in `MHeap::partial`, under the heap
//! lock; the sweeper rebuilds them after every collection from the spans that
//! kept free slots, and a cache that finds none gets a fresh span.

use crate::mheap::{Span, HEAP};

/// A span of class `spc` with free slots, now owned by the calling M's cache.
/// While the last collection's spans are not all swept, sweeps them until one
/// of this class has free slots (as Go's `mcentral.cacheSpan`).
pub fn cache_span(spc: usize) -> *mut Span {
    HEAP.with(|h| {
        let s = loop {
            if let Some(s) = h.partial[spc].pop() {
                break s;
            }
            if !h.sweep_one() {
                break h.alloc_class_span(spc);
            }
        };
        // SAFETY: a span of the heap, in use, now owned by the caller's cache.
        unsafe { (*s).cached = true };
        s
    })
}
