//! Interfaces: itabs (method tables for a concrete type as a given interface),
//! built on demand and cached, and comparison of interface values.

use crate::abi::{Itab, MethodDesc, TypeDesc, G};
use crate::typealg::{data_ptr, equal};
use std::collections::HashMap;
use std::sync::Mutex;

static ITABS: Mutex<Option<HashMap<(usize, usize), usize>>> = Mutex::new(None);

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
    if typ.is_null() {
        return std::ptr::null();
    }
    let key = (inter as usize, typ as usize);
    let mut cache = ITABS.lock().unwrap_or_else(|e| e.into_inner());
    let cache = cache.get_or_insert_with(HashMap::new);
    if let Some(&it) = cache.get(&key) {
        return it as *const Itab;
    }
    // SAFETY: valid descriptors from the compiler.
    let (it_desc, t) = unsafe { (&*inter, &*typ) };
    let want = it_desc.imethods();
    let have = t.methods();
    let mut fun = Vec::with_capacity(want.len());
    for m in want {
        match have.iter().find(|h| same_method(h, m)) {
            Some(h) if h.mtyp == m.mtyp => fun.push(h.ifn),
            _ => {
                cache.insert(key, 0);
                return std::ptr::null();
            }
        }
    }
    let words = 2 + fun.len();
    // itabs are cached for the program's life, and hold no heap pointers
    let p = crate::malloc::persistentalloc(words * 8) as *mut usize;
    // SAFETY: p has room for the itab header and its methods.
    unsafe {
        *p = inter as usize;
        *p.add(1) = typ as usize;
        for (i, f) in fun.iter().enumerate() {
            *p.add(2 + i) = *f;
        }
    }
    cache.insert(key, p as usize);
    p as *const Itab
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
/// `typ`: the itab, or null when `typ` does not implement `inter`.
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn assert_e2i(_g: *mut G, inter: *const TypeDesc, typ: *const TypeDesc) -> *const Itab {
    // SAFETY: compiled code passes descriptors it emitted.
    unsafe { getitab(inter, typ) }
}

/// Equality of two interface data words holding values of dynamic type `typ`:
/// 1 or 0, or 2 when the type is not comparable (compiled code then panics).
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
    // SAFETY: the data words hold values of type t.
    match unsafe { equal(t, data_ptr(t, &x), data_ptr(t, &y)) } {
        Ok(b) => b as u64,
        Err(_) => 2,
    }
}

/// Equality of two values of type `typ` in memory (structs and arrays compared as
/// a whole): 1, 0, or 2 when a nested interface holds an uncomparable value.
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn memeq(_g: *mut G, typ: *const TypeDesc, a: *const u8, b: *const u8) -> u64 {
    // SAFETY: a and b point at values of type typ.
    match unsafe { equal(&*typ, a, b) } {
        Ok(v) => v as u64,
        Err(_) => 2,
    }
}
