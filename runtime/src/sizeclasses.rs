//! Size classes (Go's `sizeclasses.go`): small objects (up to `MAX_SMALL_SIZE`)
//! are rounded up to one of 67 sizes, and each size class has spans of a fixed
//! number of pages holding objects of that size only. Go's table of sizes, so
//! that `append` grows capacities exactly as Go's does (`roundupsize`). The pages
//! per span are chosen here by Go's rule (the fewest pages wasting at most 1/8
//! of the span) rather than copied from Go's generator, which also weighs
//! fragmentation across classes.
//!
//! A *span class* is a size class and whether its objects contain pointers
//! (`noscan`): the two kinds live in different spans, so the collector never
//! scans a span of pointer-free objects.

pub const PAGE_SHIFT: usize = 13;
pub const PAGE_SIZE: usize = 1 << PAGE_SHIFT;
/// The largest object given a slot in a size-classed span; bigger ones get a span of their own.
pub const MAX_SMALL_SIZE: usize = 32768;
pub const NUM_CLASSES: usize = 68;
pub const NUM_SPAN_CLASSES: usize = NUM_CLASSES * 2;

/// Object size of each class; class 0 is unused (zero-sized objects are `zerobase`).
pub const CLASS_SIZE: [usize; NUM_CLASSES] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024,
    1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568,
    14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];

/// Pages in a span of each class.
pub const CLASS_NPAGES: [usize; NUM_CLASSES] = {
    let mut t = [0; NUM_CLASSES];
    let mut c = 1;
    while c < NUM_CLASSES {
        let size = CLASS_SIZE[c];
        let mut n = 1;
        while (n * PAGE_SIZE) % size > (n * PAGE_SIZE) / 8 {
            n += 1;
        }
        t[c] = n;
        c += 1;
    }
    t
};

/// The size class of a small size, by 8-byte steps up to 1024 and 128-byte
/// steps above (Go's `size_to_class8`/`size_to_class128`).
const SMALL_SIZE_MAX: usize = 1024;
const CLASS8: [u8; SMALL_SIZE_MAX / 8 + 1] = class_table::<{ SMALL_SIZE_MAX / 8 + 1 }>(8, 0);
const CLASS128: [u8; (MAX_SMALL_SIZE - SMALL_SIZE_MAX) / 128 + 1] = class_table::<{ (MAX_SMALL_SIZE - SMALL_SIZE_MAX) / 128 + 1 }>(128, SMALL_SIZE_MAX);

const fn class_table<const N: usize>(step: usize, base: usize) -> [u8; N] {
    let mut t = [0u8; N];
    let mut i = 0;
    let mut c = 1;
    while i < N {
        let size = base + i * step;
        while CLASS_SIZE[c] < size {
            c += 1;
        }
        t[i] = c as u8;
        i += 1;
    }
    t
}

/// The size class of an object of `size` bytes, 0 < size <= MAX_SMALL_SIZE.
pub const fn size_to_class(size: usize) -> usize {
    if size <= SMALL_SIZE_MAX {
        CLASS8[size.div_ceil(8)] as usize
    } else {
        CLASS128[(size - SMALL_SIZE_MAX).div_ceil(128)] as usize
    }
}

/// The span class of an object of `size` bytes, 0 < size <= MAX_SMALL_SIZE.
pub const fn span_class(size: usize, noscan: bool) -> usize {
    size_to_class(size) << 1 | noscan as usize
}

/// Go's `roundupsize`: the size an allocation of `size` bytes really gets, which
/// is what `append` grows capacities to. `noscan`: no pointers inside. Go's
/// objects with pointers above 512 bytes carry an 8-byte header, which this
/// mirrors so that capacities match Go's (minigo's objects have no header).
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    const MALLOC_HEADER: usize = 8;
    const MIN_SIZE_FOR_HEADER: usize = 512;
    let mut req = size;
    if req <= MAX_SMALL_SIZE - MALLOC_HEADER {
        if !noscan && req > MIN_SIZE_FOR_HEADER {
            req += MALLOC_HEADER;
        }
        if req == 0 {
            return 0;
        }
        return CLASS_SIZE[size_to_class(req)] - (req - size);
    }
    match req.checked_add(PAGE_SIZE - 1) {
        Some(r) => r & !(PAGE_SIZE - 1),
        None => size,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_size_gets_the_smallest_class_that_holds_it() {
        for size in 1..=MAX_SMALL_SIZE {
            let c = size_to_class(size);
            assert!(CLASS_SIZE[c] >= size && CLASS_SIZE[c - 1] < size, "size {size} → class {c}");
        }
    }

    #[test]
    fn spans_hold_their_class_with_little_waste() {
        for c in 1..NUM_CLASSES {
            let span = CLASS_NPAGES[c] * PAGE_SIZE;
            assert!(span / CLASS_SIZE[c] >= 1 && span % CLASS_SIZE[c] <= span / 8, "class {c}");
            assert!(span / CLASS_SIZE[c] <= crate::mheap::MAX_SPAN_SLOTS, "class {c} has too many slots for a span's bitmaps");
        }
        assert_eq!(CLASS_NPAGES[1], 1);
    }

    #[test]
    fn size_classes_like_go() {
        assert_eq!(roundupsize(5, true), 8);
        assert_eq!(roundupsize(40, true), 48);
        assert_eq!(roundupsize(1000, true), 1024);
        assert_eq!(roundupsize(1000, false), 1016);
        assert_eq!(roundupsize(40000, true), 40960);
    }
}
