//! Interfaces: itabs (method tables for a concrete type as a given interface),
//! built on demand and cached, and comparison of interface values.

use crate::abi::{Itab, ItabEntry, MethodDesc, TypeDesc, G};
use crate::typealg::{data_ptr, equal};
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Mutex;

/// The itab cache (Go's `itabTable`), consulted by every assertion to a
/// non-empty interface (`x.(fmt.Stringer)`): an open-addressing table of
/// entries, probed linearly from the hash of (interface, type).
///
/// Invariants: readers take no lock. A table and each entry are written in
/// full before a release store publishes them (`TABLE`, a slot), and neither
/// changes afterwards but for empty slots being filled. Writers hold
/// `ITAB_LOCK`; one that finds the table three-quarters full copies it into
/// one twice the size and publishes that: a reader still probing the old one
/// finds what it held, or misses and asks again under the lock. Tables and
/// entries live in persistent memory (never freed: a reader, or an assertion
/// site's cache in compiled code, may hold one). Failed lookups have entries
/// too: they are frequent (fmt asks every operand whether it is a Formatter).
#[repr(C)]
struct ItabTable {
    /// Slots minus one (the count is a power of two).
    mask: usize,
    /// Entries in the table (under the lock).
    count: usize,
    /// `mask + 1` slots follow, each null or an entry.
    slots: [AtomicPtr<ItabEntry>; 0],
}

static TABLE: AtomicPtr<ItabTable> = AtomicPtr::new(std::ptr::null_mut());
static ITAB_LOCK: Mutex<()> = Mutex::new(());

impl ItabTable {
    /// A zeroed table of `n` slots (a power of two) in persistent memory.
    fn new(n: usize) -> *mut ItabTable {
        let t = crate::malloc::persistentalloc(std::mem::size_of::<ItabTable>() + n * 8) as *mut ItabTable;
        // SAFETY: fresh memory with room for the header and n slots; null
        // slots are zero words.
        unsafe {
            std::ptr::write_bytes(t as *mut u8, 0, std::mem::size_of::<ItabTable>() + n * 8);
            (*t).mask = n - 1;
        }
        t
    }

    /// Slot `i` (masked by the caller).
    ///
    /// # Safety
    /// `t` is a published table and `i <= mask`.
    unsafe fn slot<'a>(t: *const ItabTable, i: usize) -> &'a AtomicPtr<ItabEntry> {
        // SAFETY: the slots follow the header, mask + 1 of them.
        unsafe { &*(std::ptr::addr_of!((*t).slots) as *const AtomicPtr<ItabEntry>).add(i) }
    }

