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
    Repr { size, align: size, parts: vec![(t, 0)], indirect: false, fields: vec![], pointers: false, scan: false }
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
                Basic::Complex64 => Repr { size: 8, align: 4, parts: vec![(F32, 0), (F32, 4)], indirect: false, fields: vec![], pointers: false, scan: false },
                Basic::Complex128 | Basic::UntypedComplex => {
                    Repr { size: 16, align: 8, parts: vec![(F64, 0), (F64, 8)], indirect: false, fields: vec![], pointers: false, scan: false }
                }
                Basic::String | Basic::UntypedString => {
                    Repr { size: 16, align: 8, parts: vec![(I64, 0), (I64, 8)], indirect: false, fields: vec![], pointers: true, scan: true }
                }
                Basic::UnsafePointer | Basic::UntypedNil => Repr { pointers: true, scan: true, ..scalar(I64, 8) },
                Basic::Uintptr => Repr { scan: true, ..scalar(I64, 8) },
                _ => scalar(I64, 8),
            },
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => Repr { pointers: true, scan: true, ..scalar(I64, 8) },
            Type::Slice(_) => {
                Repr { size: 24, align: 8, parts: vec![(I64, 0), (I64, 8), (I64, 16)], indirect: false, fields: vec![], pointers: true, scan: true }
            }
            Type::Interface(_) => Repr { size: 16, align: 8, parts: vec![(I64, 0), (I64, 8)], indirect: false, fields: vec![], pointers: true, scan: true },
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
                    }
                }
            }
            Type::Struct(fs) => {
                let (mut off, mut align) = (0u64, 1u64);
                let mut parts = Vec::new();
                let mut fields = Vec::new();
                let (mut pointers, mut scan) = (false, false);
                let mut indirect = false;
                for f in fs.iter() {
                    let fr = self.repr(types, f.typ);
                    off = align_up(off, fr.align);
                    align = align.max(fr.align);
                    fields.push((off, parts.len()));
                    indirect |= fr.indirect;
                    parts.extend(fr.parts.iter().map(|&(ty, o)| (ty, o + off as u32)));
                    pointers |= fr.pointers;
                    scan |= fr.scan;
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
                Repr { size, align, parts, indirect, fields, pointers, scan }
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
                Repr { size: off, align: 8, parts, indirect: false, fields: vec![], pointers: true, scan: true }
            }
            Type::Named(_) | Type::Alias(_) => unreachable!("underlying resolved"),
        }
    }
}

/// Which scalar class a part uses for returning and passing values.
pub fn is_float(t: IrType) -> bool {
    t == F32 || t == F64
}
