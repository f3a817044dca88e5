//! internal/rt: the reflection services fmt, sort and errors are built on.
//!
//! A `Value` is (type descriptor, address of the value, flags): the address always
//! points at memory holding a value of the type, so every accessor is a load. An
//! interface's data word, which holds pointer-shaped values directly, is given an
//! address by copying it to the heap or by pointing into the interface itself.
//! The accessors that are only loads are Go code in rt.go, which reads the
//! descriptors at offsets the test below checks; these natives are the rest.

use super::{new_string, retbuf, str_arg};
use minigo_runtime::abi::{GoString, Kind, Pair, TypeDesc, G};
use minigo_runtime::malloc::alloc;

fn td(t: usize) -> Option<&'static TypeDesc> {
    // SAFETY: compiled code passes null or a descriptor it emitted.
    unsafe { (t as *const TypeDesc).as_ref() }
}

/// Reads a word at `p`.
fn word(p: usize) -> usize {
    // SAFETY: p is the address of a value of a pointer-sized type.
    unsafe { *(p as *const usize) }
}

fn ret_value(g: *mut G, t: usize, p: usize, flag: u64) {
    retbuf(g, &[t as u64, p as u64, flag]);
}

/// The dynamic type of an interface of type `it` whose first word is `w0`.
fn dyn_type(it: &TypeDesc, w0: usize) -> usize {
    // SAFETY: w0 is null, a descriptor or an itab of this interface.
    unsafe { minigo_runtime::typealg::dyn_type(it.nimethods == 0, w0) as usize }
}

pub extern "C" fn type_of(_g: *mut G, w0: usize, _w1: usize) -> usize {
    w0
}
pub extern "C" fn data_of(_g: *mut G, _w0: usize, w1: usize) -> usize {
    w1
}
/// `rt.ZeroOf(x any) any`: the zero value of x's dynamic type, except that
/// for a pointer type it is a pointer to a new zero value of the element
/// (what `reflect.New(t.Elem())` makes); nil for nil.
pub extern "C" fn zero_of(_g: *mut G, t: usize, _w: usize) -> Pair {
    let Some(d) = td(t) else { return Pair(0, 0) };
    let data = match td(d.elem as usize).filter(|_| d.kind() == Kind::Pointer) {
        Some(e) => minigo_runtime::malloc::alloc_for(e, e.size) as usize,
        None if d.direct_iface() => 0,
        None => minigo_runtime::malloc::alloc_for(d, d.size) as usize,
    };
    Pair(t as u64, data as u64)
}

/// `Type.alloc`: fresh zeroed memory for a value of the type.
pub extern "C" fn type_alloc(_g: *mut G, t: usize) -> usize {
    td(t).map_or(0, |d| minigo_runtime::malloc::alloc_for(d, d.size.max(1)) as usize)
}
/// `Type.allocN`: fresh zeroed memory for `n` values of the type, laid out as
/// an array (a slice's backing store; `n` is checked by the caller).
pub extern "C" fn type_alloc_n(_g: *mut G, t: usize, n: i64) -> usize {
    td(t).map_or(0, |d| minigo_runtime::malloc::alloc_for(d, d.size.saturating_mul(n as usize)) as usize)
}
/// `Type.PtrTo`: the descriptor of `*t` — the program's (see the compiler's
/// `reflect_derived`), or one made once (`maketype`).
pub extern "C" fn type_ptr_to(_g: *mut G, t: usize) -> usize {
    td(t).map_or(0, |d| super::maketype::pointer_to(d) as *const TypeDesc as usize)
}

/// `Type.ArraySlice`: for an array type `[N]E`, the descriptor of `[]E`, on
/// the same terms as `PtrTo`.
pub extern "C" fn type_array_slice(_g: *mut G, t: usize) -> usize {
    let Some(d) = td(t) else { return 0 };
    if !d.slice.is_null() {
        return d.slice as usize;
    }
    super::maketype::slice_of(d.elem()) as *const TypeDesc as usize
}

