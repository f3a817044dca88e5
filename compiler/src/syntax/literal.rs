//! Values of literals. The lexer has validated them, so decoding cannot fail here
//! except on input the lexer already reported (then a best-effort value is returned).

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{Num, One, Zero};

/// The bytes of a string literal (interpreted or raw), quotes included in `raw`.
pub fn string_value(raw: &str) -> Vec<u8> {
    let b = raw.as_bytes();
    if b.first() == Some(&b'`') {
        let inner = raw.get(1..raw.len().saturating_sub(1).max(1)).unwrap_or("");
        return inner.bytes().filter(|&c| c != b'\r').collect();
    }
    let inner = if b.len() >= 2 && b[b.len() - 1] == b'"' { &raw[1..raw.len() - 1] } else { raw.get(1..).unwrap_or("") };
    // bytes, not chars: what is not an escape is copied as it is (it is UTF-8
    // already), a run at a time — tables of `\x` escapes are long
    let s = inner.as_bytes();
    let digits = |from: usize, n: usize, radix: u32| {
        s.get(from..(from + n).min(s.len()))
            .unwrap_or_default()
            .iter()
            .fold(0u32, |v, &d| v.wrapping_mul(radix).wrapping_add((d as char).to_digit(radix).unwrap_or(0)))
    };
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let run = s[i..].iter().position(|&c| c == b'\\').map_or(s.len(), |k| i + k);
        out.extend_from_slice(&s[i..run]);
        let Some(&e) = s.get(run + 1) else { break };
        i = run + 2;
        match e {
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'\\' | b'"' | b'\'' => out.push(e),
            b'x' => {
                out.push(digits(i, 2, 16) as u8);
                i += 2;
            }
            b'u' | b'U' => {
                let n = if e == b'u' { 4 } else { 8 };
                let c = char::from_u32(digits(i, n, 16)).unwrap_or('\u{FFFD}');
                out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                i += n;
            }
            b'0'..=b'7' => {
                out.push(digits(i - 1, 3, 8) as u8);
                i += 2;
            }
            _ => {}
        }
    }
    out
}

/// The code point of a rune literal.
pub fn rune_value(raw: &str) -> u32 {
    let inner = raw.trim_start_matches('\'');
    let inner = inner.strip_suffix('\'').unwrap_or(inner);
    if let Some(esc) = inner.strip_prefix('\\') {
        let first = esc.chars().next().unwrap_or('0');
        return match first {
            'x' | 'u' | 'U' => u32::from_str_radix(&esc[1..], 16).unwrap_or(0),
            '0'..='7' => u32::from_str_radix(esc, 8).unwrap_or(0),
            _ => {
                let s = string_value(&format!("\"\\{first}\""));
                s.first().copied().unwrap_or(0) as u32
            }
        };
    }
    inner.chars().next().map_or(0, |c| c as u32)
}

/// The value of an integer literal.
pub fn int_value(raw: &str) -> BigInt {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = match s.get(..2).map(|p| p.to_ascii_lowercase()) {
        Some(p) if p == "0x" => (&s[2..], 16),
        Some(p) if p == "0b" => (&s[2..], 2),
        Some(p) if p == "0o" => (&s[2..], 8),
        _ if s.len() > 1 && s.starts_with('0') => (&s[1..], 8),
        _ => (&s[..], 10),
    };
    BigInt::from_str_radix(digits, radix).unwrap_or_default()
}

/// The exact value of an imaginary literal's coefficient (`2.5i` → 2.5): any integer
/// or float literal before the `i`, except that a leading zero without a prefix is
/// decimal (`0123i` is 123i), as the spec keeps for backward compatibility.
pub fn imag_value(raw: &str) -> BigRational {
    let body = raw.strip_suffix('i').unwrap_or(raw);
    let lower = body.to_ascii_lowercase();
    let prefixed_int = (lower.starts_with("0b") || lower.starts_with("0o") || lower.starts_with("0x")) && !lower.contains(['.', 'p']);
    if prefixed_int {
        BigRational::from_integer(int_value(body))
    } else {
        float_value(body)
    }
}

