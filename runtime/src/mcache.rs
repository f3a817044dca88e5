//! Per-M allocation caches (Go's `mcache.go`, per M here rather than per P:
//! compiled code reaches its M through `g.m` in one load, and an M runs Go code
//! only while it holds a P, so the two are equivalent for allocation).
//!
//! For each span class the cache holds one span and a *run* in it: a stretch of
//! consecutive free slots `[cur, end)`. Compiled code allocates an object of a
//! statically known size inline by bumping `cur` by the class's size while it
//! stays within `end` (`codegen::FnCtx::alloc`); only when the run is used up
//! does it call the runtime (`mallocgc`), which finds the span's next run of free
//! slots (`Span::next_free_run`) or a new span (`mcentral`). A run is zeroed when
//! taken if its span's pages held objects before.

use crate::mheap::Span;
use crate::sizeclasses::NUM_SPAN_CLASSES;

/// Free slots `[cur, end)` of the cached span of one span class; cur == end
/// when there is none (an empty cache has 0, 0).
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct Run {
    pub cur: usize,
    pub end: usize,
}

/// An M's allocation cache. `#[repr(C)]`: compiled code indexes `alloc` by span
/// class (`abi::M_MCACHE`) and reads `heap_bits` and `span`.
#[repr(C)]
pub struct MCache {
    pub alloc: [Run; NUM_SPAN_CLASSES],
    /// `mheap::heap_bits_bias()`, for compiled code that writes the heap bits
    /// of the objects it allocates: set by the first refill, before any run
    /// has room.
    pub heap_bits: usize,
    /// The span each run is in (null when none).
    pub span: [*mut Span; NUM_SPAN_CLASSES],
}

impl MCache {
    pub const fn new() -> MCache {
        MCache { alloc: [Run { cur: 0, end: 0 }; NUM_SPAN_CLASSES], heap_bits: 0, span: [std::ptr::null_mut(); NUM_SPAN_CLASSES] }
    }

    /// Takes an object of span class `spc` from the current run, refilling it
    /// when empty. The bytes of each new run count as allocated (`mgc::note_alloc`).
    pub fn alloc(&mut self, spc: usize) -> *mut u8 {
        loop {
            let r = &mut self.alloc[spc];
            if r.cur < r.end {
                let p = r.cur;
                // SAFETY: the cached span is in use and owned by this cache.
                r.cur += unsafe { (*self.span[spc]).elemsize };
                return p as *mut u8;
            }
            self.refill(spc);
        }
    }

    /// A new run for span class `spc`: the next free slots of the cached span, or
    /// of a span with free slots, or of a new span.
    fn refill(&mut self, spc: usize) {
        self.heap_bits = crate::mheap::heap_bits_bias();
        loop {
            if let Some(s) = std::ptr::NonNull::new(self.span[spc]) {
                // SAFETY: the cached span is owned by this cache.
                let s = unsafe { &mut *s.as_ptr() };
                if let Some((start, end)) = s.next_free_run() {
                    if s.needzero {
                        // SAFETY: free slots of an in-use span, owned by this cache.
                        unsafe { std::ptr::write_bytes(start as *mut u8, 0, end - start) };
                    }
                    if !s.noscan() {
                        // SAFETY: as above.
                        unsafe { crate::mbitmap::clear(start, end) };
                    }
                    self.alloc[spc] = Run { cur: start, end };
                    crate::mgc::note_alloc(end - start, (end - start) / s.elemsize);
                    return;
                }
                // full: it leaves the cache (the sweeper finds it in `allspans`)
                s.cached = false;
            }
            self.span[spc] = crate::mcentral::cache_span(spc);
        }
    }

    /// The bytes and slots left in this cache's runs: counted as allocated
    /// when the runs were taken, though nothing has been put there yet.
    pub fn outstanding(&self) -> (usize, usize) {
        let (mut bytes, mut objects) = (0, 0);
        for (r, &s) in self.alloc.iter().zip(&self.span) {
            if !s.is_null() {
                bytes += r.end - r.cur;
                // SAFETY: a span this cache owns.
                objects += (r.end - r.cur) / unsafe { (*s).elemsize };
            }
        }
        (bytes, objects)
    }

    /// Drops every cached span (the slots left in its run stay free: the
    /// sweeper rebuilds the spans' free slots from the mark bits). The collector
    /// does this to every M's cache before marking. Returns the bytes and slots
    /// the runs had left (counted as allocated when they were taken).
    pub fn flush(&mut self) -> (usize, usize) {
        let left = self.outstanding();
        for spc in 0..NUM_SPAN_CLASSES {
            self.alloc[spc] = Run::default();
            if let Some(s) = std::ptr::NonNull::new(std::mem::replace(&mut self.span[spc], std::ptr::null_mut())) {
                // SAFETY: a span this cache owned; the world is stopped.
                unsafe { (*s.as_ptr()).cached = false };
            }
        }
        left
    }
}

impl Default for MCache {
    fn default() -> Self {
        Self::new()
    }
}
