//! Float formatting as Go's strconv.FormatFloat does it ('e', 'E', 'f', 'g', 'G',
//! shortest or fixed precision). Digit generation is Rust's (shortest round-trip and
//! correctly rounded fixed precision, the same digits Go produces but for exact
//! ties in the shortest form, corrected in `shortest`); the layout rules are Go's.

use smallvec::SmallVec;
use std::fmt::Write;

/// Decimal digits of |f| and the position of the decimal point (`0.d1d2... × 10^dp`).
/// A shortest form has at most 17 digits: those stay inline.
struct Digits {
    d: SmallVec<[u8; 24]>,
    dp: i32,
}

fn parse_sci(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut d: SmallVec<[u8; 24]> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    if d.iter().all(|&c| c == b'0') {
        return Digits { d: SmallVec::new(), dp: 0 };
    }
    while d.len() > 1 && d.last() == Some(&b'0') {
        d.pop();
    }
    Digits { d, dp: exp + 1 }
}

/// The shortest digits that read back as `f` (as a float32 when `bits32`).
///
/// Rust's shortest digits are Go's but in one case: when two candidates of
/// the shortest length are equally near `f` (f is exactly halfway, which
/// happens for short binary fractions such as 2**-25 = 2.98023223876953125e-08),
/// Go 1.27 picks the even one and Rust the one above. So when the last digit is
/// odd and `f` is exactly halfway to a neighbour that also reads back as
/// `f`, the digits move to that (even) neighbour.
fn shortest(f: f64, bits32: bool) -> Digits {
    // at most 24 bytes ("2.2250738585072014e-308"): formatted on the stack
    let mut s = StackStr::default();
    let _ = if bits32 { write!(s, "{:e}", (f as f32).abs()) } else { write!(s, "{:e}", f.abs()) };
    let mut dg = parse_sci(s.as_str());
    let Some(&last) = dg.d.last() else { return dg };
    if (last - b'0').is_multiple_of(2) || dg.d.len() > 19 {
        return dg;
    }
    let c: u128 = dg.d.iter().fold(0, |c, &b| c * 10 + (b - b'0') as u128);
    let q = dg.dp - dg.d.len() as i32 - 1;
    let neighbour = if is_exactly(f.abs(), c * 10 - 5, q) {
        c - 1
    } else if is_exactly(f.abs(), c * 10 + 5, q) {
        c + 1
    } else {
        return dg;
    };
    // at a power of two the interval that reads back is narrower below f:
    // the even neighbour must still read back
    let reads_back = |s: &str| if bits32 { s.parse::<f32>().is_ok_and(|g| g == f.abs() as f32) } else { s.parse::<f64>() == Ok(f.abs()) };
    if !reads_back(&format!("{neighbour}e{}", q + 1)) {
        return dg;
    }
    let digits = neighbour.to_string();
    dg.dp += digits.len() as i32 - dg.d.len() as i32;
    dg.d = digits.bytes().collect();
    while dg.d.len() > 1 && dg.d.last() == Some(&b'0') {
        dg.d.pop();
    }
    dg
}

/// A string of up to 32 bytes, written with `write!` without allocating.
#[derive(Default)]
struct StackStr {
    b: [u8; 32],
    n: usize,
}

impl StackStr {
    fn as_str(&self) -> &str {
        // only whole `&str`s are written (`write_str`)
        std::str::from_utf8(&self.b[..self.n]).unwrap_or("")
    }
}

impl Write for StackStr {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.n + s.len();
        self.b.get_mut(self.n..end).ok_or(std::fmt::Error)?.copy_from_slice(s.as_bytes());
        self.n = end;
        Ok(())
    }
}

/// Whether `f` (positive) is exactly `n × 10**q`. With f = m × 2**e and
/// n = n2 × 2**a (m, n2 odd), that is a + q == e and n2 == m × 5**-q (q < 0)
/// or n2 × 5**q == m (q ≥ 0); the products are checked, an overflowing one
/// being too long to equal anything.
fn is_exactly(f: f64, n: u128, q: i32) -> bool {
    let b = f.to_bits();
    let (mut m, mut e) = match (b >> 52) as i32 {
        0 => (b & ((1 << 52) - 1), -1074),
        x => (b & ((1 << 52) - 1) | 1 << 52, x - 1075),
    };
    if m == 0 || n == 0 {
        return false;
    }
    e += m.trailing_zeros() as i32;
    m >>= m.trailing_zeros();
    let a = n.trailing_zeros() as i32;
    let n2 = n >> a;
    if a + q != e {
        return false;
    }
    let pow5 = |k: u32| 5u128.checked_pow(k);
    if q < 0 {
        pow5(q.unsigned_abs()).and_then(|p| p.checked_mul(m as u128)) == Some(n2)
    } else {
        pow5(q as u32).and_then(|p| p.checked_mul(n2)) == Some(m as u128)
    }
}

