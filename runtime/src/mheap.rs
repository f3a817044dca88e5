//! The page heap (Go's `mheap.go`): one arena of address space reserved at
//! start, cut into 8 KiB pages, handed out in runs of pages called spans.
//!
//! Every Go-visible object lives in a span: a small object in a slot of a span of
//! its size class (`mcentral`, `mcache`), a large one in a span of its own. Pages
//! come from a free list of page runs (coalesced when freed) or, when none fits,
//! from the never-used end of the arena. Runs that stay free across a collection
//! are returned to the OS with `madvise(MADV_DONTNEED)` (Go's scavenger), so the
//! resident size falls after a spike.
//!
//! Finding the object an address points into is O(1), as the collector needs
//! for conservative roots and interior pointers (`&s.f`, `a[3:]`, substrings):
//! the page map has one entry per arena page naming the span that holds it, and
//! the object's base is `span.base + (off / elemsize) * elemsize`.
//!
//! Why hand-rolled: the collector must know every object's span and size class
//! from any interior address, and compiled code bumps its cache's run inline;
//! neither fits a general-purpose allocator.

use crate::lock::Locked;
use crate::sizeclasses::{CLASS_NPAGES, CLASS_SIZE, NUM_SPAN_CLASSES, PAGE_SHIFT, PAGE_SIZE};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Most slots a span has: 8 KiB of 8-byte objects (the other classes' spans
/// hold fewer; see `sizeclasses`' test).
pub const MAX_SPAN_SLOTS: usize = crate::sizeclasses::PAGE_SIZE / 8;

/// One bit per slot of a span, kept in the span: a span is made (or remade)
/// for every 8 KiB a cache takes, so its bitmaps cost no allocation.
pub type Bits = [u64; MAX_SPAN_SLOTS / 64];

/// A run of pages holding objects of one span class, or one large object.
pub struct Span {
    /// Address of the first page; `npages` pages follow.
    pub base: usize,
    pub npages: usize,
    /// Span class (size class << 1 | noscan); a large object's span has class 0
    /// (or 1, noscan).
    pub spc: usize,
    /// Size of each slot (for a large object, the whole span).
    pub elemsize: usize,
    pub nelems: usize,
    /// Some object of this span of small objects has words that hold no
    /// pointer, marked in the heap bits (`mbitmap`); until then its objects
    /// are read word by word without looking at the bits. Written by the M
    /// whose cache holds the span (compiled code too: `abi::SPAN_SCALARS`).
    pub scalars: bool,
    /// One bit per slot: allocated as of the last sweep. Slots handed out to a
    /// cache since then are not recorded here: a cache's run is always a run of
    /// clear bits, and a collection flushes every cache before it marks, so that
    /// "not marked" means free for every slot.
    pub alloc_bits: Bits,
    /// One bit per slot: reached by the current collection. Atomic: mark
    /// workers set bits of the same span in parallel.
    pub mark_bits: [AtomicU64; MAX_SPAN_SLOTS / 64],
    /// The slot the next free run is looked for from.
    pub freeindex: usize,
    /// Slots may hold old data (the pages were used before): a run is zeroed
    /// when a cache takes it.
    pub needzero: bool,
    /// Owned by an M's cache (not on its class's partial list).
    pub cached: bool,
    pub in_use: bool,
    /// The sweep generation (`mgcsweep::Sweep::gen`) it was made or last swept in.
    pub sweepgen: u32,
    /// For a large object that holds pointers: where they are (`mbitmap`);
    /// None scans every word. Always None for spans of small objects.
    pub ptrmap: Option<&'static crate::mbitmap::PtrMap>,
}

impl Span {
    /// The slot `addr` falls in, if any.
    pub fn slot(&self, addr: usize) -> Option<usize> {
        let i = (addr - self.base) / self.elemsize;
        (i < self.nelems).then_some(i)
    }

    pub fn is_marked(&self, i: usize) -> bool {
        self.mark_bits[i / 64].load(Ordering::Relaxed) & (1 << (i % 64)) != 0
    }

    /// Marks slot `i`; whether it was unmarked (one worker wins a race to mark it).
    pub fn mark(&self, i: usize) -> bool {
        let (w, b) = (i / 64, 1u64 << (i % 64));
        self.mark_bits[w].load(Ordering::Relaxed) & b == 0 && self.mark_bits[w].fetch_or(b, Ordering::Relaxed) & b == 0
    }

    /// Slots marked this cycle.
    pub fn nmarked(&self) -> usize {
        self.mark_bits.iter().map(|w| w.load(Ordering::Relaxed).count_ones() as usize).sum()
    }

    /// After marking: the marked slots become the allocated ones, and the mark
    /// bits are cleared for the next cycle.
    pub fn take_marks(&mut self) {
        for (a, m) in self.alloc_bits.iter_mut().zip(&self.mark_bits) {
            *a = m.swap(0, Ordering::Relaxed);
        }
    }

    pub fn noscan(&self) -> bool {
        self.spc & 1 != 0
    }

    /// Whether the span holds one large object (span class 0 or 1).
    pub fn large(&self) -> bool {
        self.spc < 2
    }

    /// The next run of free slots, as addresses [start, end), from `freeindex` on.
    pub fn next_free_run(&mut self) -> Option<(usize, usize)> {
        let used = |i: usize| self.alloc_bits[i / 64] & (1 << (i % 64)) != 0;
        let mut i = self.freeindex;
        while i < self.nelems && used(i) {
            i += 1;
        }
        if i >= self.nelems {
            self.freeindex = self.nelems;
            return None;
        }
        let start = i;
        while i < self.nelems && !used(i) {
            i += 1;
        }
        self.freeindex = i;
        Some((self.base + start * self.elemsize, self.base + i * self.elemsize))
    }
}

/// A free run of pages.
#[derive(Clone, Copy)]
struct FreeRun {
    npages: usize,
    /// Its pages may hold old data.
    needzero: bool,
    /// Returned to the OS (`madvise`): zero, and not resident.
    released: bool,
    /// Free since the collection numbered so; released once it has stayed free
    /// through a whole cycle.
    since: u32,
}

/// The reserved address space, its page map and its heap bits, fixed at first use.
struct Arena {
    /// 4 KiB-aligned, as `mmap` returns it (the heap bits' addressing needs
    /// 512-byte alignment).
    base: usize,
    npages: usize,
    /// `npages` entries: the span holding each page (null when free).
    pagemap: *const AtomicUsize,
    /// One bit per word of the arena (`mbitmap`): `npages * PAGE_SIZE / 64` bytes.
    bits: usize,
}

// SAFETY: the page map is atomics; the arena is plain memory.
unsafe impl Sync for Arena {}
unsafe impl Send for Arena {}

/// Address space reserved for the heap: the heap cannot grow past it.
const ARENA_BYTES: usize = 1 << 38;

static ARENA: OnceLock<Arena> = OnceLock::new();

fn arena() -> &'static Arena {
    ARENA.get_or_init(|| {
        let mut bytes = ARENA_BYTES;
        loop {
            // Reserved without commitment: pages cost memory when touched.
            // SAFETY: an anonymous private mapping; the result is checked.
            let p = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    bytes,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                    -1,
                    0,
                )
            };
            if p != libc::MAP_FAILED {
                let npages = bytes >> PAGE_SHIFT;
                let map = crate::malloc::map_noreserve(npages * 8);
                let bits = crate::malloc::map_noreserve(bytes / 64);
                return Arena { base: p as usize, npages, pagemap: map as *const AtomicUsize, bits };
            }
            // a system that refuses the reservation (strict overcommit) gets a smaller heap
            bytes /= 2;
            if bytes < 1 << 30 {
                crate::panic::throw("runtime: cannot reserve the heap arena");
            }
        }
    })
}

