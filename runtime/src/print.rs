//! The `print` and `println` built-ins: formatted as Go's runtime prints (floats as
//! `+1.500000e+000`), buffered per thread for one statement and written to standard
//! error in one piece by `printunlock`.

use crate::abi::{GoString, G};
use std::cell::RefCell;

thread_local! {
    static BUF: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

fn put(b: &[u8]) {
    BUF.with(|buf| buf.borrow_mut().extend_from_slice(b));
}

pub extern "C" fn printlock(_g: *mut G) {}

pub extern "C" fn printunlock(_g: *mut G) {
    BUF.with(|buf| {
        let mut b = buf.borrow_mut();
        crate::output::ewrite(&b);
        b.clear();
    });
}

pub extern "C" fn printbool(_g: *mut G, v: u8) {
    put(if v != 0 { b"true" } else { b"false" });
}

pub extern "C" fn printint(_g: *mut G, v: i64) {
    put(v.to_string().as_bytes());
}

pub extern "C" fn printuint(_g: *mut G, v: u64) {
    put(v.to_string().as_bytes());
}

pub extern "C" fn printpointer(_g: *mut G, v: u64) {
    put(format!("{v:#x}").as_bytes());
}

pub extern "C" fn printstring(_g: *mut G, p: *const u8, n: usize) {
    // SAFETY: compiled code passes a valid string.
    put(unsafe { GoString { ptr: p, len: n }.as_bytes() });
}

pub extern "C" fn printsp(_g: *mut G) {
    put(b" ");
}

pub extern "C" fn printnl(_g: *mut G) {
    put(b"\n");
}

pub extern "C" fn printslice(_g: *mut G, p: u64, len: i64, cap: i64) {
    put(format!("[{len}/{cap}]{p:#x}").as_bytes());
}

pub extern "C" fn printeface(_g: *mut G, t: u64, d: u64) {
    put(format!("({t:#x},{d:#x})").as_bytes());
}

pub extern "C" fn printfloat(_g: *mut G, v: f64) {
    put(format_float(v, 64).as_bytes());
}

/// `print` of a float32 (passed widened, exactly).
pub extern "C" fn printfloat32(_g: *mut G, v: f64) {
    put(format_float(v, 32).as_bytes());
}

/// `print` of a complex128: `(re+imi)`, as strconv.FormatComplex with 'g' and -1.
pub extern "C" fn printcomplex128(_g: *mut G, re: f64, im: f64) {
    put(format_complex(re, im, 64).as_bytes());
}

/// `print` of a complex64 (parts passed widened, exactly).
pub extern "C" fn printcomplex64(_g: *mut G, re: f64, im: f64) {
    put(format_complex(re, im, 32).as_bytes());
}

fn format_complex(re: f64, im: f64, bits: u32) -> String {
    let im = format_float(im, bits);
    let sign = if im.starts_with(['+', '-']) { "" } else { "+" };
    format!("({}{sign}{im}i)", format_float(re, bits))
}

/// The Go runtime's float format since Go 1.26: the shortest decimal that reads back
/// as the same float of `bits` bits, as `strconv.FormatFloat(v, 'g', -1, bits)`
/// (`2.5`, `1e+21`, `-0`, `+Inf`, `NaN`).
pub fn format_float(v: f64, bits: u32) -> String {
    crate::strconv::format_float(v, b'g', -1, bits)
}

#[cfg(test)]
mod tests {
    #[test]
    fn floats_like_the_go_runtime() {
        // what Go 1.27's println prints for these
        assert_eq!(super::format_float(1.5, 64), "1.5");
        assert_eq!(super::format_float(1234567.0, 64), "1.234567e+06");
        assert_eq!(super::format_float(123456.0, 64), "123456");
        assert_eq!(super::format_float(0.00001, 64), "1e-05");
        assert_eq!(super::format_float(-0.0, 64), "-0");
        assert_eq!(super::format_float(f64::INFINITY, 64), "+Inf");
        assert_eq!(super::format_float(0.1f32 as f64, 32), "0.1");
        assert_eq!(super::format_float(1.0f32 as f64 / 3.0, 32), "0.33333334");
    }
}
