//! Where objects keep their pointers (Go's `mbitmap.go`): what lets the
//! collector read only the words of a heap object that may hold pointers.
//!
//! * **Small objects** (up to `MAX_SMALL_SIZE`) have *heap bits*, one per word
//!   of the arena, as Go's objects do — but set for a word that holds *no*
//!   pointer (a scalar), so that the bits' zero, which a cache makes of a run of
//!   free slots when it takes it (`clear`), means "may be a pointer": an object
//!   allocated without a type (closures, defer records, the runtime's own
//!   structures) or whose words are all pointers (a tree's nodes) writes no
//!   bits at all. An object with scalar words has them written when it is
//!   allocated — by compiled code inline, from the mask of the type it
//!   allocates (`codegen::FnCtx::alloc_inline`), or here for the runtime's
//!   allocations (`set_scalars`, `set_typed`) — and its span is flagged
//!   (`Span::scalars`): the marker reads the bits only in flagged spans.
//!   Only the M whose cache holds a span writes its bits and flag, and a span's
//!   bits fill whole 64-bit words (a page is 1,024 words), so plain
//!   read-modify-writes of those words do not race.
//! * **Large objects** (a span of their own) record the type of the values they
//!   hold instead (`Span::ptrmap`): a pointer map, built once per type from its
//!   descriptor and kept for the program's life, as descriptors are (the
//!   compiler's are static, and those reflect makes are never freed:
//!   `typelinks`). A large object of unknown type is read word by word.
//!
//! Precision pays in time (a `[]struct{p *T; pad [12]int}` reads a thirteenth
//! of its words) and in what is retained (a number that happens to look like an
//! address keeps nothing alive).
//!
//! The words that may hold pointers are those of pointers, maps, channels,
//! funcs, `unsafe.Pointer`s, a string's or slice's data word, both words of an
//! interface, and `uintptr`s: minigo's own packages keep pointers in `uintptr`
//! fields where Go's use `unsafe.Pointer` (the compiler's `Repr::ptrmask` says
//! the same).

use crate::abi::{Kind, TypeDesc};
use crate::lock::Locked;
use crate::mheap::Span;
use std::collections::HashMap;

/// The words of one value of a type that may hold pointers.
pub struct PtrMap {
    /// The type's size in bytes: a large object holds values of the type back
    /// to back from its first byte (an array, a slice's backing store, one value).
    pub size: usize,
    /// Offsets, in words from the value's start, ascending; not empty.
    pub words: Box<[u32]>,
    /// The same value's words that hold no pointer, as heap bits: (first word,
    /// mask of it and the 63 after it), the masks that are not zero.
    scalars: Box<[(usize, u64)]>,
}

impl PtrMap {
    /// The map of values of `size` bytes whose pointer words are `words`; None
    /// when there are none.
    fn new(size: usize, words: Vec<u32>) -> Option<PtrMap> {
        let n = size / 8;
        let scalars = (0..n)
            .step_by(64)
            .map(|first| {
                let k = (n - first).min(64);
                let ptrs = words.iter().filter(|&&w| (first..first + k).contains(&(w as usize))).fold(0, |acc, &w| acc | 1 << (w as usize - first));
                (first, !ptrs & u64::MAX >> (64 - k))
            })
            .filter(|&(_, sc)| sc != 0)
            .collect();
        (!words.is_empty()).then(|| PtrMap { size, words: words.into_boxed_slice(), scalars })
    }
}

/// Types whose maps would list more words than this are scanned
/// conservatively (a struct holding a huge array of pointers): a map costs
/// four bytes per pointer word, and such values are nearly all pointers anyway.
const MAX_WORDS: usize = 1 << 12;

/// Hashes descriptor addresses (a multiply: they are distinct, 8-aligned
/// words, and looked up on every typed allocation the runtime makes).
type AddrHash = std::hash::BuildHasherDefault<AddrHasher>;

#[derive(Default)]
struct AddrHasher(u64);

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Maps made so far, by descriptor address (None: scan conservatively).
static MAPS: Locked<Option<HashMap<usize, Option<&'static PtrMap>, AddrHash>>> = Locked::new(None);

