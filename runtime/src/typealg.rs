//! Equality and hashing of values by their type descriptor: map keys, interface
//! comparison. Values are in memory (Go's layout); struct padding is never looked at.

use crate::abi::{FieldDesc, GoString, Kind, TypeDesc};

/// Why a comparison or hash could not be done: the dynamic type is not comparable.
pub struct Uncomparable(pub *const TypeDesc);

/// Reads the two words of an interface value stored at `p`.
///
/// # Safety
/// `p` must point at an interface value.
unsafe fn iface_words(p: *const u8) -> (usize, usize) {
    (*(p as *const usize), *(p as *const usize).add(1))
}

/// The dynamic type of an interface value whose first word is `w0`.
///
/// # Safety
/// `w0` must be null, a type descriptor (empty interface) or an itab.
pub unsafe fn dyn_type(empty: bool, w0: usize) -> *const TypeDesc {
    if w0 == 0 || empty {
        w0 as *const TypeDesc
    } else {
        (*(w0 as *const crate::abi::Itab)).typ
    }
}

/// Where an interface's data word keeps a value of type `t`: in the word itself
/// (pointer-shaped types) or in the memory it points to.
pub fn data_ptr(t: &TypeDesc, word: &usize) -> *const u8 {
    if t.direct_iface() {
        word as *const usize as *const u8
    } else {
        *word as *const u8
    }
}

/// `*a == *b` for values of type `t`.
///
/// # Safety
/// `a` and `b` must point at values of type `t`.
pub unsafe fn equal(t: &TypeDesc, a: *const u8, b: *const u8) -> Result<bool, Uncomparable> {
    Ok(match t.kind() {
        Kind::Bool | Kind::Int8 | Kind::Uint8 => *a == *b,
        Kind::Int16 | Kind::Uint16 => *(a as *const u16) == *(b as *const u16),
        Kind::Int32 | Kind::Uint32 => *(a as *const u32) == *(b as *const u32),
        Kind::Int | Kind::Int64 | Kind::Uint | Kind::Uint64 | Kind::Uintptr | Kind::Pointer | Kind::Chan | Kind::UnsafePointer => {
            *(a as *const u64) == *(b as *const u64)
        }
        Kind::Float32 => *(a as *const f32) == *(b as *const f32),
        Kind::Float64 => *(a as *const f64) == *(b as *const f64),
        Kind::Complex64 => *(a as *const [f32; 2]) == *(b as *const [f32; 2]),
        Kind::Complex128 => *(a as *const [f64; 2]) == *(b as *const [f64; 2]),
        Kind::String => {
            let (x, y) = (&*(a as *const GoString), &*(b as *const GoString));
            x.len == y.len && crate::string::bytes_equal(x.ptr, y.ptr, x.len)
        }
        Kind::Interface => {
            let empty = t.nimethods == 0;
            let ((x0, x1), (y0, y1)) = (iface_words(a), iface_words(b));
            let (tx, ty) = (dyn_type(empty, x0), dyn_type(empty, y0));
            if tx != ty {
                return Ok(false);
            }
            if tx.is_null() {
                return Ok(true);
            }
            let dt = &*tx;
            if !dt.comparable() {
                return Err(Uncomparable(tx));
            }
            equal(dt, data_ptr(dt, &x1), data_ptr(dt, &y1))?
        }
        Kind::Array => {
            let e = t.elem();
            let at = |x: *const u8, i: usize| x.add(i * e.size);
            if e.kind() == Kind::String {
                // as gc: every length first, then the bytes, so a difference
                // found cheaply spares reading them
                for i in 0..t.len {
                    if !string_len_equal(at(a, i), at(b, i)) {
                        return Ok(false);
                    }
                }
            }
            for i in 0..t.len {
                if !equal(e, at(a, i), at(b, i))? {
                    return Ok(false);
                }
            }
            true
        }
        Kind::Struct => {
            // as gc's generated equality: the fields are taken in runs ending at
            // a field whose comparison can panic (an interface, or holding
            // one), which keeps its place; within a run, strings' lengths and
            // every other field first, in order, then the strings' bytes (a
            // program can make a string whose bytes cannot be read: a
            // difference found before spares reading them)
            let fields = t.fields();
            let mut run = 0;
            for (i, f) in fields.iter().enumerate() {
                if blank(f) {
                    continue;
                }
                let ft = &*f.typ;
                let (x, y) = (a.add(f.offset), b.add(f.offset));
                if ft.eq_can_panic() {
                    if !strings_equal(&fields[run..i], a, b) {
                        return Ok(false);
                    }
                    run = i + 1;
                }
                let same = if ft.kind() == Kind::String { string_len_equal(x, y) } else { equal(ft, x, y)? };
                if !same {
                    return Ok(false);
                }
            }
            strings_equal(&fields[run..], a, b)
        }
        _ => return Err(Uncomparable(t)),
    })
}

