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
    put(format_float(v).as_bytes());
}

/// Go runtime's float format: seven significant digits, `+d.dddddde±ddd`.
pub fn format_float(mut v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    const N: usize = 7;
    let mut buf = [0u8; N + 7];
    buf[0] = b'+';
    let mut e: i32 = 0;
    if v == 0.0 {
        if v.is_sign_negative() {
            buf[0] = b'-';
        }
    } else {
        if v < 0.0 {
            v = -v;
            buf[0] = b'-';
        }
        while v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            e -= 1;
            v *= 10.0;
        }
        let mut h = 5.0;
        for _ in 0..N {
            h /= 10.0;
        }
        v += h;
        if v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
    }
    for i in 0..N {
        let s = v as i32;
        buf[i + 2] = s as u8 + b'0';
        v -= s as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';
    buf[N + 2] = b'e';
    buf[N + 3] = b'+';
    if e < 0 {
        e = -e;
        buf[N + 3] = b'-';
    }
    buf[N + 4] = (e / 100) as u8 + b'0';
    buf[N + 5] = ((e / 10) % 10) as u8 + b'0';
    buf[N + 6] = (e % 10) as u8 + b'0';
    String::from_utf8_lossy(&buf).into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn floats_like_the_go_runtime() {
        assert_eq!(super::format_float(1.5), "+1.500000e+000");
        assert_eq!(super::format_float(-0.001), "-1.000000e-003");
        assert_eq!(super::format_float(0.0), "+0.000000e+000");
        assert_eq!(super::format_float(123456789.0), "+1.234568e+008");
    }
}
