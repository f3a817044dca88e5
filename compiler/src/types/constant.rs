//! Exact constant values, as the Go spec requires: integers are unbounded, floats are
//! exact rationals (rounded only when given a float type), complex numbers are pairs
//! of them, strings are bytes.

use super::typ::Basic;
use crate::syntax::ast::{BinOp, UnOp};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    Bool(bool),
    Str(Rc<[u8]>),
    Int(BigInt),
    /// Boxed: a rational is twice an integer's size, and every constant the checker
    /// records would pay for it.
    Float(Box<BigRational>),
    /// Real and imaginary parts. A complex constant whose imaginary part is zero is
    /// still complex (`1 + 0i` has kind complex), but converts to any numeric type
    /// its real part fits, as go/constant's ToFloat and ToInt allow.
    Complex(Box<(BigRational, BigRational)>),
}

/// What `Constant::identity` gives: a number as its real and imaginary parts.
#[derive(PartialEq, Eq, Hash)]
pub enum Identity {
    Bool(bool),
    Str(Rc<[u8]>),
    Num(BigRational, BigRational),
}

/// Why a constant operation failed, so the caller can word gc's message.
#[derive(Debug, PartialEq)]
pub enum ConstError {
    DivByZero,
    /// Shift count too large to compute (gc: "invalid shift count").
    ShiftCount,
}

impl Constant {
    pub fn int(v: i64) -> Constant {
        Constant::Int(BigInt::from(v))
    }

    pub fn float(r: BigRational) -> Constant {
        Constant::Float(Box::new(r))
    }

    pub fn complex(re: BigRational, im: BigRational) -> Constant {
        Constant::Complex(Box::new((re, im)))
    }

    pub fn to_bigint(&self) -> Option<BigInt> {
        match self {
            Constant::Int(i) => Some(i.clone()),
            Constant::Float(_) | Constant::Complex(_) => self.to_rat().filter(|r| r.is_integer()).map(|r| r.to_integer()),
            _ => None,
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.to_bigint()?.to_i64()
    }

    pub fn to_u64(&self) -> Option<u64> {
        self.to_bigint()?.to_u64()
    }

    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            Constant::Int(i) => Some(BigRational::from_integer(i.clone())),
            Constant::Float(r) => Some((**r).clone()),
            Constant::Complex(c) if c.1.is_zero() => Some(c.0.clone()),
            _ => None,
        }
    }

    /// The value as a complex number, for any numeric constant.
    pub fn to_complex(&self) -> Option<(BigRational, BigRational)> {
        match self {
            Constant::Complex(c) => Some((**c).clone()),
            _ => Some((self.to_rat()?, BigRational::zero())),
        }
    }

    pub fn to_f64(&self) -> f64 {
        self.to_rat().and_then(|r| round_float(&r, 53, -1022, 1023)).unwrap_or(f64::INFINITY)
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, Constant::Int(_) | Constant::Float(_) | Constant::Complex(_))
    }

    /// A hashable form of the constant, the same for constants `==` finds
    /// equal: numbers of every kind by their value.
    pub fn identity(&self) -> Identity {
        match self {
            Constant::Bool(b) => Identity::Bool(*b),
            Constant::Str(s) => Identity::Str(s.clone()),
            Constant::Int(i) => Identity::Num(BigRational::from_integer(i.clone()), BigRational::zero()),
            Constant::Float(r) => Identity::Num((**r).clone(), BigRational::zero()),
            Constant::Complex(c) => Identity::Num(c.0.clone(), c.1.clone()),
        }
    }

    pub fn sign(&self) -> Ordering {
        match self {
            Constant::Int(i) => i.sign_cmp(),
            Constant::Float(r) => r.numer().sign_cmp(),
            // only whether it is zero means anything for a complex number
            Constant::Complex(c) if c.1.is_zero() => c.0.numer().sign_cmp(),
            Constant::Complex(_) => Ordering::Greater,
            _ => Ordering::Equal,
        }
    }

    /// `constant.Value.String()`: integers in full, floats like `%.6g`, strings quoted
    /// and shortened to 72 characters.
    pub fn to_go_string(&self) -> String {
        match self {
            Constant::Bool(b) => b.to_string(),
            Constant::Int(i) => i.to_string(),
            Constant::Float(r) => float_string(r),
            Constant::Complex(c) => format!("({} + {}i)", float_string(&c.0), float_string(&c.1)),
            Constant::Str(s) => {
                let q = quote(s);
                if q.chars().count() > 72 {
                    let cut: String = q.chars().take(69).collect();
                    format!("{cut}...")
                } else {
                    q
                }
            }
        }
    }
}