/// Where the heap bits of the arena word at `addr` are: the 64-bit word of
/// bits at `heap_bits_bias() + ((addr >> 6) & !7)`, bit `(addr >> 3) & 63`
/// (the arena's base is 512-byte aligned, so this is its offset's word and bit).
pub fn heap_bits_bias() -> usize {
    let a = arena();
    a.bits.wrapping_sub(a.base >> 6)
}

/// The span `addr` falls in, if it is in the heap and in use.
///
/// # Safety
/// The world is stopped, or the caller holds the heap lock: spans do not change.
pub unsafe fn span_of(addr: usize) -> Option<&'static Span> {
    let a = ARENA.get()?;
    let page = addr.wrapping_sub(a.base) >> PAGE_SHIFT;
    if page >= a.npages {
        return None;
    }
    // SAFETY: page < npages entries.
    let s = unsafe { (*a.pagemap.add(page)).load(Ordering::Acquire) } as *mut Span;
    // SAFETY: spans live forever; the caller excludes concurrent change.
    unsafe { s.as_ref() }.filter(|s| s.in_use)
}

/// The heap: free pages, spans, and each class's spans with free slots.
pub struct MHeap {
    /// Pages of the arena ever handed out (the rest has never been touched).
    used_pages: usize,
    free: BTreeMap<usize, FreeRun>,
    /// Every span made, in use or not (Span structs are reused, never freed).
    pub allspans: Vec<*mut Span>,
    spanpool: Vec<*mut Span>,
    /// Spans of each span class with free slots, owned by no cache (Go's `mcentral`).
    pub partial: [Vec<*mut Span>; NUM_SPAN_CLASSES],
    /// Bytes in pages of spans in use, and returned to the OS.
    pub inuse_bytes: usize,
    pub released_bytes: usize,
    /// The spans the last collection left to sweep (`mgcsweep`).
    pub sweep: crate::mgcsweep::Sweep,
}