/// Whether the strings at `a` and `b` have the same length (the cheap half of
/// comparing them).
///
/// # Safety
/// `a` and `b` must point at strings.
unsafe fn string_len_equal(a: *const u8, b: *const u8) -> bool {
    (*(a as *const GoString)).len == (*(b as *const GoString)).len
}

/// A blank field (`_`), which equality and hashing skip.
fn blank(f: &FieldDesc) -> bool {
    // SAFETY: a field's name is a string constant the compiler emitted.
    unsafe { f.name.as_bytes() == b"_" }
}

/// Whether the string fields among `fields` of the structs at `a` and `b`,
/// whose lengths are equal, hold the same bytes.
///
/// # Safety
/// `a` and `b` must point at structs with these fields.
unsafe fn strings_equal(fields: &[FieldDesc], a: *const u8, b: *const u8) -> bool {
    fields.iter().filter(|f| !blank(f) && (*f.typ).kind() == Kind::String).all(|f| {
        let (x, y) = (&*(a.add(f.offset) as *const GoString), &*(b.add(f.offset) as *const GoString));
        crate::string::bytes_equal(x.ptr, y.ptr, x.len)
    })
}

/// The hash of a float: +0 and -0 are equal, so hash alike; NaN equals nothing, not
/// even itself, so each NaN key hashes at random (Go's f64hash). A float32 is hashed
/// widened, which is exact.
fn float_hash(seed: u64, f: f64) -> u64 {
    if f.is_nan() {
        mix(seed, crate::fastrand())
    } else {
        mix(seed, if f == 0.0 { 0 } else { f.to_bits() })
    }
}

/// One step of a hash: the state and the next word, combined by a folded
/// multiply (the 128-bit product with a large odd constant, its halves xored).
/// The fold is what makes every input bit reach the low bits, which pick a
/// map's index slot: in a 64-bit product a result bit depends only on the
/// input bits below it, so keys differing only in their high bytes (the last
/// digits of `"key12345"`, read as one little-endian word) would share their
/// low bits and pile up in one run of slots.
fn mix(h: u64, v: u64) -> u64 {
    let p = u128::from(h ^ v) * 0x9E37_79B9_7F4A_7C15;
    p as u64 ^ (p >> 64) as u64
}

/// The bytes of `b` past its last whole 8-byte word, as a word, for hashing:
/// read with at most two loads that may overlap bytes already hashed (which
/// costs no quality, as the length is hashed too) rather than copied out byte
/// by byte. `b` is not empty.
fn tail_word(b: &[u8]) -> u64 {
    let n = b.len();
    let word = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().unwrap());
    let half = |i: usize| u32::from_le_bytes(b[i..i + 4].try_into().unwrap()) as u64;
    match n {
        8.. => word(n - 8),
        4..=7 => half(0) | half(n - 4) << 32,
        _ => b[0] as u64 | (b[n / 2] as u64) << 8 | (b[n - 1] as u64) << 16,
    }
}

/// A 64-bit hash of the bytes `b` (a string's).
pub fn bytes_hash(b: &[u8], seed: u64) -> u64 {
    let mut h = mix(seed, b.len() as u64);
    let mut words = b.chunks_exact(8);
    for w in &mut words {
        h = mix(h, u64::from_le_bytes(w.try_into().unwrap()));
    }
    if !words.remainder().is_empty() {
        h = mix(h, tail_word(b));
    }
    h
}