/// `n` significant digits, correctly rounded.
fn significant(f: f64, n: usize) -> Digits {
    parse_sci(&format!("{:.*e}", n.max(1) - 1, f.abs()))
}

fn fmt_e(out: &mut String, dg: &Digits, prec: i32, upper: bool) {
    // d.ddddde±dd
    let first = dg.d.first().copied().unwrap_or(b'0');
    out.push(first as char);
    if prec > 0 {
        out.push('.');
        for i in 1..=prec as usize {
            out.push(*dg.d.get(i).unwrap_or(&b'0') as char);
        }
    }
    out.push(if upper { 'E' } else { 'e' });
    let exp = if dg.d.is_empty() { 0 } else { dg.dp - 1 };
    out.push(if exp < 0 { '-' } else { '+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push('0');
    }
    let _ = write!(out, "{e}");
}

fn fmt_f(out: &mut String, dg: &Digits, prec: i32) {
    if dg.dp > 0 {
        for i in 0..dg.dp as usize {
            out.push(*dg.d.get(i).unwrap_or(&b'0') as char);
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 0..prec {
            let j = dg.dp + i;
            let c = if j < 0 { b'0' } else { *dg.d.get(j as usize).unwrap_or(&b'0') };
            out.push(c as char);
        }
    }
}

/// `%x`: 0x1.yyyyp±dd with the mantissa in hexadecimal (Go's fmtX).
fn fmt_x(out: &mut String, prec: i32, fmt: u8, mut mant: u64, mut exp: i32, mantbits: i32) {
    if mant == 0 {
        exp = 0;
    }
    // the leading 1 (if any) at bit 60
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8] = if fmt == b'X' { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    out.push('0');
    out.push(fmt as char);
    out.push((b'0' + ((mant >> 60) & 1) as u8) as char);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push('.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push('.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { 'P' } else { 'p' });
    out.push(if exp < 0 { '-' } else { '+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push('0');
    }
    let _ = write!(out, "{e}");
}

/// Go's `strconv.FormatFloat(f, fmt, prec, bitSize)`.
pub fn format_float(f: f64, fmt: u8, prec: i32, bit_size: u32) -> String {
    let mut out = String::with_capacity(24);
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    if f.is_sign_negative() {
        out.push('-');
    }
    let bits32 = bit_size == 32;
    let shortest_mode = prec < 0;
    if matches!(fmt, b'b' | b'x' | b'X') {
        let (mant, exp, mantbits) = if bits32 {
            let b = (f as f32).to_bits();
            let (e, m) = ((b >> 23) & 0xff, (b & 0x7f_ffff) as u64);
            if e == 0 {
                (m, 1 - 127, 23)
            } else {
                (m | 1 << 23, e as i32 - 127, 23)
            }
        } else {
            let b = f.to_bits();
            let (e, m) = ((b >> 52) & 0x7ff, b & 0xf_ffff_ffff_ffff);
            if e == 0 {
                (m, 1 - 1023, 52)
            } else {
                (m | 1 << 52, e as i32 - 1023, 52)
            }
        };
        if fmt == b'b' {
            let e = exp - mantbits;
            let _ = write!(out, "{mant}p{}{e}", if e >= 0 { "+" } else { "" });
        } else {
            fmt_x(&mut out, prec, fmt, mant, exp, mantbits);
        }
        return out;
    }
    match fmt {
        b'e' | b'E' => {
            let dg = if shortest_mode { shortest(f, bits32) } else { significant(f, prec as usize + 1) };
            let prec = if shortest_mode { (dg.d.len() as i32 - 1).max(0) } else { prec };
            fmt_e(&mut out, &dg, prec, fmt == b'E');
        }
        b'f' => {
            let dg = if shortest_mode {
                shortest(f, bits32)
            } else {
                let s = format!("{:.*}", prec as usize, f.abs());
                let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
                let mut all: SmallVec<[u8; 24]> = ip.bytes().chain(fp.bytes()).collect();
                let mut dp = ip.len() as i32;
                while all.first() == Some(&b'0') {
                    all.remove(0);
                    dp -= 1;
                }
                Digits { d: all, dp }
            };
            let prec = if shortest_mode { (dg.d.len() as i32 - dg.dp).max(0) } else { prec };
            fmt_f(&mut out, &dg, prec);
        }
        b'g' | b'G' => {
            let (dg, mut prec) = if shortest_mode {
                let dg = shortest(f, bits32);
                let n = dg.d.len() as i32;
                (dg, n)
            } else {
                let p = prec.max(1);
                (significant(f, p as usize), p)
            };
            let nd = dg.d.len() as i32;
            let mut eprec = prec;
            if eprec > nd && nd >= dg.dp {
                eprec = nd;
            }
            if shortest_mode {
                eprec = 6;
            }
            let exp = dg.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > nd {
                    prec = nd;
                }
                fmt_e(&mut out, &dg, (prec - 1).max(0), fmt == b'G');
            } else {
                if prec > dg.dp {
                    prec = nd;
                }
                fmt_f(&mut out, &dg, (prec - dg.dp).max(0));
            }
        }
        _ => {
            out.push('%');
            out.push(fmt as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::format_float as ff;

    #[test]
    fn shortest_g_like_go() {
        assert_eq!(ff(1.75, b'g', -1, 64), "1.75");
        assert_eq!(ff(1e21, b'g', -1, 64), "1e+21");
        assert_eq!(ff(1e20, b'g', -1, 64), "1e+20");
        assert_eq!(ff(100000.0, b'g', -1, 64), "100000");
        assert_eq!(ff(1000000.0, b'g', -1, 64), "1e+06");
        assert_eq!(ff(1e-7, b'g', -1, 64), "1e-07");
        assert_eq!(ff(0.0001, b'g', -1, 64), "0.0001");
        assert_eq!(ff(0.00001, b'g', -1, 64), "1e-05");
        assert_eq!(ff(0.0, b'g', -1, 64), "0");
        assert_eq!(ff(-2.5, b'g', -1, 64), "-2.5");
        assert_eq!(ff(123456789.0, b'g', -1, 64), "1.23456789e+08");
        assert_eq!(ff(0.1f32 as f64, b'g', -1, 32), "0.1");
    }

    #[test]
    fn shortest_ties_go_to_even_as_go() {
        // exactly halfway between two shortest candidates: Go takes the even one
        assert_eq!(ff(2f64.powi(-25), b'g', -1, 64), "2.9802322387695312e-08");
        assert_eq!(ff(0.000244140625, b'g', -1, 32), "0.00024414062");
        // a tie at a power of two, where the even neighbour does not read back
        assert_eq!(ff(2f64.powi(-24), b'g', -1, 64), "5.960464477539063e-08");
        // not ties
        assert_eq!(ff(1.1920928955078125e-07, b'g', -1, 64), "1.1920928955078125e-07");
        assert_eq!(ff(9007199254740993.0, b'g', -1, 64), "9.007199254740992e+15");
    }

    #[test]
    fn fixed_precision() {
        assert_eq!(ff(1.23456, b'f', 2, 64), "1.23");
        assert_eq!(ff(2.5, b'f', 0, 64), "2");
        assert_eq!(ff(0.125, b'f', 2, 64), "0.12");
        assert_eq!(ff(1.0, b'e', 6, 64), "1.000000e+00");
        assert_eq!(ff(123456.0, b'e', 2, 64), "1.23e+05");
        assert_eq!(ff(1234.5678, b'g', 6, 64), "1234.57");
        assert_eq!(ff(1e100, b'g', 6, 64), "1e+100");
        assert_eq!(ff(0.000012345, b'g', 3, 64), "1.23e-05");
        assert_eq!(ff(100.0, b'g', 3, 64), "100");
        assert_eq!(ff(1.5, b'f', -1, 64), "1.5");
        assert_eq!(ff(1e21, b'f', -1, 64), "1000000000000000000000");
        assert_eq!(ff(f64::INFINITY, b'g', -1, 64), "+Inf");
        assert_eq!(ff(0.0, b'e', -1, 64), "0e+00");
        assert_eq!(ff(0.0, b'f', 3, 64), "0.000");
    }
}