/// A float constant as go/constant prints it: like `%.6g`, but never rounded to look
/// integral when it is not.
fn float_string(r: &BigRational) -> String {
    match round_float(r, 53, -1022, 1023) {
        Some(f) if (f == 0.0) == r.is_zero() => {
            let mut s = minigo_runtime::strconv::format_float(f, b'g', 6, 64);
            if !r.is_integer() && !s.contains('.') && !s.contains('e') {
                s = minigo_runtime::strconv::format_float(f, b'g', -1, 64);
            }
            s
        }
        _ => big_float_string(r),
    }
}

trait SignCmp {
    fn sign_cmp(&self) -> Ordering;
}
impl SignCmp for BigInt {
    fn sign_cmp(&self) -> Ordering {
        match self.sign() {
            Sign::Minus => Ordering::Less,
            Sign::NoSign => Ordering::Equal,
            Sign::Plus => Ordering::Greater,
        }
    }
}

/// Values beyond float64's range, e.g. `1e+1000`.
fn big_float_string(r: &BigRational) -> String {
    let neg = r.is_negative();
    let a = r.abs();
    // decimal exponent estimate from digit counts, then 6 significant digits
    let digits = |n: &BigInt| n.to_string().len() as i64;
    let mut e = digits(a.numer()) - digits(a.denom());
    let ten = BigRational::from_integer(BigInt::from(10));
    let scale = |e: i64| -> BigRational {
        let p = BigRational::from_integer(BigInt::from(10).pow(e.unsigned_abs() as u32));
        if e >= 0 {
            p
        } else {
            p.recip()
        }
    };
    let mut m = &a / scale(e);
    while m >= ten {
        m /= &ten;
        e += 1;
    }
    while m < BigRational::one() {
        m *= &ten;
        e -= 1;
    }
    let mf = m.to_f64().unwrap_or(1.0);
    let ms = minigo_runtime::strconv::format_float(mf, b'g', 6, 64);
    format!("{}{}e{}{:02}", if neg { "-" } else { "" }, ms, if e < 0 { '-' } else { '+' }, e.abs())
}

/// Go's strconv.Quote.
pub fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let text = String::from_utf8_lossy(s);
    if text.as_bytes() == s {
        for c in text.chars() {
            quote_char(&mut out, c, '"');
        }
    } else {
        // invalid UTF-8: escape bytes that do not decode
        let mut i = 0;
        while i < s.len() {
            match std::str::from_utf8(&s[i..]).map(|t| t.chars().next()).or_else(|e| {
                let valid = e.valid_up_to();
                if valid > 0 {
                    Ok(std::str::from_utf8(&s[i..i + valid]).unwrap().chars().next())
                } else {
                    Err(())
                }
            }) {
                Ok(Some(c)) => {
                    quote_char(&mut out, c, '"');
                    i += c.len_utf8();
                }
                _ => {
                    out.push_str(&format!("\\x{:02x}", s[i]));
                    i += 1;
                }
            }
        }
    }
    out.push('"');
    out
}

