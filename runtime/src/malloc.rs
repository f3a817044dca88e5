//! The allocator behind `newobject`, `makeslice` and friends (Go's `malloc.go`):
//! `mallocgc` takes a small object from the calling M's cache (`mcache`), a large
//! one (over `MAX_SMALL_SIZE`) as a span of its own from the heap (`mheap`). All
//! of it is collected (`mgc`). Compiled code takes small objects from its M's
//! cache inline and calls `mallocgc` only when the cached run is used up.
//!
//! Threads that are not Ms (the compiler's, unit tests) get memory that is never
//! collected, from bump regions outside the heap: nothing they allocate is
//! reachable from Go code that runs after a collection.

use crate::abi::G;
use crate::mprof::Site;
use crate::preempt::Regs;
use crate::sizeclasses::{span_class, MAX_SMALL_SIZE, PAGE_SIZE};
use std::cell::Cell;

const CHUNK: usize = 4 << 20;

thread_local! {
    static CUR: Cell<usize> = const { Cell::new(0) };
    static END: Cell<usize> = const { Cell::new(0) };
}

/// The address of zero-sized objects (as Go's `zerobase`).
pub static ZEROBASE: [u64; 2] = [0; 2];

/// The integers 0 to 255, which an interface holding a small integer points
/// into instead of allocating (Go's `staticuint64s`): read as any integer type
/// of up to 8 bytes, little-endian, slot `v` holds `v`.
pub static STATICUINT64S: [u64; 256] = {
    let mut t = [0; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i as u64;
        i += 1;
    }
    t
};

fn map(size: usize, flags: i32) -> usize {
    // SAFETY: an anonymous private mapping; the result is checked.
    let p = unsafe { libc::mmap(std::ptr::null_mut(), size, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | flags, -1, 0) };
    if p == libc::MAP_FAILED {
        crate::panic::throw("runtime: out of memory");
    }
    p as usize
}

/// Zeroed memory of `size` bytes, committed only as it is touched.
pub fn map_noreserve(size: usize) -> usize {
    map(size, libc::MAP_NORESERVE)
}

/// Objects bigger than this are not taken inline by compiled code.
pub const INLINE_MAX: usize = MAX_SMALL_SIZE;