/// `ChanSend(c, ep uintptr, block bool) uint64`: sends the element at `ep`
/// on channel `c` as `c <- x` does (`block`) or as a `select` with a default
/// tries to; parks the goroutine until it can. The runtime's result
/// (`chan::SEND_OK`, `SEND_CLOSED`, `WOULD_BLOCK`) is the native's, so that a
/// goroutine woken with one returns it.
pub extern "C" fn chan_send(g: *mut G, c: usize, ep: usize, block: u8) -> u64 {
    // SAFETY: reflect passes a channel (or nil) and memory holding a value of
    // its element type, which its frame keeps alive while the goroutine waits.
    unsafe { minigo_runtime::chan::chansend(g, c as *mut _, ep as *const u8, block as u64) }
}

/// `ChanRecv(c, ep uintptr, block bool) uint64`: receives from channel `c`
/// into `ep`, on the same terms as `chan_send` (`chan::RECV_OK`,
/// `RECV_CLOSED`, `WOULD_BLOCK`).
pub extern "C" fn chan_recv(g: *mut G, c: usize, ep: usize, block: u8) -> u64 {
    // SAFETY: as for chan_send, with room for a value at ep.
    unsafe { minigo_runtime::chan::chanrecv(g, c as *mut _, ep as *mut u8, block as u64) }
}

/// `Select(cases *SelectCase, n int, block bool) (int, uint64)`: a select
/// over `n` cases, as compiled code's (`select::selectgo`).
pub extern "C" fn select_go(g: *mut G, cases: usize, n: i64, block: u8) -> Pair {
    // SAFETY: reflect passes n cases laid out as abi::SCase, on the same
    // terms as chan_send.
    unsafe { minigo_runtime::select::selectgo(g, cases as *const _, n as usize, block as u64) }
}

/// hash/maphash's `bytesHash(p *byte, n int, seed uint64) uint64`: the
/// runtime's hash of the `n` bytes at `p` (`seed` itself for none).
pub extern "C" fn bytes_hash(_g: *mut G, p: usize, n: i64, seed: u64) -> u64 {
    if n == 0 {
        return seed;
    }
    // SAFETY: maphash passes n readable bytes at p.
    minigo_runtime::typealg::bytes_hash(unsafe { std::slice::from_raw_parts(p as *const u8, n as usize) }, seed)
}

/// hash/maphash's `valueHash(p any, seed uint64) (uint64, bool)`: the map
/// hash of the value the pointer `p` holds points to, of its element type;
/// false when the value cannot be hashed (an interface holding a slice).
pub extern "C" fn value_hash(_g: *mut G, t: usize, p: usize, seed: u64) -> Pair {
    let Some(pt) = td(t) else { return Pair(0, 0) };
    // SAFETY: p points to a value of pt's element type.
    match unsafe { minigo_runtime::typealg::hash(pt.elem(), p as *const u8, seed) } {
        Ok(h) => Pair(h, 1),
        Err(_) => Pair(0, 0),
    }
}

