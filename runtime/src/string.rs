//! String operations: concatenation, comparison, conversions, UTF-8 decoding for
//! `range`. Strings are immutable (ptr, len) pairs; results are freshly allocated.

use crate::abi::{GoSlice, GoString, G};
use crate::malloc::{alloc_noscan as alloc, roundupsize};

fn bytes<'a>(p: *const u8, n: usize) -> &'a [u8] {
    // SAFETY: compiled code passes valid (ptr, len) pairs.
    unsafe { GoString { ptr: p, len: n }.as_bytes() }
}

fn new_string(b: &[u8]) -> GoString {
    if b.is_empty() {
        return GoString::EMPTY;
    }
    let p = alloc(b.len());
    // SAFETY: p has room for b.len() bytes.
    unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    GoString { ptr: p, len: b.len() }
}

/// `a + b + ...`: `parts` points to `n` string headers.
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn concatstrings(_g: *mut G, parts: *const GoString, n: usize) -> GoString {
    // SAFETY: compiled code passes n headers.
    let parts = unsafe { std::slice::from_raw_parts(parts, n) };
    let total: usize = parts.iter().map(|s| s.len).sum();
    // a single non-empty operand is the result itself, as in Go (no copy)
    if let Some(only) = parts.iter().find(|s| s.len == total) {
        return if total == 0 { GoString::EMPTY } else { *only };
    }
    let p = alloc(total);
    let mut off = 0;
    for s in parts {
        // SAFETY: the destination has room for all parts.
        unsafe { std::ptr::copy_nonoverlapping(s.ptr, p.add(off), s.len) };
        off += s.len;
    }
    GoString { ptr: p, len: total }
}

/// Three-way comparison of byte strings (Go's `cmpbody`): the native behind
/// `runtime.cmpbody`, which the runtime's `cmpstring` (in Go) calls for long
/// common prefixes.
pub extern "C" fn cmpbody(_g: *mut G, ap: *const u8, an: usize, bp: *const u8, bn: usize) -> i64 {
    match bytes(ap, an).cmp(bytes(bp, bn)) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// Equality of byte ranges of the same length.
///
/// # Safety
/// Called only through its entry point, as compiled code calls it: `a` and `b`
/// are each valid for reading `n` bytes.
pub unsafe extern "C" fn memequal(_g: *mut G, a: *const u8, b: *const u8, n: usize) -> u8 {
    bytes_equal(a, b, n) as u8
}

/// Whether the `n` bytes at `a` and at `b` are equal. Up to 16 bytes (most
/// map keys and compared strings) take two overlapping loads from each side
/// rather than a call to `memcmp`.
///
/// # Safety
/// `a` and `b` must each be valid for reading `n` bytes.
pub unsafe fn bytes_equal(a: *const u8, b: *const u8, n: usize) -> bool {
    unsafe fn two<T: PartialEq>(a: *const u8, b: *const u8, n: usize) -> bool {
        let last = n - std::mem::size_of::<T>();
        (a as *const T).read_unaligned() == (b as *const T).read_unaligned()
            && (a.add(last) as *const T).read_unaligned() == (b.add(last) as *const T).read_unaligned()
    }
    match n {
        0 => true,
        1 => *a == *b,
        2..=3 => two::<u16>(a, b, n),
        4..=7 => two::<u32>(a, b, n),
        8..=16 => two::<u64>(a, b, n),
        _ => bytes(a, n) == bytes(b, n),
    }
}

/// Every byte value, for the strings of one byte (Go's `staticuint64s`).
static ONE_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i as u8;
        i += 1;
    }
    t
};

/// `string(b)`: a string of one byte is one of `ONE_BYTE`'s, as in Go,
/// without an allocation.
pub extern "C" fn slicebytetostring(_g: *mut G, p: *const u8, n: usize) -> GoString {
    match bytes(p, n) {
        &[b] => GoString { ptr: &ONE_BYTE[b as usize], len: 1 },
        b => new_string(b),
    }
}

fn write_slice(g: *mut G, s: GoSlice) {
    // SAFETY: g is the current goroutine.
    unsafe { (*g).set_results(&[s.ptr as u64, s.len as u64, s.cap as u64]) };
}

