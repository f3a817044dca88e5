//! Float formatting as Go's strconv.FormatFloat does it ('e', 'E', 'f', 'g', 'G',
//! shortest or fixed precision). Digit generation is Rust's (shortest round-trip and
//! correctly rounded fixed precision, the same digits Go produces); the layout rules
//! are Go's.

/// Decimal digits of |f| and the position of the decimal point (`0.d1d2... × 10^dp`).
struct Digits {
    d: Vec<u8>,
    dp: i32,
}

fn parse_sci(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut d: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    if d.iter().all(|&c| c == b'0') {
        return Digits { d: vec![], dp: 0 };
    }
    while d.len() > 1 && d.last() == Some(&b'0') {
        d.pop();
    }
    Digits { d, dp: exp + 1 }
}

fn shortest(f: f64, bits32: bool) -> Digits {
    let s = if bits32 { format!("{:e}", (f as f32).abs()) } else { format!("{:e}", f.abs()) };
    parse_sci(&s)
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
    out.push_str(&e.to_string());
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

/// Go's `strconv.FormatFloat(f, fmt, prec, bitSize)`.
pub fn format_float(f: f64, fmt: u8, prec: i32, bit_size: u32) -> String {
    let mut out = String::new();
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
                let mut all: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
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
        assert_eq!(ff(3.14, b'g', -1, 64), "3.14");
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
    fn fixed_precision() {
        assert_eq!(ff(3.14159, b'f', 2, 64), "3.14");
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
