//! math: the functions Go implements in assembly or with bit tricks, here from
//! Rust's (correctly rounded or libm) implementations.

use minigo_runtime::abi::G;

pub extern "C" fn float64bits(_g: *mut G, f: f64) -> u64 {
    f.to_bits()
}
pub extern "C" fn float64frombits(_g: *mut G, b: u64) -> f64 {
    f64::from_bits(b)
}
pub extern "C" fn float32bits(_g: *mut G, f: f32) -> u32 {
    f.to_bits()
}
pub extern "C" fn float32frombits(_g: *mut G, b: u32) -> f32 {
    f32::from_bits(b)
}

macro_rules! unary {
    ($($name:ident => $f:expr;)*) => {
        $(pub extern "C" fn $name(_g: *mut G, x: f64) -> f64 {
            let f: fn(f64) -> f64 = $f;
            f(x)
        })*
    };
}

unary! {
    sqrt => f64::sqrt;
    floor => f64::floor;
    ceil => f64::ceil;
    trunc => f64::trunc;
    round => f64::round;
    round_to_even => f64::round_ties_even;
    exp => f64::exp;
    exp2 => f64::exp2;
    expm1 => f64::exp_m1;
    ln => f64::ln;
    log2 => f64::log2;
    log10 => f64::log10;
    ln_1p => f64::ln_1p;
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    asin => f64::asin;
    acos => f64::acos;
    atan => f64::atan;
    sinh => f64::sinh;
    cosh => f64::cosh;
    tanh => f64::tanh;
    cbrt => f64::cbrt;
}

pub extern "C" fn fmod(_g: *mut G, x: f64, y: f64) -> f64 {
    x % y
}
pub extern "C" fn pow(_g: *mut G, x: f64, y: f64) -> f64 {
    x.powf(y)
}
pub extern "C" fn atan2(_g: *mut G, y: f64, x: f64) -> f64 {
    y.atan2(x)
}