/// `grownCap(et Type, newLen, oldCap int) int`: the capacity `append` gives a
/// slice of `et` elements that must grow from `oldCap` to hold `newLen`.
pub extern "C" fn grown_cap(_g: *mut G, t: usize, new_len: i64, old_cap: i64) -> i64 {
    td(t).map_or(new_len, |e| minigo_runtime::slice::grown_cap(e.size, new_len as usize, old_cap as usize, !e.has_pointers()) as i64)
}
/// `mapClear(mt Type, m uintptr)`: `clear` of the map at `mp`.
pub extern "C" fn map_clear(g: *mut G, t: usize, mp: usize) {
    // SAFETY: the map is of type t (mapclear takes nil).
    unsafe { minigo_runtime::map::mapclear(g, t as *const TypeDesc, word(mp) as *mut _) };
}
/// `makeMap(mt Type, hint int) uintptr`: a new map of map type mt.
pub extern "C" fn make_map(g: *mut G, t: usize, hint: i64) -> usize {
    td(t).map_or(0, |mt| minigo_runtime::map::makemap(g, mt, hint) as usize)
}
/// `makeChan(ct Type, size int) uintptr`: a new channel of channel type ct
/// with a buffer of `size` elements (checked by the caller).
pub extern "C" fn make_chan(g: *mut G, t: usize, size: i64) -> usize {
    let Some(ct) = td(t) else { return 0 };
    // SAFETY: ct's element is a descriptor the compiler emitted; makechan
    // only allocates (it neither parks nor unwinds).
    unsafe { minigo_runtime::chan::makechan(g, ct.elem, size as usize) as usize }
}
pub extern "C" fn type_string(_g: *mut G, t: usize) -> GoString {
    td(t).map_or(GoString::EMPTY, |t| t.name)
}
pub extern "C" fn type_pkgpath(_g: *mut G, t: usize) -> GoString {
    td(t).map_or(GoString::EMPTY, |t| t.pkgpath)
}
/// Exported methods only, as reflect counts them (all methods for interfaces).
pub extern "C" fn type_nummethod(_g: *mut G, t: usize) -> i64 {
    td(t).map_or(0, |t| if t.kind() == Kind::Interface { t.nimethods } else { t.num_exported } as i64)
}
/// A func type's parameter (`out` false) or result type `i`.
pub extern "C" fn type_param(_g: *mut G, t: usize, out: u8, i: i64) -> usize {
    let Some(t) = td(t) else { return 0 };
    let (p, n) = if out != 0 { (t.results, t.nresults) } else { (t.params, t.nparams) };
    assert!((i as usize) < n, "func type parameter out of range");
    // SAFETY: the compiler emits n descriptor pointers at p.
    unsafe { *p.add(i as usize) as usize }
}
pub extern "C" fn type_numparams(_g: *mut G, t: usize, out: u8) -> i64 {
    td(t).map_or(0, |t| if out != 0 { t.nresults } else { t.nparams } as i64)
}
/// A channel type's direction, or for a func type whether it is variadic.
pub extern "C" fn type_dir(_g: *mut G, t: usize) -> i64 {
    td(t).map_or(0, |t| t.dir as i64)
}
/// `rt.Implements(iface, typ *Type) bool`: reflect's `Type.Implements`.
pub extern "C" fn implements(_g: *mut G, iface: usize, typ: usize) -> u8 {
    match (td(iface), td(typ)) {
        (Some(i), Some(t)) => minigo_runtime::iface::implements(i, t) as u8,
        _ => 0,
    }
}

pub extern "C" fn missing_method(_g: *mut G, iface: usize, typ: usize) -> GoString {
    match (td(iface), td(typ)) {
        (Some(i), Some(t)) => minigo_runtime::iface::missing_method(i, t).map_or(GoString::EMPTY, |m| new_string(m.as_bytes())),
        _ => GoString::EMPTY,
    }
}

pub extern "C" fn value_elem(g: *mut G, t: usize, p: usize, f: u64) {
    let Some(t) = td(t) else {
        return ret_value(g, 0, 0, 0);
    };
    match t.kind() {
        Kind::Pointer => match word(p) {
            0 => ret_value(g, 0, 0, 0),
            q => ret_value(g, t.elem as usize, q, f),
        },
        Kind::Interface => {
            let dt = dyn_type(t, word(p));
            match td(dt) {
                None => ret_value(g, 0, 0, 0),
                Some(d) => {
                    let addr = if d.direct_iface() { p + 8 } else { word(p + 8) };
                    ret_value(g, dt, addr, f)
                }
            }
        }
        _ => ret_value(g, 0, 0, 0),
    }
}

/// The value as an `any`: interfaces give what they hold; other values are copied.
pub extern "C" fn value_interface(_g: *mut G, t: usize, p: usize, _f: u64) -> Pair {
    let Some(td_) = td(t) else { return Pair(0, 0) };
    if td_.kind() == Kind::Interface {
        return Pair(dyn_type(td_, word(p)) as u64, word(p + 8) as u64);
    }
    if td_.direct_iface() {
        return Pair(t as u64, word(p) as u64);
    }
    let q = alloc(td_.size);
    // SAFETY: q has room for a value of the type.
    unsafe { std::ptr::copy_nonoverlapping(p as *const u8, q, td_.size) };
    Pair(t as u64, q as u64)
}

/// The keys (copied) as a []Value in `m.retbuf`.
pub extern "C" fn value_mapkeys(g: *mut G, t: usize, p: usize, f: u64) {
    map_values(g, t, p, f, false)
}

