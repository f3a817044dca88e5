//! strings: the one thing its Go code cannot say without unsafe.

use minigo_runtime::abi::{GoString, G};

/// `strings.bytesString(b []byte) string`: a string sharing b's bytes, for
/// Builder.String, whose buffer is append-only (bytes once written never
/// change), so the string stays immutable as Go's does without a copy.
pub extern "C" fn bytes_string(_g: *mut G, p: *const u8, n: usize, _cap: usize) -> GoString {
    GoString { ptr: p, len: n }
}
