//! How Go values are represented: their memory layout (Go's sizes, alignments and
//! field offsets on amd64) and their flattened form in SSA — one Cranelift scalar
//! per machine word or smaller part, in memory order.
//!
//! Small aggregates are flattened; larger ones (more than `MAX_FLAT` scalars) are
//! *indirect*: the SSA value is a pointer to a private heap copy.

use crate::types::typ::{Basic, Type, TypeId, TypeTable};
use cranelift_codegen::ir::types::{F32, F64, I16, I32, I64, I8};
use cranelift_codegen::ir::Type as IrType;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// Aggregates with more scalars than this live in memory.
pub const MAX_FLAT: usize = 16;

#[derive(Debug)]
pub struct Repr {
    /// Size and alignment in memory.
    pub size: u64,
    pub align: u64,
    /// The scalars of the flattened value and their offsets in memory (empty for an
    /// indirect type, whose SSA value is one pointer).
    pub parts: Vec<(IrType, u32)>,
    pub indirect: bool,
    /// Struct: field offsets and where each field's parts start; array: element size.
    pub fields: Vec<(u64, usize)>,
    /// Whether values contain pointers (for descriptors and `append` sizing).
    pub pointers: bool,
    /// Whether the collector scans values: they contain pointers or a `uintptr`
    /// (minigo's own packages keep pointers in uintptr fields where Go's use
    /// unsafe.Pointer; Go's `append` still sizes such slices as pointer-free).
    pub scan: bool,
    /// For a value of at most 64 words: bit `i` is set when word `i` may hold
    /// a pointer (the heap bits of an object holding it, `runtime/src/mbitmap.rs`:
    /// the same words as `scan` counts). None for larger values.
    pub ptrmask: Option<u64>,
}

impl Repr {
    /// The SSA scalars of a value.
    pub fn ssa(&self) -> Vec<IrType> {
        if self.indirect {
            vec![I64]
        } else {
            self.parts.iter().map(|p| p.0).collect()
        }
    }
    pub fn nssa(&self) -> usize {
        if self.indirect {
            1
        } else {
            self.parts.len()
        }
    }
}

#[derive(Default)]
pub struct Layouts {
    cache: FxHashMap<TypeId, Rc<Repr>>,
}

fn scalar(t: IrType, size: u64) -> Repr {
    Repr { size, align: size, parts: vec![(t, 0)], indirect: false, fields: vec![], pointers: false, scan: false, ptrmask: Some(0) }
}

/// A pointer-sized word that may hold a pointer.
fn pointer_word(pointers: bool) -> Repr {
    Repr { pointers, scan: true, ptrmask: Some(1), ..scalar(I64, 8) }
}

/// A header of `n` words whose words in `ptrmask` hold pointers (strings,
/// slices, interfaces).
fn header(n: u32, ptrmask: u64) -> Repr {
    Repr {
        size: 8 * n as u64,
        align: 8,
        parts: (0..n).map(|i| (I64, 8 * i)).collect(),
        indirect: false,
        fields: vec![],
        pointers: true,
        scan: true,
        ptrmask: Some(ptrmask),
    }
}

/// `mask` (of a value of `size` bytes) for each of `n` values back to back.
pub fn repeat_mask(mask: Option<u64>, size: u64, n: u64) -> Option<u64> {
    let m = mask?;
    if m == 0 {
        return (size * n <= 512).then_some(0);
    }
    let words = size / 8;
    (words * n <= 64).then(|| (0..n).fold(0, |acc, i| acc | m << (i * words)))
}

fn align_up(x: u64, a: u64) -> u64 {
    (x + a - 1) & !(a - 1)
}

impl Layouts {
    pub fn repr(&mut self, types: &mut TypeTable, t: TypeId) -> Rc<Repr> {
        let t = types.canon(t);
        if let Some(r) = self.cache.get(&t) {
            return r.clone();
        }
        let r = Rc::new(self.compute(types, t));
        self.cache.insert(t, r.clone());
        r
    }