/// The entries (keys and elements copied) as a []Value of key, element,
/// key, element... in `m.retbuf`: a key that is not equal to itself (NaN)
/// cannot be looked up, so printing or ranging over a map needs its element so.
pub extern "C" fn value_mapentries(g: *mut G, t: usize, p: usize, f: u64) {
    map_values(g, t, p, f, true)
}

fn map_values(g: *mut G, t: usize, p: usize, f: u64, elems: bool) {
    let (Some(mt), m) = (td(t), word(p)) else {
        return retbuf(g, &[0, 0, 0]);
    };
    let copy = |typ: &TypeDesc, from: u64| {
        let q = alloc(typ.size);
        // SAFETY: `from` addresses a value of type `typ` in the map.
        unsafe { std::ptr::copy_nonoverlapping(from as *const u8, q, typ.size) };
        q as u64
    };
    let mut out = Vec::new();
    // SAFETY: m is a map of type mt (a reflect.Value's), and it the iterator over it.
    let it = unsafe { minigo_runtime::map::mapiterinit(g, mt, m as *mut _) };
    loop {
        let Pair(kp, vp) = unsafe { minigo_runtime::map::mapiternext(g, it) };
        if kp == 0 {
            break;
        }
        out.push([mt.key as u64, copy(mt.key(), kp), f]);
        if elems {
            out.push([mt.elem as u64, copy(mt.elem(), vp), f]);
        }
    }
    let vals = alloc(24 * out.len()) as *mut [u64; 3];
    for (i, v) in out.iter().enumerate() {
        // SAFETY: vals has room for all of them.
        unsafe { *vals.add(i) = *v };
    }
    retbuf(g, &[vals as u64, out.len() as u64, out.len() as u64]);
}

/// `MapIndex`: the value for the key at `kp` in the map at `mp`, or the zero Value.
pub extern "C" fn map_index(g: *mut G, t: usize, mp: usize, kp: usize, f: u64) {
    let Some(mt) = td(t) else {
        return ret_value(g, 0, 0, 0);
    };
    // SAFETY: the map is of type mt and kp addresses a key of its key type.
    let Pair(vp, ok) = unsafe { minigo_runtime::map::mapaccess2(g, mt, word(mp) as *mut _, kp as *const u8) };
    if ok == 0 {
        return ret_value(g, 0, 0, 0);
    }
    ret_value(g, mt.elem as usize, vp as usize, f);
}

pub extern "C" fn value_bytes(g: *mut G, t: usize, p: usize, _f: u64) {
    match td(t).map(|t| (t.kind(), t.len)) {
        Some((Kind::Slice, _)) => retbuf(g, &[word(p) as u64, word(p + 8) as u64, word(p + 16) as u64]),
        Some((Kind::Array, n)) => retbuf(g, &[p as u64, n as u64, n as u64]),
        _ => retbuf(g, &[0, 0, 0]),
    }
}

/// The slice header an `any` holding a slice points to.
fn slice_header(w0: usize, w1: usize) -> Option<(&'static TypeDesc, usize)> {
    let t = td(w0)?;
    (t.kind() == Kind::Slice).then_some((t, w1))
}

pub extern "C" fn slice_len(_g: *mut G, w0: usize, w1: usize) -> i64 {
    slice_header(w0, w1).map_or(0, |(_, h)| word(h + 8) as i64)
}

pub extern "C" fn slice_swap(_g: *mut G, w0: usize, w1: usize, i: i64, j: i64) {
    let Some((t, h)) = slice_header(w0, w1) else {
        return;
    };
    let size = t.elem().size;
    let base = word(h) as *mut u8;
    // SAFETY: i and j index the slice (sort checks them); distinct elements do not overlap.
    unsafe {
        if i != j {
            std::ptr::swap_nonoverlapping(base.add(i as usize * size), base.add(j as usize * size), size);
        }
    }
}

pub extern "C" fn is_non_nil_pointer(_g: *mut G, w0: usize, w1: usize) -> u8 {
    td(w0).is_some_and(|t| t.kind() == Kind::Pointer && w1 != 0) as u8
}

