//! strconv: float formatting and parsing (Go's algorithms need arbitrary-precision
//! decimal arithmetic; Rust's are correctly rounded too and give the same digits).

use super::{new_string, str_arg};
use minigo_runtime::abi::{GoString, G};

pub extern "C" fn format_float(_g: *mut G, f: f64, fmt: u8, prec: i64, bit_size: i64) -> GoString {
    let mut out = minigo_runtime::strconv::Out::new();
    minigo_runtime::strconv::append_float(&mut out, f, fmt, prec as i32, bit_size as u32);
    new_string(&out)
}

/// `formatFloatInto(p *byte, n int, f, fmt, prec, bitSize) int`: writes the
/// text into the n bytes at p and returns its length, or -1 (writing nothing)
/// when it does not fit.
pub extern "C" fn format_float_into(_g: *mut G, p: *mut u8, n: usize, f: f64, fmt: u8, prec: i64, bit_size: i64) -> i64 {
    let mut out = minigo_runtime::strconv::Out::new();
    minigo_runtime::strconv::append_float(&mut out, f, fmt, prec as i32, bit_size as u32);
    if out.len() > n {
        return -1;
    }
    // SAFETY: compiled code passes n bytes of a slice's spare capacity.
    unsafe { std::ptr::copy_nonoverlapping(out.as_ptr(), p, out.len()) };
    out.len() as i64
}

#[repr(C)]
pub struct FloatResult(f64, i64);

/// `parseFloat(s, bitSize) (float64, code)`: code 0 ok, 1 syntax error, 2 out of range.
pub extern "C" fn parse_float(_g: *mut G, p: *const u8, n: usize, bit_size: i64) -> FloatResult {
    match parse(str_arg(p, n), bit_size == 32) {
        Some((f, ok)) => FloatResult(f, if ok { 0 } else { 2 }),
        None => FloatResult(0.0, 1),
    }
}

/// The value and whether it is in range, or None for a syntax error.
fn parse(s: &[u8], f32: bool) -> Option<(f64, bool)> {
    let (sign, body) = match s.first() {
        Some(b'+') => (1.0, &s[1..]),
        Some(b'-') => (-1.0, &s[1..]),
        _ => (1.0, s),
    };
    // the common case: decimal digits, a point, an exponent (ASCII, so text)
    if body.iter().all(|&c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-')) {
        // SAFETY: every byte is ASCII.
        let v = parse_dec(unsafe { std::str::from_utf8_unchecked(body) }, f32)?;
        return Some((sign * v, v.is_finite()));
    }
    let text = std::str::from_utf8(s).ok()?;
    let body = &text[s.len() - body.len()..];
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some((sign * f64::INFINITY, true));
    }
    // "nan" takes no sign (Go's special: a sign is followed only by an infinity)
    if text.eq_ignore_ascii_case("nan") {
        return Some((f64::NAN, true));
    }
    let (digits, hex) = match lower.strip_prefix("0x") {
        Some(h) => (h.to_string(), true),
        None => (lower.clone(), false),
    };
    // underscores are allowed only between digits (or after a base prefix)
    let clean: String = if digits.contains('_') {
        if !underscores_ok(&lower) {
            return None;
        }
        digits.replace('_', "")
    } else {
        digits
    };
    let v = if hex { parse_hex(&clean)? } else { parse_dec(&clean, f32)? };
    let v = if f32 { (v as f32) as f64 } else { v };
    Some((sign * v, v.is_finite()))
}

/// A decimal numeral of digits, a point and an exponent; None unless `s` is
/// one (Rust's parser would also take a sign, which here is a second one).
fn parse_dec(s: &str, f32: bool) -> Option<f64> {
    if !s.bytes().next().is_some_and(|c| c.is_ascii_digit() || c == b'.') {
        return None;
    }
    if f32 {
        s.parse::<f32>().ok().map(|v| v as f64)
    } else {
        s.parse::<f64>().ok()
    }
}

/// A hexadecimal mantissa with a mandatory binary exponent (`1.8p3`).
fn parse_hex(s: &str) -> Option<f64> {
    let (mant, exp) = s.split_once('p')?;
    let exp: i32 = exp.parse().ok()?;
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut v = 0f64;
    for c in int.chars() {
        v = v * 16.0 + c.to_digit(16)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in frac.chars() {
        v += c.to_digit(16)? as f64 * scale;
        scale /= 16.0;
    }
    Some(v * 2f64.powi(exp))
}

/// Go's underscoreOK for an unsigned, lower-case number: each `_` follows a digit
/// or the base prefix and precedes a digit.
fn underscores_ok(s: &str) -> bool {
    let (body, hex, mut after_digit) = match s.get(..2) {
        Some("0x") => (&s[2..], true, true),
        Some("0b" | "0o") => (&s[2..], false, true),
        _ => (s, false, false),
    };
    let mut after_underscore = false;
    for c in body.bytes() {
        if c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()) {
            (after_digit, after_underscore) = (true, false);
        } else if c == b'_' {
            if !after_digit {
                return false;
            }
            (after_digit, after_underscore) = (false, true);
        } else {
            if after_underscore {
                return false;
            }
            after_digit = false;
        }
    }
    !after_underscore
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn parses_like_go() {
        assert_eq!(parse(b"3.25", false), Some((3.25, true)));
        assert_eq!(parse(b"-Inf", false), Some((f64::NEG_INFINITY, true)));
        assert_eq!(parse(b"0x1.8p1", false), Some((3.0, true)));
        assert_eq!(parse(b"1e400", false).map(|r| r.1), Some(false));
        assert_eq!(parse(b"1_0", false), Some((10.0, true)));
        assert_eq!(parse(b"1__0", false), None);
        assert_eq!(parse(b"1_.5", false), None);
        assert_eq!(parse(b"_1", false), None);
        assert_eq!(parse(b"0x_1p0", false), Some((1.0, true)));
        assert_eq!(parse(b"+NaN", false), None);
        assert_eq!(parse(b"abc", false), None);
        assert_eq!(parse(b"", false), None);
    }
}