/// The exact value of a float literal (decimal or hexadecimal), as a rational.
pub fn float_value(raw: &str) -> BigRational {
    let s: String = raw.chars().filter(|&c| c != '_').collect::<String>().to_ascii_lowercase();
    let (hex, body) = match s.strip_prefix("0x") {
        Some(rest) => (true, rest.to_string()),
        None => (false, s.clone()),
    };
    let (mant, exp) = match body.find(if hex { 'p' } else { 'e' }) {
        Some(i) => (&body[..i], body[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (&body[..], 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int_part}{frac_part}");
    let n = if digits.is_empty() { BigInt::zero() } else { BigInt::from_str_radix(&digits, if hex { 16 } else { 10 }).unwrap_or_default() };
    // Exponents beyond this are not representable by any Go float type anyway.
    let exp = exp.clamp(-100_000, 100_000);
    // the value is n * base^exp with base 2 (a hex digit is four bits) or 10
    let exp = exp - frac_part.len() as i64 * if hex { 4 } else { 1 };
    let base: u32 = if hex { 2 } else { 10 };
    if exp >= 0 {
        return BigRational::from_integer(n * BigInt::from(base).pow(exp as u32));
    }
    scaled_down(n, base, exp.unsigned_abs() as u32)
}

/// `n / base^t` for base 2 or 10, in lowest terms without a general gcd (a
/// float literal's reduction was most of the time a table of float constants
/// took to check): the denominator's only primes are 2 and 5, so the factors
/// `n` shares with it are found by counting.
fn scaled_down(n: BigInt, base: u32, t: u32) -> BigRational {
    if n.is_zero() {
        return BigRational::zero();
    }
    // n's factors of 2 (and 5, for base 10), at most t of each
    let twos = (n.trailing_zeros().unwrap_or(0) as u32).min(t);
    let mut n = n >> twos;
    let mut fives = 0;
    if base == 10 {
        let five = BigInt::from(5);
        while fives < t {
            let (q, r) = n.div_rem(&five);
            if !r.is_zero() {
                break;
            }
            n = q;
            fives += 1;
        }
    }
    let den = if base == 10 { BigInt::from(5).pow(t - fives) << (t - twos) } else { BigInt::one() << (t - twos) };
    // in lowest terms: n keeps a factor only where the denominator has none
    BigRational::new_raw(n, den)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        assert_eq!(string_value(r#""a\tb\x41\u00e9\101\"""#), b"a\tbA\xc3\xa9A\"");
        assert_eq!(string_value("`a\\n\r`"), b"a\\n");
        assert_eq!(string_value(r#""\xff""#), [0xff]);
    }

    #[test]
    fn floats_in_lowest_terms() {
        // against the rational reduced by a gcd
        for lit in [
            "0.0",
            "1.5",
            "1e3",
            "1e-3",
            "2.5e-1",
            "0x1p-2",
            "0x1.8p1",
            "0x.4p0",
            "1_000.000_5",
            "6.02214076e23",
            "1.58962301576546568060e-10",
            "100e-2",
            "0.000",
            "0X1P-1074",
            "5e-1",
            "125e-3",
            "4.9406564584124654e-324",
        ] {
            let s = lit.replace('_', "").to_ascii_lowercase();
            let hex = s.starts_with("0x");
            let v = float_value(lit);
            let expect = {
                let body = s.trim_start_matches("0x");
                let (mant, exp) = body.split_once(if hex { 'p' } else { 'e' }).map_or((body, 0), |(m, e)| (m, e.parse::<i64>().unwrap()));
                let (i, f) = mant.split_once('.').unwrap_or((mant, ""));
                let digits = format!("{i}{f}");
                let n = BigInt::from_str_radix(if digits.is_empty() { "0" } else { &digits }, if hex { 16 } else { 10 }).unwrap();
                let e = exp - f.len() as i64 * if hex { 4 } else { 1 };
                let b = BigInt::from(if hex { 2 } else { 10 });
                if e >= 0 {
                    BigRational::from_integer(n * b.pow(e as u32))
                } else {
                    BigRational::new(n, b.pow(e.unsigned_abs() as u32))
                }
            };
            assert_eq!((v.numer(), v.denom()), (expect.numer(), expect.denom()), "{lit}");
        }
    }

    #[test]
    fn runes() {
        assert_eq!(rune_value("'a'"), 97);
        assert_eq!(rune_value(r"'\n'"), 10);
        assert_eq!(rune_value(r"'\x41'"), 65);
        assert_eq!(rune_value(r"'\u00e9'"), 0xe9);
        assert_eq!(rune_value(r"'\377'"), 255);
        assert_eq!(rune_value(r"'\''"), 39);
        assert_eq!(rune_value("'é'"), 0xe9);
    }

    #[test]
    fn numbers() {
        assert_eq!(int_value("0x_FF"), BigInt::from(255));
        assert_eq!(int_value("017"), BigInt::from(15));
        assert_eq!(int_value("0b101"), BigInt::from(5));
        assert_eq!(int_value("1_000"), BigInt::from(1000));
        assert_eq!(float_value("1.5"), BigRational::new(3.into(), 2.into()));
        assert_eq!(float_value("0x1p-2"), BigRational::new(1.into(), 4.into()));
        assert_eq!(float_value("1e3"), BigRational::from_integer(1000.into()));
        assert_eq!(float_value(".5e1"), BigRational::from_integer(5.into()));
        assert!(float_value("0x1.8p1") == BigRational::from_integer(3.into()));
    }
}