pub fn quote_char(out: &mut String, c: char, q: char) {
    match c {
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        '\\' => out.push_str("\\\\"),
        c if c == q => {
            out.push('\\');
            out.push(c);
        }
        c if is_print(c) => out.push(c),
        c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
        c => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

/// An approximation of Go's unicode.IsPrint for quoting.
pub fn is_print(c: char) -> bool {
    if (c as u32) < 0x80 {
        return (' '..='~').contains(&c);
    }
    !(c.is_control()
        || c == '\u{ad}'
        || ('\u{2028}'..='\u{2029}').contains(&c)
        || ('\u{fff9}'..='\u{fffb}').contains(&c)
        || c == '\u{feff}'
        || ('\u{e000}'..='\u{f8ff}').contains(&c))
}

/// Rounds a rational to the nearest binary float with `mant` significand bits and the
/// given exponent range (ties to even); `None` if it overflows.
pub fn round_float(r: &BigRational, mant: u32, emin: i64, emax: i64) -> Option<f64> {
    if r.is_zero() {
        return Some(0.0);
    }
    let neg = r.is_negative();
    let n = r.numer().abs();
    let d = r.denom().clone();
    // e = floor(log2(n/d))
    let mut e = n.bits() as i64 - d.bits() as i64;
    let ge = |e: i64| -> bool {
        // n/d >= 2^e ?
        if e >= 0 {
            n >= (&d << e as usize)
        } else {
            (&n << (-e) as usize) >= d
        }
    };
    if !ge(e) {
        e -= 1;
    }
    let e_used = e.max(emin);
    let shift = mant as i64 - 1 - e_used;
    let (num, den) = if shift >= 0 { (&n << shift as usize, d.clone()) } else { (n.clone(), &d << (-shift) as usize) };
    let (mut q, rem) = num.div_rem(&den);
    let twice = &rem << 1usize;
    match twice.cmp(&den) {
        Ordering::Greater => q += 1,
        Ordering::Equal if q.is_odd() => q += 1,
        _ => {}
    }
    let mut exp = e_used - (mant as i64 - 1);
    if q.bits() > mant as u64 {
        q >>= 1usize;
        exp += 1;
    }
    if exp + mant as i64 - 1 > emax {
        return None;
    }
    let qf = q.to_f64()?;
    // q * 2^exp is exact; scale in two steps so 2^exp itself cannot underflow
    let v = if exp < -1000 { qf * 2f64.powi(exp as i32 + 600) * 2f64.powi(-600) } else { qf * 2f64.powi(exp as i32) };
    if v.is_infinite() {
        return None;
    }
    Some(if neg { -v } else { v })
}

/// The exact rational value of a float.
pub fn rat_from_f64(f: f64) -> BigRational {
    BigRational::from_float(f).unwrap_or_default()
}

/// The range of an integer type. Every such range fits in an `i128`, so checking a
/// constant against it allocates nothing.
fn int_range(b: Basic) -> Option<(i128, i128)> {
    use Basic::*;
    let bits = match b {
        Int8 | Uint8 => 8,
        Int16 | Uint16 => 16,
        Int32 | Uint32 => 32,
        Int | Int64 | Uint | Uint64 | Uintptr => 64,
        _ => return None,
    };
    Some(if b.is_unsigned() { (0, (1 << bits) - 1) } else { (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) })
}

/// How a constant fails to be representable, for gc's wording.
#[derive(Debug, PartialEq)]
pub enum Unrepresentable {
    /// An integer (or integral float) out of range: "overflows".
    Overflow,
    /// A non-integral float given an integer type: "truncated".
    Truncated,
    /// A value of the wrong kind entirely.
    Mismatch,
}

/// The value `c` takes as a constant of basic type `b` (floats are rounded), or why
/// it cannot.
pub fn represent(c: &Constant, b: Basic) -> Result<Constant, Unrepresentable> {
    use Basic::*;
    match (c, b) {
        (Constant::Bool(_), Bool | UntypedBool) => Ok(c.clone()),
        (Constant::Str(_), String | UntypedString) => Ok(c.clone()),
        (Constant::Int(_) | Constant::Float(_) | Constant::Complex(_), _) if b.is_integer() => {
            let Some(i) = c.to_bigint() else {
                return Err(Unrepresentable::Truncated);
            };
            if let Some((lo, hi)) = int_range(b) {
                if !i.to_i128().is_some_and(|v| lo <= v && v <= hi) {
                    return Err(Unrepresentable::Overflow);
                }
            }
            Ok(Constant::Int(i))
        }
        (Constant::Int(_) | Constant::Float(_) | Constant::Complex(_), Float32 | Float64 | UntypedFloat) => {
            // a complex number with an imaginary part is not a float (types2 words it
            // "overflows", as for any numeric value out of range)
            let r = c.to_rat().ok_or(Unrepresentable::Overflow)?;
            Ok(Constant::float(round_to(r, b)?))
        }
        (Constant::Int(_) | Constant::Float(_) | Constant::Complex(_), Complex64 | Complex128 | UntypedComplex) => {
            let (re, im) = c.to_complex().unwrap();
            let part = if b == Complex64 {
                Float32
            } else if b == Complex128 {
                Float64
            } else {
                UntypedFloat
            };
            Ok(Constant::complex(round_to(re, part)?, round_to(im, part)?))
        }
        _ => Err(Unrepresentable::Mismatch),
    }
}

/// `r` rounded to float type `b` (exact for untyped float).
fn round_to(r: BigRational, b: Basic) -> Result<BigRational, Unrepresentable> {
    let f = match b {
        Basic::Float32 => round_float(&r, 24, -126, 127),
        Basic::Float64 => round_float(&r, 53, -1022, 1023),
        _ => return Ok(r),
    };
    f.map(rat_from_f64).ok_or(Unrepresentable::Overflow)
}

pub fn unary(op: UnOp, c: &Constant, typ: Option<Basic>) -> Option<Constant> {
    Some(match (op, c) {
        (UnOp::Pos, _) => c.clone(),
        (UnOp::Neg, Constant::Int(i)) => Constant::Int(-i),
        (UnOp::Neg, Constant::Float(r)) => Constant::float(-&**r),
        (UnOp::Neg, Constant::Complex(c)) => Constant::complex(-&c.0, -&c.1),
        (UnOp::Not, Constant::Bool(b)) => Constant::Bool(!b),
        (UnOp::Xor, Constant::Int(i)) => {
            // ^x is x XOR all-ones of the type's width for unsigned types, -x-1 otherwise
            match typ.and_then(int_range) {
                Some((0, hi)) => Constant::Int(i ^ BigInt::from(hi)),
                _ => Constant::Int(-i - 1),
            }
        }
        _ => return None,
    })
}

/// `x op y` for arithmetic and logical operators; `int_div` selects integer division.
pub fn binary(op: BinOp, x: &Constant, y: &Constant, int_div: bool) -> Result<Constant, ConstError> {
    use Constant::*;
    Ok(match (x, y) {
        (Bool(a), Bool(b)) => Bool(match op {
            BinOp::LAnd => *a && *b,
            BinOp::LOr => *a || *b,
            _ => unreachable!("bool op {op:?}"),
        }),
        (Str(a), Str(b)) => {
            let mut v = a.to_vec();
            v.extend_from_slice(b);
            Str(v.into())
        }
        (Int(a), Int(b)) if op != BinOp::Quo || int_div => Int(match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::Quo | BinOp::Rem if b.is_zero() => return Err(ConstError::DivByZero),
            // go/constant divides operands that fit an int64 as int64s, so
            // gc's math.MinInt64 / -1 wraps to math.MinInt64 (no overflow)
            BinOp::Quo if a == &BigInt::from(i64::MIN) && b == &BigInt::from(-1) => a.clone(),
            BinOp::Quo => a / b,
            BinOp::Rem => a % b,
            BinOp::And => a & b,
            BinOp::Or => a | b,
            BinOp::Xor => a ^ b,
            BinOp::AndNot => a & !b,
            _ => unreachable!("int op {op:?}"),
        }),
        (Complex(_), _) | (_, Complex(_)) => {
            let ((a, b), (c, d)) = (x.to_complex().unwrap(), y.to_complex().unwrap());
            let (re, im) = match op {
                BinOp::Add => (a + c, b + d),
                BinOp::Sub => (a - c, b - d),
                BinOp::Mul => (&a * &c - &b * &d, &a * &d + &b * &c),
                BinOp::Quo => {
                    let den = &c * &c + &d * &d;
                    if den.is_zero() {
                        return Err(ConstError::DivByZero);
                    }
                    ((&a * &c + &b * &d) / &den, (&b * &c - &a * &d) / &den)
                }
                _ => unreachable!("complex op {op:?}"),
            };
            Constant::complex(re, im)
        }
        _ => {
            let (a, b) = (x.to_rat().unwrap(), y.to_rat().unwrap());
            Constant::float(match op {
                BinOp::Add => a + b,
                BinOp::Sub => a - b,
                BinOp::Mul => a * b,
                BinOp::Quo if b.is_zero() => return Err(ConstError::DivByZero),
                BinOp::Quo => a / b,
                _ => unreachable!("float op {op:?}"),
            })
        }
    })
}

pub fn shift(op: BinOp, x: &Constant, count: u64) -> Result<Constant, ConstError> {
    let Some(i) = x.to_bigint() else {
        return Err(ConstError::ShiftCount);
    };
    Ok(Constant::Int(match op {
        BinOp::Shl => {
            // gc caps constant shifts; larger ones could not be represented anyway
            if count > 10_000 {
                return Err(ConstError::ShiftCount);
            }
            i << count as usize
        }
        _ => {
            if count > 10_000 {
                if i.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            } else {
                i >> count as usize
            }
        }
    }))
}

pub fn compare(op: BinOp, x: &Constant, y: &Constant) -> bool {
    use Constant::*;
    let ord = match (x, y) {
        (Bool(a), Bool(b)) => a.cmp(b),
        (Str(a), Str(b)) => a.cmp(b),
        (Int(a), Int(b)) => a.cmp(b),
        (Complex(_), _) | (_, Complex(_)) => {
            // only == and != are defined on complex numbers
            if x.to_complex() == y.to_complex() {
                Ordering::Equal
            } else {
                Ordering::Less
            }
        }
        _ => x.to_rat().unwrap().cmp(&y.to_rat().unwrap()),
    };
    match op {
        BinOp::Eql => ord == Ordering::Equal,
        BinOp::Neq => ord != Ordering::Equal,
        BinOp::Lss => ord == Ordering::Less,
        BinOp::Leq => ord != Ordering::Greater,
        BinOp::Gtr => ord == Ordering::Greater,
        BinOp::Geq => ord != Ordering::Less,
        _ => unreachable!(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rat(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    #[test]
    fn rounding_matches_ieee() {
        assert_eq!(round_float(&rat(1, 10), 53, -1022, 1023), Some(0.1));
        assert_eq!(round_float(&rat(1, 3), 53, -1022, 1023), Some(1.0 / 3.0));
        assert_eq!(round_float(&rat(1, 10), 24, -126, 127), Some(0.1f32 as f64));
        assert_eq!(round_float(&rat_from_f64(f64::MAX), 53, -1022, 1023), Some(f64::MAX));
        assert_eq!(round_float(&(rat_from_f64(f64::MAX) * rat(2, 1)), 53, -1022, 1023), None);
        assert_eq!(round_float(&rat_from_f64(5e-324), 53, -1022, 1023), Some(5e-324));
    }

    #[test]
    fn strings_as_gc_prints_them() {
        assert_eq!(Constant::Int(BigInt::one() << 70usize).to_go_string(), "1180591620717411303424");
        assert_eq!(Constant::float(rat(3, 2)).to_go_string(), "1.5");
        assert_eq!(Constant::float(rat(1, 3)).to_go_string(), "0.333333");
        assert_eq!(Constant::float(rat(1, 10)).to_go_string(), "0.1");
        assert_eq!(Constant::Str(b"a\"b\n".to_vec().into()).to_go_string(), r#""a\"b\n""#);
    }

    #[test]
    fn representability() {
        assert_eq!(represent(&Constant::int(256), Basic::Uint8), Err(Unrepresentable::Overflow));
        assert_eq!(represent(&Constant::int(-1), Basic::Uint), Err(Unrepresentable::Overflow));
        assert_eq!(represent(&Constant::float(rat(3, 2)), Basic::Int), Err(Unrepresentable::Truncated));
        assert_eq!(represent(&Constant::float(rat(4, 2)), Basic::Int), Ok(Constant::int(2)));
        assert_eq!(unary(UnOp::Xor, &Constant::int(1), Some(Basic::Uint8)), Some(Constant::int(254)));
        assert_eq!(unary(UnOp::Xor, &Constant::int(1), Some(Basic::Int)), Some(Constant::int(-2)));
    }
}
