//! Where a type's values keep their pointers (Go's `mbitmap.go`): the pointer
//! map the collector scans a large object with, instead of reading every word
//! of it.
//!
//! Go writes a bitmap for every object that holds pointers. minigo records the
//! type of *large* objects only (over `MAX_SMALL_SIZE`, in a span of their own:
//! `Span::ptrmap`), and scans small objects conservatively (`mgcmark`): a small
//! object's words are few and sit in one or two cache lines, while a large
//! array of structs with one pointer among many numbers is where precision pays,
//! both in time (a `[]struct{p *T; pad [12]int}` reads a thirteenth of its words)
//! and in what is retained (a number that happens to look like an address keeps
//! nothing alive).
//!
//! A map is built from the type descriptor the compiler emitted, the first time
//! a large object of that type is allocated, and kept for the program's life
//! (descriptors are static: nothing makes types at run time). The words that
//! may hold pointers are those of pointers, maps, channels, funcs,
//! `unsafe.Pointer`s, a string's or slice's data word, both words of an
//! interface, and `uintptr`s: minigo's own packages keep pointers in `uintptr`
//! fields where Go's use `unsafe.Pointer` (the compiler's `Repr::scan` says the
//! same).

use crate::abi::{Kind, TypeDesc};
use crate::lock::Locked;
use std::collections::HashMap;

/// The words of one value of a type that may hold pointers.
pub struct PtrMap {
    /// The type's size in bytes: a large object holds values of the type back
    /// to back from its first byte (an array, a slice's backing store, one value).
    pub size: usize,
    /// Offsets, in words from the value's start, ascending; not empty.
    pub words: Box<[u32]>,
}

/// Types whose maps would list more words than this are scanned
/// conservatively (a struct holding a huge array of pointers): a map costs
/// four bytes per pointer word, and such values are nearly all pointers anyway.
const MAX_WORDS: usize = 1 << 12;

/// Maps made so far, by descriptor address (None: scan conservatively).
static MAPS: Locked<Option<HashMap<usize, Option<&'static PtrMap>>>> = Locked::new(None);

/// The pointer map of `t`, or None when values of `t` are to be scanned
/// conservatively (too many pointer words, or a size that is not whole words).
pub fn ptrmap(t: &'static TypeDesc) -> Option<&'static PtrMap> {
    let key = t as *const TypeDesc as usize;
    // an array is its elements back to back: their map, repeated, covers it
    let mut t = t;
    while t.kind() == Kind::Array && t.len > 0 && t.elem().size > 0 && t.elem().size % 8 == 0 {
        // SAFETY: element descriptors are static, as their array's.
        t = unsafe { &*t.elem };
    }
    if let Some(&m) = MAPS.with(|m| m.get_or_insert_with(HashMap::new).get(&key).copied()).as_ref() {
        return m;
    }
    let mut words = Vec::new();
    let made = (t.size % 8 == 0 && collect(t, 0, &mut words) && !words.is_empty())
        .then(|| &*Box::leak(Box::new(PtrMap { size: t.size, words: words.into_boxed_slice() })));
    MAPS.with(|m| *m.get_or_insert_with(HashMap::new).entry(key).or_insert(made))
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
            if e.size % 8 != 0 {
                return false;
            }
            (0..t.len).all(|i| collect(e, at + i * (e.size / 8), out))
        }
        Kind::Struct => t.fields().iter().all(|f| {
            // SAFETY: field descriptors point at static type descriptors.
            let ft = unsafe { &*f.typ };
            !ft.scan() || (f.offset % 8 == 0 && collect(ft, at + f.offset / 8, out))
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
        let none = GoString { ptr: std::ptr::null(), len: 0 };
        TypeDesc {
            size,
            align: 8,
            kind: kind as u8,
            flags: if scan { TFLAG_SCAN } else { 0 },
            dir: 0,
            name: GoString { ptr: std::ptr::null(), len: 0 },
            elem: std::ptr::null(),
            key: std::ptr::null(),
            len: 0,
            fields: std::ptr::null(),
            nfields: 0,
            methods: std::ptr::null(),
            nmethods: 0,
            imethods: std::ptr::null(),
            nimethods: 0,
            params: std::ptr::null(),
            nparams: 0,
            results: std::ptr::null(),
            nresults: 0,
            pkgpath: none,
        }
    }

    fn leak(t: TypeDesc) -> &'static TypeDesc {
        Box::leak(Box::new(t))
    }

    fn array(e: &'static TypeDesc, n: usize) -> &'static TypeDesc {
        leak(TypeDesc { elem: e, len: n, ..desc(Kind::Array, e.size * n, e.scan()) })
    }

    /// A struct of `size` bytes with fields (type, offset).
    fn structure(size: usize, fields: &[(&'static TypeDesc, usize)]) -> &'static TypeDesc {
        let fs: Vec<FieldDesc> =
            fields.iter().map(|&(typ, offset)| FieldDesc { name: GoString { ptr: std::ptr::null(), len: 0 }, typ, offset, flags: 0 }).collect();
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
