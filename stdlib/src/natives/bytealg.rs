//! internal/bytealg: byte search, as Go's assembly does it, with memchr.

use minigo_runtime::abi::G;

/// The index of the first `c` in the `n` bytes at `p`, or -1.
fn index_byte(p: *const u8, n: usize, c: u8) -> i64 {
    if n == 0 {
        return -1;
    }
    // SAFETY: p points to n readable bytes (a Go string's or slice's).
    let hit = unsafe { libc::memchr(p.cast(), c as libc::c_int, n) };
    if hit.is_null() {
        -1
    } else {
        hit as i64 - p as i64
    }
}

/// `bytealg.IndexByteString(s string, c byte) int`.
pub extern "C" fn index_byte_string(_g: *mut G, p: *const u8, n: usize, c: u8) -> i64 {
    index_byte(p, n, c)
}

/// `bytealg.IndexByte(b []byte, c byte) int`.
pub extern "C" fn index_byte_slice(_g: *mut G, p: *const u8, n: usize, _cap: usize, c: u8) -> i64 {
    index_byte(p, n, c)
}
