//! Spans with free slots, by span class (Go's `mcentral.go`): where an M's cache
//! takes its next span from. The lists live in `MHeap::partial`, under the heap
//! lock; the sweeper rebuilds them after every collection from the spans that
//! kept free slots, and a cache that finds none gets a fresh span.

use crate::mheap::{Span, HEAP};

/// A span of class `spc` with free slots, now owned by the calling M's cache.
pub fn cache_span(spc: usize) -> *mut Span {
    HEAP.with(|h| {
        let s = h.partial[spc].pop().unwrap_or_else(|| h.alloc_class_span(spc));
        // SAFETY: a span of the heap, in use, now owned by the caller's cache.
        unsafe { (*s).cached = true };
        s
    })
}
