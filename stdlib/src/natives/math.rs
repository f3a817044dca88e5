//! math: the functions whose results are exact (so any correct implementation
//! gives Go's bits: square root, rounding, remainder, fused multiply-add) and
//! the processor feature Go's `Exp` depends on. The transcendental functions
//! are Go code (`stdlib/go/math`), since libm's differ from Go's in the last bit.

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
}

pub extern "C" fn fmod(_g: *mut G, x: f64, y: f64) -> f64 {
    x % y
}
/// `math.FMA` as a call (a func value, `defer`); direct calls are the
/// compiler's `fma` instruction.
pub extern "C" fn fma(_g: *mut G, x: f64, y: f64, z: f64) -> f64 {
    x.mul_add(y, z)
}

/// Whether Go's amd64 `math.Exp` takes its fused path on this processor
/// (Go's `useFMA`: AVX and FMA, unless `GODEBUG` turns either off as Go's
/// `cpu.avx=off`, `cpu.fma=off` or `cpu.all=off` do).
pub extern "C" fn have_fma(_g: *mut G) -> u8 {
    let godebug = std::env::var("GODEBUG").unwrap_or_default();
    let off = godebug.split(',').any(|kv| matches!(kv.trim(), "cpu.avx=off" | "cpu.fma=off" | "cpu.all=off"));
    (!off && std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")) as u8
}