/// How the collector reads an object's words.
#[derive(Clone, Copy)]
pub enum Scan {
    /// Never: the object holds no pointers (string bytes, numbers).
    No,
    /// Every word may be a pointer.
    Conservative,
    /// The object holds values back to back whose pointer words this map
    /// names (`mbitmap`).
    Map(&'static crate::mbitmap::PtrMap),
    /// A small object whose word `i` (of its first 64) holds no pointer when
    /// bit `i` is set: what compiled code knows of the types it allocates.
    Scalars(u64),
}

/// Returns `size` bytes of zeroed memory aligned to 8 (16 from 16 bytes up):
/// an object that may hold pointers.
pub fn alloc(size: usize) -> *mut u8 {
    mallocgc_impl(size, Scan::Conservative, Site::Native)
}

/// As `alloc`, for an object that holds no pointers (string bytes, numbers):
/// the collector never scans it.
pub fn alloc_noscan(size: usize) -> *mut u8 {
    mallocgc_impl(size, Scan::No, Site::Native)
}

/// `size` bytes for values of type `t`: scanned or not as the type says.
pub fn alloc_for(t: &'static crate::abi::TypeDesc, size: usize) -> *mut u8 {
    mallocgc_impl(size, typed(t), Site::Native)
}

/// As `alloc_for`, for a `preserve_all` entry called with registers `r` (the
/// heap profile finds its caller there).
pub fn alloc_for_call(t: &'static crate::abi::TypeDesc, size: usize, r: &Regs) -> *mut u8 {
    mallocgc_impl(size, typed(t), Site::of(r))
}

/// How values of type `t` are scanned.
fn typed(t: &'static crate::abi::TypeDesc) -> Scan {
    if !t.scan() {
        return Scan::No;
    }
    crate::mbitmap::ptrmap(t).map_or(Scan::Conservative, Scan::Map)
}

/// `size` bytes for values whose pointer words `map` names (None: any word
/// may be a pointer).
pub fn alloc_mapped(map: Option<&'static crate::mbitmap::PtrMap>, size: usize) -> *mut u8 {
    mallocgc_impl(size, map.map_or(Scan::Conservative, Scan::Map), Site::Native)
}

/// `size` bytes scanned as `scan` say, for a goroutine stopped to allocate at
/// `site` (for the heap profile).
fn mallocgc_impl(size: usize, scan: Scan, site: Site) -> *mut u8 {
    if size == 0 {
        return ZEROBASE.as_ptr() as *mut u8;
    }
    // SAFETY: on this thread, for this allocation.
    let Some(m) = (unsafe { crate::proc::curm_opt() }) else {
        return persistentalloc(size);
    };
    let (p, slot) = if size > MAX_SMALL_SIZE {
        (large_alloc(size, scan), size)
    } else {
        let spc = span_class(size, matches!(scan, Scan::No));
        let p = m.mcache.alloc(spc);
        // SAFETY: a small object this M just took from its cache.
        unsafe {
            match scan {
                Scan::No | Scan::Conservative => {}
                Scan::Map(map) => crate::mbitmap::set_map(p as usize, size, map),
                Scan::Scalars(scalars) => crate::mbitmap::set_scalars(p as usize, scalars),
            }
        }
        (p, crate::sizeclasses::CLASS_SIZE[spc >> 1])
    };
    if crate::mprof::ENABLED.load(std::sync::atomic::Ordering::Relaxed) {
        // SAFETY: the M's current goroutine (if any) is stopped in this allocation.
        crate::mprof::malloc(p as usize, slot, unsafe { m.curg.as_ref() }, site);
    }
    p
}

/// A large object: a span of its own, which records the object's pointer map.
fn large_alloc(size: usize, scan: Scan) -> *mut u8 {
    let npages = size.checked_add(PAGE_SIZE - 1).unwrap_or_else(|| crate::panic::throw("runtime: out of memory")) / PAGE_SIZE;
    let ptrmap = match scan {
        Scan::Map(map) => Some(map),
        Scan::No | Scan::Conservative | Scan::Scalars(_) => None,
    };
    let s = crate::mheap::HEAP.with(|h| {
        let s = h.alloc_span(npages, matches!(scan, Scan::No) as usize);
        // SAFETY: a new span, owned by this allocation; the lock keeps the
        // collector from seeing it half made.
        unsafe { (*s).ptrmap = ptrmap };
        s
    });
    // SAFETY: a new span, owned by this allocation.
    let s = unsafe { &*s };
    if s.needzero {
        // SAFETY: the span's pages, not yet visible to anyone else.
        unsafe { std::ptr::write_bytes(s.base as *mut u8, 0, npages * PAGE_SIZE) };
    }
    crate::mgc::note_alloc(npages * PAGE_SIZE, 1);
    s.base as *mut u8
}

/// Zeroed memory outside the heap, never freed and never scanned (Go's
/// `persistentalloc`): for threads that are not Ms, and for runtime structures
/// that live as long as the program and hold no heap pointers (itabs).
pub fn persistentalloc(size: usize) -> *mut u8 {
    if size >= CHUNK / 4 {
        return map(size, 0) as *mut u8;
    }
    CUR.with(|cur| {
        END.with(|end| {
            let rounded = (size + 15) & !15;
            if cur.get() + rounded > end.get() {
                cur.set(map(CHUNK, 0));
                end.set(cur.get() + CHUNK);
            }
            let p = cur.get();
            cur.set(p + rounded);
            p as *mut u8
        })
    })
}

/// `rt_mallocgc`: zeroed memory of `size` bytes for compiled code (closures,
/// boxed values, composite literals); compiled code calls it when its cache's
/// run is used up or the object is large. `typ` says how it is scanned: 0
/// conservatively, 1 never, else it is the descriptor of the values it holds.
///
/// Both allocation entries are `preserve_all` (`entries.rs`): the call sits on
/// the cold path of every inline allocation, and a call that clobbers the
/// caller-saved registers there would make the register allocator keep values
/// live across it — a float accumulator boxed for `fmt.Println` after its loop —
/// in memory for their whole life, loop included. Allocation never parks nor
/// collects (`mgc`), so the registers saved in `regs` need no scanning.
///
/// # Safety
/// Called only through its entry point, which passes the caller's registers
/// (`systemstack_all`): (size, typ) are its arguments.
pub unsafe extern "C" fn mallocgc(_g: *mut G, regs: *mut Regs) {
    // SAFETY: as the caller promises.
    let r = unsafe { &mut *regs };
    let (size, typ) = (r.arg(0), r.arg(1));
    let scan = match typ {
        0 => Scan::Conservative,
        1 => Scan::No,
        // SAFETY: the compiler passes a static type descriptor.
        t => typed(unsafe { &*(t as *const crate::abi::TypeDesc) }),
    };
    r.set_results(&[mallocgc_impl(size, scan, Site::of(r)) as usize]);
}

/// `rt_mallocgc_scalars`: a small object that may hold pointers, whose word
/// `i` holds none when bit `i` of `scalars` is set, for compiled code whose
/// cache's run is used up (the inline path writes the same heap bits itself).
///
/// # Safety
/// As `mallocgc`'s, with arguments (size, scalars).
pub unsafe extern "C" fn mallocgc_scalars(_g: *mut G, regs: *mut Regs) {
    // SAFETY: as the caller promises.
    let r = unsafe { &mut *regs };
    let (size, scalars) = (r.arg(0), r.arg(1));
    r.set_results(&[mallocgc_impl(size, Scan::Scalars(scalars as u64), Site::of(r)) as usize]);
}

/// Moves `v` into the collected heap (scanned conservatively: the Go pointers it
/// holds keep their targets alive).
pub fn new_object<T>(v: T) -> *mut T {
    const { assert!(!std::mem::needs_drop::<T>()) };
    move_to_heap(v)
}

/// `v` in a fresh heap object of its size (heap objects are 8-aligned).
fn move_to_heap<T>(v: T) -> *mut T {
    const { assert!(std::mem::align_of::<T>() <= 8) };
    let p = alloc(std::mem::size_of::<T>()) as *mut T;
    // SAFETY: fresh memory of T's size and alignment.
    unsafe { p.write(v) };
    p
}

/// Moves `v` into the collected heap, to be dropped when the collector finds it
/// unreachable: runtime structures Go code points at that own Rust memory
/// (channels, maps). The object is scanned conservatively, so Go pointers it
/// holds directly (a map's entry array, a channel's buffer) keep their targets
/// alive; Rust memory it owns must hold no Go pointers.
pub fn new_dropped<T>(v: T) -> *mut T {
    let p = move_to_heap(v);
    // SAFETY: p holds a T, dropped once, by the sweeper.
    unsafe { crate::mfinal::add_drop(p as usize, |q| std::ptr::drop_in_place(q as *mut T)) };
    p
}

pub use crate::sizeclasses::roundupsize;

#[cfg(test)]
mod tests {
    #[test]
    fn allocations_are_zeroed_and_aligned() {
        let p = super::alloc(24);
        assert_eq!(p as usize % 8, 0);
        // SAFETY: 24 bytes were just allocated.
        assert!(unsafe { std::slice::from_raw_parts(p, 24) }.iter().all(|&b| b == 0));
    }
}