// SAFETY: accessed only under HEAP's lock or with the world stopped.
unsafe impl Send for MHeap {}

pub static HEAP: Locked<MHeap> = Locked::new(MHeap {
    used_pages: 0,
    free: BTreeMap::new(),
    allspans: Vec::new(),
    spanpool: Vec::new(),
    partial: [const { Vec::new() }; NUM_SPAN_CLASSES],
    inuse_bytes: 0,
    released_bytes: 0,
    sweep: crate::mgcsweep::Sweep::new(),
});

impl MHeap {
    /// Bytes of heap memory obtained from the OS (`MemStats.HeapSys`).
    pub fn sys_bytes(&self) -> usize {
        self.used_pages * PAGE_SIZE
    }

    /// A span of `npages` pages for objects of class `spc`, or one large object of
    /// `elemsize` bytes (class 0 or 1).
    pub fn alloc_span(&mut self, npages: usize, spc: usize) -> *mut Span {
        let (page, needzero) = self.alloc_pages(npages);
        let a = arena();
        let base = a.base + (page << PAGE_SHIFT);
        let class = spc >> 1;
        let elemsize = if class == 0 { npages * PAGE_SIZE } else { CLASS_SIZE[class] };
        let nelems = npages * PAGE_SIZE / elemsize;
        debug_assert!(nelems <= MAX_SPAN_SLOTS);
        let span = Span {
            base,
            npages,
            spc,
            elemsize,
            nelems,
            scalars: false,
            alloc_bits: [0; MAX_SPAN_SLOTS / 64],
            mark_bits: [const { AtomicU64::new(0) }; MAX_SPAN_SLOTS / 64],
            freeindex: 0,
            needzero,
            cached: false,
            in_use: true,
            sweepgen: self.sweep.gen,
            ptrmap: None,
        };
        let s = match self.spanpool.pop() {
            Some(s) => {
                // SAFETY: pooled spans are unused Span structs.
                unsafe { *s = span };
                s
            }
            None => {
                let s = Box::into_raw(Box::new(span));
                self.allspans.push(s);
                s
            }
        };
        for i in page..page + npages {
            // SAFETY: i < arena pages (alloc_pages checked).
            unsafe { (*a.pagemap.add(i)).store(s as usize, Ordering::Release) };
        }
        self.inuse_bytes += npages * PAGE_SIZE;
        s
    }

    /// A span of class `spc`'s size of pages.
    pub fn alloc_class_span(&mut self, spc: usize) -> *mut Span {
        self.alloc_span(CLASS_NPAGES[spc >> 1], spc)
    }

    /// Frees span `s` (whose objects are all dead) back to the page heap.
    ///
    /// # Safety
    /// `s` is a span of this heap, in use, owned by no cache or list.
    pub unsafe fn free_span(&mut self, s: *mut Span, cycle: u32) {
        // SAFETY: as the caller promises.
        let sp = unsafe { &mut *s };
        let a = arena();
        let page = (sp.base - a.base) >> PAGE_SHIFT;
        for i in page..page + sp.npages {
            // SAFETY: the span's pages are in the arena.
            unsafe { (*a.pagemap.add(i)).store(0, Ordering::Release) };
        }
        sp.in_use = false;
        self.inuse_bytes -= sp.npages * PAGE_SIZE;
        self.free_pages(page, FreeRun { npages: sp.npages, needzero: true, released: false, since: cycle });
        self.spanpool.push(s);
    }

    /// First fit from the free runs, else fresh pages; (first page, needs zeroing).
    /// Spans not swept yet are swept first until a run fits: the heap grows
    /// only when the dead spans' pages could not make room.
    fn alloc_pages(&mut self, npages: usize) -> (usize, bool) {
        let fits = |h: &Self| h.free.iter().find(|(_, r)| r.npages >= npages).map(|(&p, &r)| (p, r));
        let mut found = fits(self);
        while found.is_none() && self.sweep_one() {
            found = fits(self);
        }
        if let Some((page, run)) = found {
            self.free.remove(&page);
            if run.npages > npages {
                self.free.insert(page + npages, FreeRun { npages: run.npages - npages, ..run });
            }
            if run.released {
                // the rest of the run, if any, stays released
                self.released_bytes -= npages * PAGE_SIZE;
            }
            return (page, run.needzero && !run.released);
        }
        let a = arena();
        if self.used_pages + npages > a.npages {
            crate::panic::throw("runtime: out of memory");
        }
        let page = self.used_pages;
        self.used_pages += npages;
        (page, false)
    }