thread_local! {
    /// This thread's copy of the entries of `MAPS` it used, so that the
    /// runtime's small typed allocations (`makeslice`) take no lock.
    static LOCAL: std::cell::RefCell<HashMap<usize, Option<&'static PtrMap>, AddrHash>> = std::cell::RefCell::new(HashMap::default());
}

/// The pointer map of `t`, or None when values of `t` are to be scanned
/// conservatively (too many pointer words, or a size that is not whole words).
pub fn ptrmap(t: &'static TypeDesc) -> Option<&'static PtrMap> {
    cached(t as *const TypeDesc as usize, || {
        // an array is its elements back to back: their map, repeated, covers it
        let mut t = t;
        while t.kind() == Kind::Array && t.len > 0 && t.elem().size > 0 && t.elem().size.is_multiple_of(8) {
            // SAFETY: element descriptors are static, as their array's.
            t = unsafe { &*t.elem };
        }
        let mut words = Vec::new();
        (t.size.is_multiple_of(8) && collect(t, 0, &mut words)).then(|| PtrMap::new(t.size, words)).flatten()
    })
}

/// The pointer map of one entry of a map of type `mt`: its key, then its value
/// `voff` bytes in, `esize` bytes in all (`map::Layout`).
pub fn entry_map(mt: &'static TypeDesc, esize: usize, voff: usize) -> Option<&'static PtrMap> {
    // keyed apart from the map type's own map (descriptors are 8-aligned)
    cached(mt as *const TypeDesc as usize | 1, || {
        let mut words = Vec::new();
        let ok = esize.is_multiple_of(8) && voff.is_multiple_of(8) && collect(mt.key(), 0, &mut words) && collect(mt.elem(), voff / 8, &mut words);
        ok.then(|| PtrMap::new(esize, words)).flatten()
    })
}

/// The map cached under `key`, made by `build` the first time (None: scan
/// conservatively).
fn cached(key: usize, build: impl FnOnce() -> Option<PtrMap>) -> Option<&'static PtrMap> {
    if let Some(m) = LOCAL.with(|l| l.borrow().get(&key).copied()) {
        return m;
    }
    let shared = MAPS.with(|m| m.get_or_insert_with(HashMap::default).get(&key).copied());
    let m = shared.unwrap_or_else(|| {
        let made: Option<&'static PtrMap> = build().map(|m| &*Box::leak(Box::new(m)));
        MAPS.with(|m| *m.get_or_insert_with(HashMap::default).entry(key).or_insert(made))
    });
    LOCAL.with(|l| l.borrow_mut().insert(key, m));
    m
}

/// The 64-bit word of heap bits holding the bit of the arena word at `addr`,
/// and that bit's index in it (`bias`: `mheap::heap_bits_bias()`).
#[inline(always)]
fn bits_at(bias: usize, addr: usize) -> (*mut u64, u32) {
    ((bias + ((addr >> 6) & !7)) as *mut u64, ((addr >> 3) & 63) as u32)
}

/// ORs `bits` into the heap bits of the words from `p` on.
///
/// # Safety
/// The words are of a small object this thread's M owns.
unsafe fn or_bits(bias: usize, p: usize, bits: u64) {
    let (w, b) = bits_at(bias, p);
    // SAFETY: as the caller promises: the span's bits are this M's to write.
    unsafe {
        *w |= bits << b;
        if b > 0 && bits >> (64 - b) != 0 {
            *w.add(1) |= bits >> (64 - b);
        }
    }
}

/// Flags the span of `p`: some object of it has scalar words.
///
/// # Safety
/// As for `or_bits`.
unsafe fn flag_span(p: usize) {
    // SAFETY: the span is in use and this M's; the page map does not change under it.
    if let Some(s) = unsafe { crate::mheap::span_of(p) } {
        // SAFETY: only this M writes the flag while its cache holds the span.
        unsafe { (*(s as *const Span as *mut Span)).scalars = true };
    }
}

/// Records that the words of the small object at `p` where `scalars` has a
/// bit set (of its first 64) hold no pointer.
///
/// # Safety
/// `p` is a small object this thread's M just allocated, its slot's bits clear.
pub unsafe fn set_scalars(p: usize, scalars: u64) {
    if scalars != 0 {
        // SAFETY: as the caller promises.
        unsafe {
            or_bits(crate::mheap::heap_bits_bias(), p, scalars);
            flag_span(p);
        }
    }
}

/// Records the words of the values of map `m` filling the `size` bytes at `p`
/// (a small object) that hold no pointer.
///
/// # Safety
/// As for `set_scalars`.
pub unsafe fn set_map(p: usize, size: usize, m: &PtrMap) {
    if m.scalars.is_empty() {
        return;
    }
    let bias = crate::mheap::heap_bits_bias();
    let mut v = p;
    while v + m.size <= p + size {
        for &(first, sc) in m.scalars.iter() {
            // SAFETY: as the caller promises.
            unsafe { or_bits(bias, v + 8 * first, sc) };
        }
        v += m.size;
    }
    // SAFETY: as the caller promises.
    unsafe { flag_span(p) };
}

/// Clears the bits of `[lo, hi)`, a run of free slots a cache is taking.
///
/// # Safety
/// The slots are free, in a span this thread's M owns.
pub unsafe fn clear(lo: usize, hi: usize) {
    let bias = crate::mheap::heap_bits_bias();
    let mut a = lo;
    while a < hi {
        let (w, b) = bits_at(bias, a);
        let n = (64 - b as usize).min((hi - a) / 8);
        let keep = !((u64::MAX >> (64 - n)) << b);
        // SAFETY: as the caller promises.
        unsafe { *w &= keep };
        a += 8 * n;
    }
}

/// Calls `f` with each word of `[lo, hi)` (part of a small object) whose bit
/// is clear: that may hold a pointer. `bias` is `mheap::heap_bits_bias()`.
///
/// # Safety
/// The range is in the heap; the world is stopped.
#[inline(always)]
pub unsafe fn for_each_pointer(bias: usize, lo: usize, hi: usize, mut f: impl FnMut(usize)) {
    let mut a = lo;
    while a < hi {
        let (w, b) = bits_at(bias, a);
        let n = (64 - b as usize).min((hi - a) / 8);
        // SAFETY: the bits of heap words, mapped with the arena.
        let mut set = !(unsafe { *w } >> b) & (u64::MAX >> (64 - n));
        while set != 0 {
            let i = set.trailing_zeros() as usize;
            // SAFETY: a word of the range.
            f(unsafe { *((a + 8 * i) as *const usize) });
            set &= set - 1;
        }
        a += 8 * n;
    }
}

/// Appends the pointer words of a value of `t` starting at word `at`; false
/// when there are more than `MAX_WORDS` or the layout is not understood.
fn collect(t: &TypeDesc, at: usize, out: &mut Vec<u32>) -> bool {
    let mut push = |w: usize| {
        out.push(w as u32);
        out.len() <= MAX_WORDS
    };
    match t.kind() {
        Kind::Bool
        | Kind::Int
        | Kind::Int8
        | Kind::Int16
        | Kind::Int32
        | Kind::Int64
        | Kind::Uint
        | Kind::Uint8
        | Kind::Uint16
        | Kind::Uint32
        | Kind::Uint64
        | Kind::Float32
        | Kind::Float64
        | Kind::Complex64
        | Kind::Complex128 => true,
        Kind::Uintptr | Kind::Pointer | Kind::Map | Kind::Chan | Kind::Func | Kind::UnsafePointer | Kind::String | Kind::Slice => push(at),
        Kind::Interface => push(at) && push(at + 1),
        Kind::Array => {
            if !t.scan() {
                return true;
            }
            let e = t.elem();
            if !e.size.is_multiple_of(8) {
                return false;
            }
            (0..t.len).all(|i| collect(e, at + i * (e.size / 8), out))
        }
        Kind::Struct => t.fields().iter().all(|f| {
            // SAFETY: field descriptors point at static type descriptors.
            let ft = unsafe { &*f.typ };
            !ft.scan() || (f.offset.is_multiple_of(8) && collect(ft, at + f.offset / 8, out))
        }),
        Kind::Invalid => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::{FieldDesc, GoString, TFLAG_SCAN};

    /// A descriptor with only what pointer maps read.
    fn desc(kind: Kind, size: usize, scan: bool) -> TypeDesc {
        TypeDesc::bare(size, kind, if scan { TFLAG_SCAN } else { 0 })
    }

    fn leak(t: TypeDesc) -> &'static TypeDesc {
        Box::leak(Box::new(t))
    }

    fn array(e: &'static TypeDesc, n: usize) -> &'static TypeDesc {
        leak(TypeDesc { elem: e, len: n, ..desc(Kind::Array, e.size * n, e.scan()) })
    }

    /// A struct of `size` bytes with fields (type, offset).
    fn structure(size: usize, fields: &[(&'static TypeDesc, usize)]) -> &'static TypeDesc {
        let fs: Vec<FieldDesc> = fields.iter().map(|&(typ, offset)| FieldDesc { name: GoString::EMPTY, typ, offset, flags: 0, tag: GoString::EMPTY }).collect();
        let fs = Box::leak(fs.into_boxed_slice());
        leak(TypeDesc { fields: fs.as_ptr(), nfields: fs.len(), ..desc(Kind::Struct, size, true) })
    }

    /// struct { s string; n int; i any; f [2]float64; p *int }
    fn record() -> &'static TypeDesc {
        structure(
            64,
            &[
                (leak(desc(Kind::String, 16, true)), 0),
                (leak(desc(Kind::Int, 8, false)), 16),
                (leak(desc(Kind::Interface, 16, true)), 24),
                (array(leak(desc(Kind::Float64, 8, false)), 2), 40),
                (leak(desc(Kind::Pointer, 8, true)), 56),
            ],
        )
    }

    #[test]
    fn pointer_words_are_those_whose_scalar_bit_is_clear() {
        // a fake heap of 192 words, 512-aligned, and its bits
        let layout = std::alloc::Layout::from_size_align(192 * 8, 512).unwrap();
        // SAFETY: a fresh allocation of that layout, freed below.
        let heap = unsafe { std::alloc::alloc_zeroed(layout) } as usize;
        for i in 0..192 {
            // SAFETY: inside the fake heap.
            unsafe { *((heap + 8 * i) as *mut usize) = 1000 + i };
        }
        // an object of 6 words at word 61 crosses into the second word of bits:
        // its words 1, 2 and 4 are scalars
        let bits = [0b10110u64 << 61, 0b10110 >> 3, 0];
        let bias = (bits.as_ptr() as usize).wrapping_sub(heap >> 6);
        let mut seen = Vec::new();
        // SAFETY: the range is the fake heap, its bits set above.
        unsafe { for_each_pointer(bias, heap + 61 * 8, heap + 67 * 8, |w| seen.push(w)) };
        assert_eq!(seen, [1061, 1064, 1066]);
        // SAFETY: allocated above with this layout.
        unsafe { std::alloc::dealloc(heap as *mut u8, layout) };
    }

    #[test]
    fn struct_fields_give_their_pointer_words() {
        let m = ptrmap(record()).unwrap();
        assert_eq!((m.size, &*m.words), (64, &[0, 3, 4, 7][..]));
    }

    #[test]
    fn an_array_is_its_elements_map_repeated() {
        let r = record();
        let m = ptrmap(array(array(r, 3), 1000)).unwrap();
        assert_eq!((m.size, &*m.words), (64, &[0, 3, 4, 7][..]));
        // an array inside a struct is spelled out
        let s = structure(24, &[(array(leak(desc(Kind::Pointer, 8, true)), 2), 8)]);
        assert_eq!(&*ptrmap(s).unwrap().words, &[1, 2][..]);
    }

    #[test]
    fn too_many_pointer_words_scan_conservatively() {
        let ptrs = array(leak(desc(Kind::Pointer, 8, true)), MAX_WORDS + 1);
        assert!(ptrmap(structure(ptrs.size, &[(ptrs, 0)])).is_none());
        // a uintptr may hold a pointer in minigo's own packages
        assert_eq!(&*ptrmap(leak(desc(Kind::Uintptr, 8, true))).unwrap().words, &[0][..]);
    }
}