    fn hash(inter: *const TypeDesc, typ: *const TypeDesc) -> usize {
        ((inter as usize ^ (typ as usize).rotate_left(29)) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(26) as usize
    }

    /// The entry for (inter, typ), if the table has one.
    ///
    /// # Safety
    /// `t` is null or a published table.
    unsafe fn find(t: *const ItabTable, inter: *const TypeDesc, typ: *const TypeDesc) -> Option<*const ItabEntry> {
        if t.is_null() {
            return None;
        }
        // SAFETY: a published table, whose entries are complete.
        unsafe {
            let mut i = Self::hash(inter, typ) & (*t).mask;
            loop {
                let e = Self::slot(t, i).load(Ordering::Acquire);
                if e.is_null() {
                    return None;
                }
                if (*e).inter == inter && (*e).typ == typ {
                    return Some(e);
                }
                i = (i + 1) & (*t).mask;
            }
        }
    }

    /// Puts entry `e` in the first empty slot of its probe sequence.
    ///
    /// # Safety
    /// `ITAB_LOCK` is held, `t` has an empty slot, `e` is complete.
    unsafe fn insert(t: *mut ItabTable, e: *mut ItabEntry) {
        // SAFETY: as the caller promises.
        unsafe {
            let mut i = Self::hash((*e).inter, (*e).typ) & (*t).mask;
            while !Self::slot(t, i).load(Ordering::Relaxed).is_null() {
                i = (i + 1) & (*t).mask;
            }
            Self::slot(t, i).store(e, Ordering::Release);
            (*t).count += 1;
        }
    }
}

fn same_method(a: &MethodDesc, b: &MethodDesc) -> bool {
    // SAFETY: names are compiler-emitted strings.
    unsafe { a.name.as_bytes() == b.name.as_bytes() && a.pkg.as_bytes() == b.pkg.as_bytes() }
}

/// The itab of concrete type `typ` as interface `inter`, or null if `typ` lacks a
/// method. Itabs the compiler emitted statically are not registered here; both kinds
/// work the same (compiled code only reads `typ` and `fun`).
///
/// # Safety
/// `inter` and `typ` are type descriptors the compiler emitted, `inter` an interface type's.
pub unsafe fn getitab(inter: *const TypeDesc, typ: *const TypeDesc) -> *const Itab {
    // SAFETY: as the caller promises; entries are complete and immutable.
    unsafe { (*getitab_entry(inter, typ)).itab }
}

/// For a nil interface: no itab.
static NIL_ENTRY: ItabEntry = ItabEntry { inter: std::ptr::null(), typ: std::ptr::null(), itab: std::ptr::null() };

// SAFETY: entries are immutable.
unsafe impl Sync for ItabEntry {}

/// The cache's entry for (`inter`, `typ`), made on first use; for a null `typ`
/// one whose itab is null.
///
/// # Safety
/// As `getitab`.
pub unsafe fn getitab_entry(inter: *const TypeDesc, typ: *const TypeDesc) -> *const ItabEntry {
    if typ.is_null() {
        return &NIL_ENTRY;
    }
    // SAFETY: TABLE is null or published.
    if let Some(e) = unsafe { ItabTable::find(TABLE.load(Ordering::Acquire), inter, typ) } {
        return e;
    }
    let _held = ITAB_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let table = TABLE.load(Ordering::Acquire);
    // SAFETY: as above; another M may have added it meanwhile.
    if let Some(e) = unsafe { ItabTable::find(table, inter, typ) } {
        return e;
    }
    // SAFETY: valid descriptors from the compiler.
    let itab = unsafe { build_itab(&*inter, &*typ) };
    let e = crate::malloc::persistentalloc(std::mem::size_of::<ItabEntry>()) as *mut ItabEntry;
    // SAFETY: fresh memory for one entry; the table is ours to change (the
    // lock is held), and grown before it is more than three-quarters full.
    unsafe {
        e.write(ItabEntry { inter, typ, itab });
        let table = if table.is_null() || ((*table).count + 1) * 4 > ((*table).mask + 1) * 3 {
            let n = if table.is_null() { 64 } else { 2 * ((*table).mask + 1) };
            let bigger = ItabTable::new(n);
            for k in 0..if table.is_null() { 0 } else { (*table).mask + 1 } {
                let old = ItabTable::slot(table, k).load(Ordering::Relaxed);
                if !old.is_null() {
                    ItabTable::insert(bigger, old);
                }
            }
            TABLE.store(bigger, Ordering::Release);
            bigger
        } else {
            table
        };
        ItabTable::insert(table, e);
    }
    e
}

/// A new itab for `typ` as `it_desc`, or null when `typ` lacks one of its methods.
fn build_itab(it_desc: &TypeDesc, t: &TypeDesc) -> *const Itab {
    let want = it_desc.imethods();
    let have = t.methods();
    let mut fun = Vec::with_capacity(want.len());
    for m in want {
        match have.iter().find(|h| same_method(h, m)) {
            Some(h) if h.mtyp == m.mtyp => fun.push(h.ifn),
            _ => return std::ptr::null(),
        }
    }
    // itabs live for the program's life, and hold no heap pointers
    let p = crate::malloc::persistentalloc((2 + fun.len()) * 8) as *mut usize;
    // SAFETY: p has room for the itab header and its methods.
    unsafe {
        *p = it_desc as *const TypeDesc as usize;
        *p.add(1) = t as *const TypeDesc as usize;
        for (i, f) in fun.iter().enumerate() {
            *p.add(2 + i) = *f;
        }
    }
    p as *const Itab
}

/// Whether `typ` implements interface `inter` (reflect's `Type.Implements`): for
/// a concrete type, by the itab cache, which keeps the answer either way.
pub fn implements(inter: &TypeDesc, typ: &TypeDesc) -> bool {
    if typ.kind() == crate::abi::Kind::Interface {
        return missing_method(inter, typ).is_none();
    }
    // SAFETY: both are compiler-emitted descriptors, inter an interface's.
    unsafe { !getitab(inter, typ).is_null() }
}

/// The name of the first method of `inter` that `typ` lacks (for the panic text).
pub fn missing_method(inter: &TypeDesc, typ: &TypeDesc) -> Option<String> {
    for m in inter.imethods() {
        if !typ.methods().iter().any(|h| same_method(h, m) && h.mtyp == m.mtyp) {
            // SAFETY: compiler-emitted UTF-8.
            return Some(unsafe { String::from_utf8_lossy(m.name.as_bytes()).into_owned() });
        }
    }
    None
}

/// `x.(I)` and conversion to a non-empty interface of a value with dynamic type
/// `typ`: the cache entry whose itab is null when `typ` does not implement
/// `inter` (compiled code keeps it for the next time, see `ItabEntry`).
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn assert_e2i(_g: *mut G, inter: *const TypeDesc, typ: *const TypeDesc) -> *const ItabEntry {
    // SAFETY: compiled code passes descriptors it emitted.
    unsafe { getitab_entry(inter, typ) }
}

/// Equality of two interface data words holding values of dynamic type `typ`:
/// 1 or 0, or the descriptor of the type found not comparable (`typ` or one
/// nested in it; compiled code then panics naming it, as Go does).
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn ifacedataeq(_g: *mut G, typ: *const TypeDesc, x: usize, y: usize) -> u64 {
    if typ.is_null() {
        return 1;
    }
    // SAFETY: typ is the dynamic type of both values.
    let t = unsafe { &*typ };
    // the dynamic type itself, if it is the uncomparable one (a struct
    // holding a slice is named, not the slice)
    if !t.comparable() {
        return typ as u64;
    }
    // SAFETY: the data words hold values of type t.
    match unsafe { equal(t, data_ptr(t, &x), data_ptr(t, &y)) } {
        Ok(b) => b as u64,
        Err(e) => e.0 as u64,
    }
}

/// Equality of two values of type `typ` in memory (structs and arrays compared as
/// a whole): 1, 0, or the descriptor of the uncomparable type a nested
/// interface holds.
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn memeq(_g: *mut G, typ: *const TypeDesc, a: *const u8, b: *const u8) -> u64 {
    // SAFETY: a and b point at values of type typ.
    match unsafe { equal(&*typ, a, b) } {
        Ok(v) => v as u64,
        Err(e) => e.0 as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::getitab_entry;
    use crate::abi::TypeDesc;

    #[test]
    fn itab_cache_finds_every_pair_again_as_it_grows() {
        // descriptors without methods: every type implements every interface here
        // SAFETY: a zeroed descriptor is valid (null pointers, empty names, no methods).
        let descs: Vec<Box<TypeDesc>> = (0..200).map(|_| Box::new(unsafe { std::mem::zeroed() })).collect();
        let ptr = |i: usize| &*descs[i] as *const TypeDesc;
        let mut first = Vec::new();
        for i in 0..10 {
            for t in 10..200 {
                // SAFETY: valid descriptors.
                let e = unsafe { getitab_entry(ptr(i), ptr(t)) };
                // SAFETY: entries are complete.
                let (inter, typ, itab) = unsafe { ((*e).inter, (*e).typ, (*e).itab) };
                assert!(inter == ptr(i) && typ == ptr(t) && !itab.is_null());
                first.push(e);
            }
        }
        // 1,900 entries: the table grew from 64 slots several times
        let mut k = 0;
        for i in 0..10 {
            for t in 10..200 {
                // SAFETY: as above.
                assert_eq!(unsafe { getitab_entry(ptr(i), ptr(t)) }, first[k]);
                k += 1;
            }
        }
        // SAFETY: a nil dynamic type has no itab.
        assert!(unsafe { (*getitab_entry(ptr(0), std::ptr::null())).itab.is_null() });
    }
}