    /// Adds a free run, merged with free neighbours.
    fn free_pages(&mut self, mut page: usize, mut run: FreeRun) {
        let merge = |a: FreeRun, b: FreeRun| FreeRun {
            npages: a.npages + b.npages,
            needzero: a.needzero || b.needzero,
            released: a.released && b.released,
            since: a.since.max(b.since),
        };
        if let Some((&p, &prev)) = self.free.range(..page).next_back() {
            if p + prev.npages == page {
                self.free.remove(&p);
                self.unrelease(&prev);
                page = p;
                run = merge(prev, run);
            }
        }
        if let Some(&next) = self.free.get(&(page + run.npages)) {
            self.free.remove(&(page + run.npages));
            self.unrelease(&next);
            run = merge(run, next);
        }
        if run.released {
            self.released_bytes += run.npages * PAGE_SIZE;
        }
        self.free.insert(page, run);
    }

    /// Takes a removed run out of the released count (it is counted again as
    /// what it merges into).
    fn unrelease(&mut self, r: &FreeRun) {
        if r.released {
            self.released_bytes -= r.npages * PAGE_SIZE;
        }
    }

    /// Go's scavenger, run after each collection: free runs that have stayed free
    /// through a whole cycle (`cycle` is the one just finished) are returned to
    /// the OS; `all` returns every free run (`debug.FreeOSMemory`).
    pub fn scavenge(&mut self, cycle: u32, all: bool) {
        let a = arena();
        for (&page, run) in self.free.iter_mut() {
            if run.released || !(all || run.since < cycle) {
                continue;
            }
            // SAFETY: free pages of the arena; nothing refers to them.
            unsafe { libc::madvise((a.base + (page << PAGE_SHIFT)) as *mut libc::c_void, run.npages * PAGE_SIZE, libc::MADV_DONTNEED) };
            run.released = true;
            run.needzero = false;
            self.released_bytes += run.npages * PAGE_SIZE;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interior_pointers_find_their_span_and_slot() {
        let s = HEAP.with(|h| h.alloc_class_span(crate::sizeclasses::span_class(48, false)));
        // SAFETY: the span was just made; tests do not collect.
        unsafe {
            let base = (*s).base;
            let found = span_of(base + 48 * 3 + 17).expect("a span");
            assert_eq!(found as *const Span, s as *const Span);
            assert_eq!(found.slot(base + 48 * 3 + 17), Some(3));
            HEAP.with(|h| h.free_span(s, 0));
            assert!(span_of(base).is_none());
        }
    }

    #[test]
    fn free_runs_coalesce_and_are_reused() {
        // runs far bigger than what other tests leave free, so that they come
        // from the never-used end, one after the other
        HEAP.with(|h| {
            let a = h.alloc_span(300, 0);
            let b = h.alloc_span(200, 0);
            // SAFETY: both spans were just made and are owned by nothing else.
            let (ba, bb) = unsafe { ((*a).base, (*b).base) };
            assert_eq!(bb, ba + 300 * PAGE_SIZE);
            unsafe {
                h.free_span(a, 0);
                h.free_span(b, 0);
            }
            let c = h.alloc_span(500, 0);
            // SAFETY: as above.
            unsafe {
                // the merged run (which may have merged with free pages before a)
                assert!((*c).base <= ba && ba - (*c).base < 300 * PAGE_SIZE, "the merged run");
                assert!((*c).needzero);
                h.free_span(c, 0);
            }
        });
    }

    #[test]
    fn free_runs_of_a_span_are_its_clear_bits() {
        let s = HEAP.with(|h| h.alloc_class_span(crate::sizeclasses::span_class(1024, true)));
        // SAFETY: the span was just made and is owned by this test.
        let sp = unsafe { &mut *s };
        sp.alloc_bits[0] = 0b0110;
        assert_eq!(sp.next_free_run(), Some((sp.base, sp.base + 1024)));
        assert_eq!(sp.next_free_run(), Some((sp.base + 3 * 1024, sp.base + 8 * 1024)));
        assert_eq!(sp.next_free_run(), None);
        // SAFETY: as above.
        HEAP.with(|h| unsafe { h.free_span(s, 0) });
    }
}