    fn compute(&mut self, types: &mut TypeTable, t: TypeId) -> Repr {
        let u = types.underlying(t);
        match types.get(u).clone() {
            Type::Basic(b) => match b {
                Basic::Bool | Basic::Int8 | Basic::Uint8 | Basic::UntypedBool => scalar(I8, 1),
                Basic::Int16 | Basic::Uint16 => scalar(I16, 2),
                Basic::Int32 | Basic::Uint32 | Basic::UntypedRune => scalar(I32, 4),
                Basic::Float32 => scalar(F32, 4),
                Basic::Float64 | Basic::UntypedFloat => scalar(F64, 8),
                Basic::Complex64 => {
                    Repr { size: 8, align: 4, parts: vec![(F32, 0), (F32, 4)], indirect: false, fields: vec![], pointers: false, scan: false, ptrmask: Some(0) }
                }
                Basic::Complex128 | Basic::UntypedComplex => Repr {
                    size: 16,
                    align: 8,
                    parts: vec![(F64, 0), (F64, 8)],
                    indirect: false,
                    fields: vec![],
                    pointers: false,
                    scan: false,
                    ptrmask: Some(0),
                },
                Basic::String | Basic::UntypedString => header(2, 0b01),
                Basic::UnsafePointer | Basic::UntypedNil => pointer_word(true),
                Basic::Uintptr => pointer_word(false),
                _ => scalar(I64, 8),
            },
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => pointer_word(true),
            Type::Slice(_) => header(3, 0b001),
            Type::Interface(_) => header(2, 0b11),
            Type::Array(e, n) => {
                let er = self.repr(types, e);
                let mut parts = Vec::new();
                if !er.indirect && er.parts.len() * n as usize <= MAX_FLAT {
                    for i in 0..n {
                        parts.extend(er.parts.iter().map(|&(ty, off)| (ty, off + (i * er.size) as u32)));
                    }
                    Repr {
                        size: er.size * n,
                        align: er.align,
                        parts,
                        indirect: false,
                        fields: vec![(er.size, 0)],
                        pointers: er.pointers && n > 0,
                        scan: er.scan && n > 0,
                        ptrmask: repeat_mask(er.ptrmask, er.size, n),
                    }
                } else {
                    Repr {
                        size: er.size * n,
                        align: er.align,
                        parts: vec![],
                        indirect: true,
                        fields: vec![(er.size, 0)],
                        pointers: er.pointers && n > 0,
                        scan: er.scan && n > 0,
                        ptrmask: repeat_mask(er.ptrmask, er.size, n),
                    }
                }
            }
            Type::Struct(fs) => {
                let (mut off, mut align) = (0u64, 1u64);
                let mut parts = Vec::new();
                let mut fields = Vec::new();
                let (mut pointers, mut scan) = (false, false);
                let mut indirect = false;
                let mut ptrmask = Some(0u64);
                for f in fs.iter() {
                    let fr = self.repr(types, f.typ);
                    off = align_up(off, fr.align);
                    align = align.max(fr.align);
                    fields.push((off, parts.len()));
                    indirect |= fr.indirect;
                    parts.extend(fr.parts.iter().map(|&(ty, o)| (ty, o + off as u32)));
                    pointers |= fr.pointers;
                    scan |= fr.scan;
                    ptrmask = match (ptrmask, fr.ptrmask) {
                        (Some(m), Some(0)) => Some(m),
                        (Some(m), Some(fm)) if off.is_multiple_of(8) && off / 8 < 64 => Some(m | fm << (off / 8)),
                        _ => None,
                    };
                    off += fr.size;
                }
                // Go pads a struct ending in a zero-size field so that a pointer to
                // that field stays inside the object
                if fs.last().is_some_and(|f| self.repr(types, f.typ).size == 0) && off > 0 {
                    off += 1;
                }
                let size = align_up(off, align);
                if indirect || parts.len() > MAX_FLAT {
                    indirect = true;
                    parts.clear();
                }
                let ptrmask = ptrmask.filter(|_| size <= 512);
                Repr { size, align, parts, indirect, fields, pointers, scan, ptrmask }
            }
            Type::TypeParam(_) => unreachable!("type parameter in compiled code"),
            Type::Tuple(ts) => {
                let mut parts = Vec::new();
                let mut off = 0u64;
                for &e in ts.iter() {
                    let er = self.repr(types, e);
                    off = align_up(off, er.align.max(1));
                    parts.extend(er.ssa().into_iter().map(|ty| (ty, off as u32)));
                    off += er.size;
                }
                let words = off.div_ceil(8);
                let ptrmask = (words <= 64).then(|| u64::MAX >> (64 - words.max(1)));
                Repr { size: off, align: 8, parts, indirect: false, fields: vec![], pointers: true, scan: true, ptrmask }
            }
            Type::Named(_) | Type::Alias(_) => unreachable!("underlying resolved"),
        }
    }
}

/// Which scalar class a part uses for returning and passing values.
pub fn is_float(t: IrType) -> bool {
    t == F32 || t == F64
}
