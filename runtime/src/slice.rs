//! Slices: allocation and `append`'s growth, which follows Go's policy exactly
//! (doubling, then a smooth transition to 1.25×, rounded up to malloc size classes)
//! because programs observe it through `cap`.

use crate::abi::{TypeDesc, G};
use crate::malloc::roundupsize;
use crate::preempt::Regs;

/// Backing store for `make([]T, len, cap)` (bounds are checked by compiled code).
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn makeslice(_g: *mut G, elem: *const TypeDesc, _len: usize, cap: usize) -> *mut u8 {
    // SAFETY: a valid descriptor.
    let e = unsafe { &*elem };
    crate::malloc::alloc_for(e, e.size.saturating_mul(cap))
}

/// Go's nextslicecap.
pub fn next_cap(new_len: usize, old_cap: usize) -> usize {
    let mut newcap = old_cap;
    let doublecap = newcap + newcap;
    if new_len > doublecap {
        return new_len;
    }
    const THRESHOLD: usize = 256;
    if old_cap < THRESHOLD {
        return doublecap;
    }
    loop {
        newcap += (newcap + 3 * THRESHOLD) >> 2;
        if newcap >= new_len {
            break;
        }
    }
    newcap
}

/// The capacity `append` gives a slice of elements of `size` bytes that must hold
/// `new_len` elements and had `old_cap`.
pub fn grown_cap(size: usize, new_len: usize, old_cap: usize, noscan: bool) -> usize {
    let newcap = next_cap(new_len, old_cap);
    if size == 0 {
        return new_len;
    }
    roundupsize(newcap.saturating_mul(size), noscan) / size
}

/// `append` when the capacity is exhausted: a new backing array for `new_len`
/// elements with the old `old_len` copied. Arguments (element type, old
/// pointer, old length, old capacity, new length); results (pointer, capacity).
///
/// Both growth entries are `preserve_all`, as the allocation entries are (see
/// `malloc::mallocgc`): `append` in a loop calls them on its cold path, and a
/// call clobbering registers there would keep the loop's other values — a float
/// accumulator — in memory on every iteration.
///
/// # Safety
/// Called only through its entry point, which passes the caller's registers
/// (`systemstack_all`), with the arguments the compiler passes there.
pub unsafe extern "C" fn growslice(_g: *mut G, regs: *mut Regs) {
    // SAFETY: as the caller promises.
    unsafe { grow(&mut *regs, false) }
}

/// gc's stack buffer for slices whose store does not escape, in bytes.
pub const STACK_BUF_BYTES: usize = 32;

/// gc's growsliceBuf, for a slice whose capacity is observed before its store
/// moves to the heap: while the new length fits in gc's 32-byte stack buffer, the
/// capacity grows to the next malloc size class only; beyond, as `growslice`.
///
/// # Safety
/// As `growslice`'s.
pub unsafe extern "C" fn growslicebuf(_g: *mut G, regs: *mut Regs) {
    // SAFETY: as the caller promises.
    unsafe { grow(&mut *regs, true) }
}

/// The growth of a slice whose arguments and results are in `r`: as
/// `growslicebuf` when `buf`, else as `growslice`.
///
/// # Safety
/// `r` holds the arguments compiled code passes the growth entries.
unsafe fn grow(r: &mut Regs, buf: bool) {
    let (elem, old, old_len, old_cap, new_len) = (r.arg(0) as *const TypeDesc, r.arg(1) as *const u8, r.arg(2), r.arg(3), r.arg(4));
    // SAFETY: a valid descriptor.
    let e = unsafe { &*elem };
    if e.size == 0 {
        return r.set_results(&[crate::malloc::ZEROBASE.as_ptr() as usize, new_len]);
    }
    let cap = if buf && new_len <= STACK_BUF_BYTES / e.size {
        roundupsize(new_len * e.size, !e.has_pointers()) / e.size
    } else {
        grown_cap(e.size, new_len, old_cap, !e.has_pointers())
    };
    let p = crate::malloc::alloc_for_call(e, cap * e.size, r);
    // SAFETY: the new array holds cap >= old_len elements.
    unsafe { std::ptr::copy_nonoverlapping(old, p, old_len * e.size) };
    r.set_results(&[p as usize, cap]);
}

/// `copy` and other overlapping moves.
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn memmove(_g: *mut G, dst: *mut u8, src: *const u8, n: usize) {
    if n > 0 {
        // SAFETY: compiled code passes ranges inside live objects.
        unsafe { std::ptr::copy(src, dst, n) };
    }
}

/// Clears `n` bytes (`clear(slice)`, zeroing large values).
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn memclr(_g: *mut G, dst: *mut u8, n: usize) {
    if n > 0 {
        // SAFETY: as for memmove.
        unsafe { std::ptr::write_bytes(dst, 0, n) };
    }
}

#[cfg(test)]
mod tests {
    use super::grown_cap;

    #[test]
    fn append_growth_like_go() {
        // int slices appended one at a time: 1 2 4 8 ... 512 848
        let mut cap = 0;
        let mut seen = vec![];
        for len in 1..=600 {
            if len > cap {
                cap = grown_cap(8, len, cap, true);
                seen.push(cap);
            }
        }
        assert_eq!(seen, [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848]);
        assert_eq!(grown_cap(1, 1, 0, true), 8);
        assert_eq!(grown_cap(24, 5, 4, false), 8);
    }
}