/// `[]byte(s)`; the slice header is returned in `m.retbuf`.
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn stringtoslicebyte(g: *mut G, p: *const u8, n: usize) {
    let cap = roundupsize(n, true);
    let q = alloc(cap);
    // SAFETY: q has room for n bytes.
    unsafe { std::ptr::copy_nonoverlapping(p, q, n) };
    write_slice(g, GoSlice { ptr: q, len: n, cap });
}

/// `[]rune(s)`; the slice header is returned in `m.retbuf`.
pub extern "C" fn stringtoslicerune(g: *mut G, p: *const u8, n: usize) {
    let runes: Vec<u32> = decode_all(bytes(p, n));
    let cap = roundupsize(runes.len() * 4, true) / 4;
    let q = alloc(cap * 4) as *mut u32;
    // SAFETY: q has room for cap runes.
    unsafe { std::ptr::copy_nonoverlapping(runes.as_ptr(), q, runes.len()) };
    write_slice(g, GoSlice { ptr: q as *mut u8, len: runes.len(), cap });
}

/// `string(runes)`.
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn slicerunetostring(_g: *mut G, p: *const u32, n: usize) -> GoString {
    // SAFETY: compiled code passes a valid []rune.
    let rs = if n == 0 { &[][..] } else { unsafe { std::slice::from_raw_parts(p, n) } };
    let mut out = Vec::with_capacity(n);
    for &r in rs {
        encode_rune(&mut out, r as i32 as i64);
    }
    new_string(&out)
}

/// `string(rune(r))`.
pub extern "C" fn intstring(_g: *mut G, r: i64) -> GoString {
    let mut out = Vec::with_capacity(4);
    encode_rune(&mut out, r);
    new_string(&out)
}

/// Appends the UTF-8 encoding of `r` (U+FFFD for invalid code points).
pub fn encode_rune(out: &mut Vec<u8>, r: i64) {
    let c = u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Decodes the rune at byte `k` of `s`, as `range` does: returns (rune, next k);
/// invalid UTF-8 yields U+FFFD and advances one byte.
pub extern "C" fn decoderune(_g: *mut G, p: *const u8, n: usize, k: usize) -> crate::abi::Pair {
    let (r, size) = decode(&bytes(p, n)[k..]);
    crate::abi::Pair(r as u64, (k + size) as u64)
}

/// Go's utf8.DecodeRune.
pub fn decode(s: &[u8]) -> (u32, usize) {
    let n = s.len();
    if n == 0 {
        return (0xFFFD, 0);
    }
    let c0 = s[0];
    if c0 < 0x80 {
        return (c0 as u32, 1);
    }
    let cont = |i: usize| i < n && s[i] & 0xC0 == 0x80;
    if (0xC2..0xE0).contains(&c0) {
        if cont(1) {
            return (((c0 & 0x1F) as u32) << 6 | (s[1] & 0x3F) as u32, 2);
        }
    } else if (0xE0..0xF0).contains(&c0) {
        if cont(1) && cont(2) && !(c0 == 0xE0 && s[1] < 0xA0) && !(c0 == 0xED && s[1] > 0x9F) {
            return (((c0 & 0x0F) as u32) << 12 | ((s[1] & 0x3F) as u32) << 6 | (s[2] & 0x3F) as u32, 3);
        }
    } else if (0xF0..0xF5).contains(&c0) && cont(1) && cont(2) && cont(3) && !(c0 == 0xF0 && s[1] < 0x90) && !(c0 == 0xF4 && s[1] > 0x8F) {
        return (((c0 & 0x07) as u32) << 18 | ((s[1] & 0x3F) as u32) << 12 | ((s[2] & 0x3F) as u32) << 6 | (s[3] & 0x3F) as u32, 4);
    }
    (0xFFFD, 1)
}

fn decode_all(mut s: &[u8]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    while !s.is_empty() {
        let (r, size) = decode(s);
        out.push(r);
        s = &s[size..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decoding_like_go() {
        assert_eq!(decode("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode("😀".as_bytes()), (0x1F600, 4));
        assert_eq!(decode(&[0xFF, 0x41]), (0xFFFD, 1));
        assert_eq!(decode(&[0xED, 0xA0, 0x80]), (0xFFFD, 1)); // surrogate
        assert_eq!(decode(&[0xE2, 0x82]), (0xFFFD, 1)); // truncated
    }
}