/// `storeAt` (rt's `Value.StoreAt`, and `StoreIfAssignable`): stores v at `p`,
/// a value of type `t`, as `store_assignable` does; nothing at a nil `p`.
pub extern "C" fn store_at(_g: *mut G, t: usize, p: usize, vw0: usize, vw1: usize) -> u8 {
    match td(t) {
        // SAFETY: reflect gives the address of a variable of type t.
        Some(t) if p != 0 => unsafe { store_assignable(t, p as *mut usize, vw0, vw1) },
        _ => 0,
    }
}

/// Stores the value of interface words (vw0, vw1) at `dst`, a value of type
/// `et`: a copy when the dynamic type is `et`, the interface value (with the
/// itab a non-empty interface needs) when `et` is an interface the dynamic type
/// implements; reports whether it stored.
///
/// # Safety
/// `dst` must address a value of type `et`.
unsafe fn store_assignable(et: &TypeDesc, dst: *mut usize, vw0: usize, vw1: usize) -> u8 {
    let Some(vt) = td(vw0) else {
        return 0;
    };
    if std::ptr::eq(et, vt) {
        let src = minigo_runtime::typealg::data_ptr(vt, &vw1);
        // SAFETY: dst points at a value of type vt (the caller's promise).
        unsafe { std::ptr::copy_nonoverlapping(src, dst as *mut u8, vt.size) };
        return 1;
    }
    if et.kind() != Kind::Interface {
        return 0;
    }
    let w0 = if et.nimethods == 0 {
        vw0
    } else {
        // SAFETY: both are descriptors the compiler emitted; et an interface's.
        match unsafe { minigo_runtime::iface::getitab(et, vt) } as usize {
            0 => return 0,
            it => it,
        }
    };
    // SAFETY: dst points at an interface (two words).
    unsafe {
        *dst = w0;
        *dst.add(1) = vw1;
    }
    1
}

/// `mapAssign`: stores the element at `ep` for the key at `kp` in the map at
/// `mp`, which is not nil (rt's `MapAssign` raises that panic first).
pub extern "C" fn map_assign(g: *mut G, t: usize, mp: usize, kp: usize, ep: usize) {
    let Some(mt) = td(t) else { return };
    // SAFETY: the map is of type mt, kp and ep address a key and an element of
    // its key and element types; the slot mapassign returns holds an element.
    unsafe {
        let slot = minigo_runtime::map::mapassign(g, mt, word(mp) as *mut _, kp as *const u8);
        std::ptr::copy(ep as *const u8, slot, mt.elem().size);
    }
}

/// `mapDelete`: removes the key at `kp` from the map at `mp`.
pub extern "C" fn map_delete(g: *mut G, t: usize, mp: usize, kp: usize) {
    let Some(mt) = td(t) else { return };
    // SAFETY: the map is of type mt and kp addresses a key of its key type.
    unsafe { minigo_runtime::map::mapdelete(g, mt, word(mp) as *mut _, kp as *const u8) };
}

/// The element type and address of a non-nil pointer held by an interface.
fn pointee(tw0: usize, tw1: usize) -> Option<(&'static TypeDesc, *mut u8)> {
    let pt = td(tw0)?;
    (pt.kind() == Kind::Pointer && tw1 != 0).then(|| (pt.elem(), tw1 as *mut u8))
}

/// `StoreBits(target any, v uint64)`: the low `size` bytes of v into *target.
pub extern "C" fn store_bits(_g: *mut G, tw0: usize, tw1: usize, v: u64) {
    if let Some((et, p)) = pointee(tw0, tw1) {
        let n = et.size.min(8);
        // SAFETY: p points at a value of et's size, a scalar of at most 8 bytes.
        unsafe { std::ptr::copy_nonoverlapping(v.to_le_bytes().as_ptr(), p, n) };
    }
}

/// `StoreString(target any, v string)`: *target = v.
pub extern "C" fn store_string(_g: *mut G, tw0: usize, tw1: usize, sp: *const u8, sn: usize) {
    if let Some((_, p)) = pointee(tw0, tw1) {
        // SAFETY: p points at a string header.
        unsafe { *(p as *mut GoString) = GoString { ptr: sp, len: sn } };
    }
}

pub extern "C" fn godebug(_g: *mut G, p: *const u8, n: usize) -> GoString {
    let name = str_arg(p, n);
    let settings = std::env::var_os("GODEBUG").unwrap_or_default();
    let value = settings.as_encoded_bytes().rsplit(|&b| b == b',').find_map(|kv| kv.strip_prefix(name)?.strip_prefix(b"=")).unwrap_or_default();
    new_string(value)
}

