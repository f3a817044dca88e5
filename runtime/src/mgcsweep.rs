//! Sweeping (Go's `mgcsweep.go`): after marking, each span's unmarked slots
//! become its free slots (`alloc_bits` takes the mark bits), spans with nothing
//! marked go back to the page heap, and spans with free slots go on their
//! class's partial list for the caches. Done for every span while the world is
//! still stopped: it touches only span metadata (a few bytes per 8 KiB page), not
//! the objects, since caches zero a run when they take it.

use crate::mheap::HEAP;

/// The byte freed memory is filled with under `MINIGODEBUG=gcstress`: a pointer
/// the collector missed then reads as 0xa5a5..., which faults when used.
const POISON: u8 = 0xa5;

/// Sweeps every span after cycle `cycle`'s marking; with `poison`, fills freed
/// slots with `POISON`.
///
/// # Safety
/// The world is stopped, marking finished, and no cache holds a span.
pub unsafe fn sweep(cycle: u32, poison: bool) {
    HEAP.with(|h| {
        for list in h.partial.iter_mut() {
            list.clear();
        }
        for i in 0..h.allspans.len() {
            let sp = h.allspans[i];
            // SAFETY: spans live forever; the world is stopped.
            let s = unsafe { &mut *sp };
            if !s.in_use {
                continue;
            }
            let nmarked = s.nmarked();
            if poison {
                for slot in (0..s.nelems).filter(|&i| !s.is_marked(i)) {
                    // SAFETY: a free slot of an in-use span: nothing refers to it.
                    unsafe { std::ptr::write_bytes((s.base + slot * s.elemsize) as *mut u8, POISON, s.elemsize) };
                }
            }
            if nmarked == 0 {
                // SAFETY: an in-use span no cache or list holds.
                unsafe { h.free_span(sp, cycle) };
                continue;
            }
            s.take_marks();
            s.freeindex = 0;
            s.needzero = true;
            if nmarked < s.nelems {
                h.partial[s.spc].push(sp);
            }
        }
    });
}
