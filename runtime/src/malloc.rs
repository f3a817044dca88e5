//! The allocator behind `newobject`, `makeslice` and friends: per-M bump regions
//! carved from zero-filled mappings. Compiled code takes small objects from its
//! M's region inline (`cache_cur` += size, rounded to 16, while it fits) and calls
//! `mallocgc` only to start a new region. There is no collector yet; every
//! allocation is described by its size (and, at the call sites, a type
//! descriptor), so a collector can be added behind this interface.

use crate::abi::G;
use std::cell::Cell;

const CHUNK: usize = 4 << 20;
/// Objects above this size get their own mapping.
const LARGE: usize = 256 << 10;

thread_local! {
    static CUR: Cell<usize> = const { Cell::new(0) };
    static END: Cell<usize> = const { Cell::new(0) };
}

/// The address of zero-sized objects (as Go's `zerobase`).
pub static ZEROBASE: [u64; 2] = [0; 2];

fn map(size: usize) -> usize {
    // SAFETY: an anonymous private mapping; the result is checked.
    let p = unsafe { libc::mmap(std::ptr::null_mut(), size, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0) };
    if p == libc::MAP_FAILED {
        crate::panic::throw("out of memory");
    }
    p as usize
}

/// Objects at least this big are not taken inline by compiled code.
pub const INLINE_MAX: usize = LARGE;

/// Bumps a region: `size` bytes rounded to 16, or None when it does not fit
/// (an unstarted region is cur == end == 0, which nothing fits).
fn bump(cur: &mut usize, end: usize, size: usize) -> Option<usize> {
    let p = *cur;
    let next = p + ((size + 15) & !15);
    if next > end {
        return None;
    }
    *cur = next;
    Some(p)
}

/// Returns `size` bytes of zeroed memory aligned to 16.
pub fn alloc(size: usize) -> *mut u8 {
    if size == 0 {
        return ZEROBASE.as_ptr() as *mut u8;
    }
    if size >= LARGE {
        return map(size) as *mut u8;
    }
    // SAFETY: on this thread, for this allocation.
    match unsafe { crate::proc::curm_opt() } {
        Some(m) => alloc_in(&mut m.cache_cur, &mut m.cache_end, size),
        // threads that are not Ms (the compiler's, tests)
        None => CUR.with(|cur| {
            END.with(|end| {
                let (mut c, mut e) = (cur.get(), end.get());
                let p = alloc_in(&mut c, &mut e, size);
                cur.set(c);
                end.set(e);
                p
            })
        }),
    }
}

/// Takes `size` bytes from the region [cur, end), starting a new region when it is full.
fn alloc_in(cur: &mut usize, end: &mut usize, size: usize) -> *mut u8 {
    if let Some(p) = bump(cur, *end, size) {
        return p as *mut u8;
    }
    *cur = map(CHUNK);
    *end = *cur + CHUNK;
    bump(cur, *end, size).expect("a fresh region holds any small object") as *mut u8
}

/// Zeroed memory of `size` bytes (closures, funcvals, boxed interface data).
pub extern "C" fn mallocgc(_g: *mut G, size: usize) -> *mut u8 {
    alloc(size)
}

/// Go's `roundupsize`: the size class an allocation of `size` bytes really gets,
/// which is what `append` grows capacities to. `noscan`: no pointers inside.
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    const CLASSES: [usize; 68] = [
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896,
        1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
        12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
    ];
    const MALLOC_HEADER: usize = 8;
    const MIN_SIZE_FOR_HEADER: usize = 512;
    const MAX_SMALL: usize = 32768;
    const PAGE: usize = 8192;
    let mut req = size;
    if req <= MAX_SMALL - MALLOC_HEADER {
        if !noscan && req > MIN_SIZE_FOR_HEADER {
            req += MALLOC_HEADER;
        }
        let class = CLASSES.iter().copied().find(|&c| c >= req).unwrap_or(MAX_SMALL);
        return class - (req - size);
    }
    match req.checked_add(PAGE - 1) {
        Some(r) => r & !(PAGE - 1),
        None => size,
    }
}

#[cfg(test)]
mod tests {
    use super::roundupsize;

    #[test]
    fn size_classes_like_go() {
        assert_eq!(roundupsize(5, true), 8);
        assert_eq!(roundupsize(40, true), 48);
        assert_eq!(roundupsize(1000, true), 1024);
        assert_eq!(roundupsize(1000, false), 1016);
        assert_eq!(roundupsize(40000, true), 40960);
    }

    #[test]
    fn allocations_are_zeroed_and_aligned() {
        let p = super::alloc(24);
        assert_eq!(p as usize % 16, 0);
        // SAFETY: 24 bytes were just allocated.
        assert!(unsafe { std::slice::from_raw_parts(p, 24) }.iter().all(|&b| b == 0));
    }
}