/// A 64-bit hash of the value of type `t` at `p`, consistent with `equal`.
///
/// # Safety
/// `p` must point at a value of type `t`.
pub unsafe fn hash(t: &TypeDesc, p: *const u8, seed: u64) -> Result<u64, Uncomparable> {
    Ok(match t.kind() {
        Kind::Bool | Kind::Int8 | Kind::Uint8 => mix(seed, *p as u64),
        Kind::Int16 | Kind::Uint16 => mix(seed, *(p as *const u16) as u64),
        Kind::Int32 | Kind::Uint32 => mix(seed, *(p as *const u32) as u64),
        Kind::Int | Kind::Int64 | Kind::Uint | Kind::Uint64 | Kind::Uintptr | Kind::Pointer | Kind::Chan | Kind::UnsafePointer => mix(seed, *(p as *const u64)),
        Kind::Float32 => float_hash(seed, *(p as *const f32) as f64),
        Kind::Float64 => float_hash(seed, *(p as *const f64)),
        Kind::Complex64 => {
            let [re, im] = *(p as *const [f32; 2]);
            float_hash(float_hash(seed, re as f64), im as f64)
        }
        Kind::Complex128 => {
            let [re, im] = *(p as *const [f64; 2]);
            float_hash(float_hash(seed, re), im)
        }
        Kind::String => bytes_hash((*(p as *const GoString)).as_bytes(), seed),
        Kind::Interface => {
            let empty = t.nimethods == 0;
            let (w0, w1) = iface_words(p);
            let dt = dyn_type(empty, w0);
            if dt.is_null() {
                return Ok(mix(seed, 0));
            }
            let dt = &*dt;
            if !dt.comparable() {
                return Err(Uncomparable(dt));
            }
            hash(dt, data_ptr(dt, &w1), mix(seed, dt as *const TypeDesc as u64))?
        }
        Kind::Array => {
            let e = t.elem();
            let mut h = seed;
            for i in 0..t.len {
                h = hash(e, p.add(i * e.size), h)?;
            }
            h
        }
        Kind::Struct => {
            let mut h = seed;
            for f in t.fields().iter().filter(|f| !blank(f)) {
                h = hash(&*f.typ, p.add(f.offset), h)?;
            }
            h
        }
        _ => return Err(Uncomparable(t)),
    })
}

#[cfg(test)]
mod tests {
    use super::{mix, tail_word};

    /// Keys that differ only in their high bits still spread over the low
    /// bits a map's index uses: the words of 100,000 keys `"key00000"` to
    /// `"key99999"` (which differ in bytes 3 to 7) and of the integers `i << 40`
    /// fill most of 2^16 slots, as random values would (about 78 %).
    #[test]
    fn low_bits_see_high_bits() {
        let spread = |words: &mut dyn Iterator<Item = u64>| {
            let mut used = vec![false; 1 << 16];
            for w in words {
                used[(mix(mix(0x1234, 8), w) & 0xFFFF) as usize] = true;
            }
            used.iter().filter(|&&u| u).count()
        };
        let keys = spread(&mut (0..100_000).map(|i| u64::from_le_bytes(format!("key{i:05}").as_bytes().try_into().unwrap())));
        let shifted = spread(&mut (0..100_000u64).map(|i| i << 40));
        for n in [keys, shifted] {
            assert!(n > 45_000, "{n} of 65,536 slots used");
        }
    }

    /// Every byte of a tail reaches its word: strings of the same length
    /// differing in any one byte past their last whole word get different words.
    #[test]
    fn tail_words_see_every_byte() {
        for n in 1..=20usize {
            let base: Vec<u8> = (0..n as u8).collect();
            for i in (n / 8 * 8)..n {
                let mut other = base.clone();
                other[i] ^= 0x5a;
                assert_ne!(tail_word(&base), tail_word(&other), "length {n}, byte {i}");
            }
        }
    }
}