/// The random source of math/rand's top-level functions (Go's runtime.rand).
pub extern "C" fn runtime_rand(_g: *mut G) -> u64 {
    minigo_runtime::fastrand()
}

#[cfg(test)]
mod tests {
    use minigo_runtime::abi::{FieldDesc, MethodDesc, TypeDesc, TFLAG_COMPARABLE, TFLAG_DIRECT_IFACE, TFLAG_EQ_CAN_PANIC};
    use std::mem::{offset_of, size_of};

    /// rt.go reads type descriptors at the offsets its constants give.
    #[test]
    fn descriptor_offsets_match_rt_go() {
        let konst = super::super::rt_go_const;
        assert_eq!(konst("descSize"), offset_of!(TypeDesc, size));
        assert_eq!(konst("descAlign"), offset_of!(TypeDesc, align));
        assert_eq!(konst("descKind"), offset_of!(TypeDesc, kind));
        assert_eq!(konst("descFlags"), offset_of!(TypeDesc, flags));
        assert_eq!(konst("descElem"), offset_of!(TypeDesc, elem));
        assert_eq!(konst("descKey"), offset_of!(TypeDesc, key));
        assert_eq!(konst("descLen"), offset_of!(TypeDesc, len));
        assert_eq!(konst("descFields"), offset_of!(TypeDesc, fields));
        assert_eq!(konst("descNFields"), offset_of!(TypeDesc, nfields));
        assert_eq!(konst("descMethods"), offset_of!(TypeDesc, methods));
        assert_eq!(konst("descNMethods"), offset_of!(TypeDesc, nmethods));
        assert_eq!(konst("descIMethods"), offset_of!(TypeDesc, imethods));
        assert_eq!(konst("descNIMethods"), offset_of!(TypeDesc, nimethods));
        assert_eq!(konst("methodDescSize"), size_of::<MethodDesc>());
        assert_eq!(konst("methodName"), offset_of!(MethodDesc, name));
        assert_eq!(konst("methodPkg"), offset_of!(MethodDesc, pkg));
        assert_eq!(konst("methodMtyp"), offset_of!(MethodDesc, mtyp));
        assert_eq!(konst("methodFtyp"), offset_of!(MethodDesc, ftyp));
        assert_eq!(konst("methodTfn"), offset_of!(MethodDesc, tfn));
        assert_eq!(konst("descCall"), offset_of!(TypeDesc, call));
        assert_eq!(konst("SendOK") as u64, minigo_runtime::chan::SEND_OK);
        assert_eq!(konst("SendClosed") as u64, minigo_runtime::chan::SEND_CLOSED);
        assert_eq!(konst("RecvOK") as u64, minigo_runtime::chan::RECV_OK);
        assert_eq!(konst("RecvClosed") as u64, minigo_runtime::chan::RECV_CLOSED);
        assert_eq!(konst("WouldBlock") as u64, minigo_runtime::chan::WOULD_BLOCK);
        assert_eq!(konst("selectCaseSize"), size_of::<minigo_runtime::abi::SCase>());
        assert_eq!(konst("SelectSend") as u64, minigo_runtime::abi::SCASE_SEND);
        assert_eq!(konst("descMake"), offset_of!(TypeDesc, make_func));
        assert_eq!(konst("fieldDescSize"), size_of::<FieldDesc>());
        assert_eq!(konst("fieldName"), offset_of!(FieldDesc, name));
        assert_eq!(konst("fieldTyp"), offset_of!(FieldDesc, typ));
        assert_eq!(konst("fieldOffset"), offset_of!(FieldDesc, offset));
        assert_eq!(konst("fieldFlags"), offset_of!(FieldDesc, flags));
        assert_eq!(konst("fieldTag"), offset_of!(FieldDesc, tag));
        assert_eq!(konst("flagDirectData"), TFLAG_DIRECT_IFACE as usize);
        assert_eq!(konst("flagComparable"), TFLAG_COMPARABLE as usize);
        assert_eq!(konst("flagEqCanPanic"), TFLAG_EQ_CAN_PANIC as usize);
    }
}
