//! Conversions: `T(x)` between basic types, strings, slices and array pointers,
//! and to interfaces.

use super::func::{FnCtx, Val};
use crate::syntax::ast::Expr;
use crate::types::typ::{self as ty, Basic, Type, TypeId};
use cranelift_codegen::ir::{self, condcodes::FloatCC, condcodes::IntCC, types::*, InstBuilder, Value};
use minigo_runtime::entries::Entry;
use smallvec::smallvec;

impl FnCtx<'_, '_, '_> {
    /// `T(x)`.
    pub(super) fn conversion(&mut self, x: &'static Expr, to: TypeId) -> Val {
        let from = self.type_of(x);
        let v = self.expr(x);
        let mut r = self.convert_explicit(v, from, to);
        if self.be.p.info.consts.contains_key(x.id)
            && self.be.p.types.is_string(from)
            && matches!(self.be.p.types.get(self.be.p.types.underlying(to)), Type::Slice(_))
        {
            // gc allocates the exact size for a constant string
            r[2] = r[1];
        }
        r
    }

    pub fn convert_explicit(&mut self, v: Val, from: TypeId, to: TypeId) -> Val {
        let types = &self.be.p.types;
        if from == ty::UNTYPED_NIL {
            return self.zero(to);
        }
        if types.is_interface(to) {
            return self.convert(v, from, to);
        }
        let (fu, tu) = (types.underlying(from), types.underlying(to));
        match (types.get(fu).clone(), types.get(tu).clone()) {
            (Type::Basic(fb), Type::Basic(tb)) => self.convert_basic(v, fb, tb),
            (Type::Slice(e), Type::Basic(tb)) if tb.is_string() => {
                let rune = self.be.p.types.basic(self.be.p.types.underlying(e)) == Some(Basic::Int32);
                let r = self.rt(if rune { Entry::rt_slicerunetostring } else { Entry::rt_slicebytetostring }, &[v[0], v[1]]);
                smallvec![r[0], r[1]]
            }
            (Type::Basic(fb), Type::Slice(e)) if fb.is_string() => {
                let rune = self.be.p.types.basic(self.be.p.types.underlying(e)) == Some(Basic::Int32);
                self.rt(if rune { Entry::rt_stringtoslicerune } else { Entry::rt_stringtoslicebyte }, &[v[0], v[1]]);
                let mut r = self.retbuf(&[I64, I64, I64]);
                if self.stack_conversion {
                    // when the result does not escape, gc converts to bytes with a
                    // make of the exact length, and to runes into a 32-rune stack
                    // buffer if they fit
                    if rune {
                        let k = self.iconst(I64, 32);
                        let fits = self.b.ins().icmp(IntCC::SignedLessThanOrEqual, r[1], k);
                        r[2] = self.b.ins().select(fits, k, r[2]);
                        let p = self.alloc_noscan(32 * 4);
                        let n = self.b.ins().imul_imm_s(r[1], 4);
                        self.rt(Entry::rt_memmove, &[p, r[0], n]);
                        r[0] = self.b.ins().select(fits, p, r[0]);
                    } else {
                        r[2] = r[1];
                    }
                }
                r
            }
            (Type::Slice(_), Type::Array(_, n)) => {
                let p = self.slice_to_array_ptr(&v, n);
                self.load_val(p, to)
            }
            (Type::Slice(_), Type::Pointer(_)) => {
                smallvec![self.slice_to_array_ptr(&v, self.array_len(to))]
            }
            _ => v,
        }
    }

    fn array_len(&self, ptr_t: TypeId) -> u64 {
        let types = &self.be.p.types;
        let e = types.deref(ptr_t).unwrap();
        match types.get(types.underlying(e)) {
            Type::Array(_, n) => *n,
            _ => unreachable!(),
        }
    }

    /// Go 1.20 slice-to-array conversion: panics unless len(s) >= n.
    fn slice_to_array_ptr(&mut self, s: &[Value], n: u64) -> Value {
        let nv = self.iconst(I64, n as i64);
        let short = self.b.ins().icmp(IntCC::SignedLessThan, s[1], nv);
        self.fail_if(short, "panicSliceConvert", &[s[1], nv]);
        s[0]
    }

    fn convert_basic(&mut self, v: Val, fb: Basic, tb: Basic) -> Val {
        if tb.is_complex() {
            // from another complex type (the checker allows nothing else): each part
            return v
                .iter()
                .map(|&p| self.convert_basic(smallvec![p], Basic::Float64, if tb == Basic::Complex64 { Basic::Float32 } else { Basic::Float64 })[0])
                .collect();
        }
        let x = v[0];
        if tb.is_string() {
            if fb.is_string() {
                return v;
            }
            let r = if fb.is_unsigned() { self.b.ins().uextend(I64, x) } else { self.b.ins().sextend(I64, x) };
            let r = if self.b.func.dfg.value_type(x) == I64 { x } else { r };
            let s = self.rt(Entry::rt_intstring, &[r]);
            return smallvec![s[0], s[1]];
        }
        let tt = scalar_type(tb);
        let ft = self.b.func.dfg.value_type(x);
        let out = match (fb.is_float(), tb.is_float()) {
            (false, false) => {
                if ft == tt {
                    x
                } else if ft.bits() > tt.bits() {
                    self.b.ins().ireduce(tt, x)
                } else if fb.is_unsigned() {
                    self.b.ins().uextend(tt, x)
                } else {
                    self.b.ins().sextend(tt, x)
                }
            }
            (false, true) => {
                if fb.is_unsigned() {
                    self.b.ins().fcvt_from_uint(tt, x)
                } else {
                    self.b.ins().fcvt_from_sint(tt, x)
                }
            }
            (true, true) => match (ft, tt) {
                (F32, F64) => self.b.ins().fpromote(F64, x),
                (F64, F32) => self.b.ins().fdemote(F32, x),
                _ => x,
            },
            (true, false) => self.float_to_int(x, tb),
        };
        smallvec![out]
    }

    /// Float to integer as gc does on amd64 (out-of-range values give what the
    /// CVTT instructions give: the "integer indefinite" minimum value).
    fn float_to_int(&mut self, x: Value, tb: Basic) -> Value {
        let tt = scalar_type(tb);
        let x = if self.b.func.dfg.value_type(x) == F32 { self.b.ins().fpromote(F64, x) } else { x };
        match tb {
            Basic::Uint64 | Basic::Uint | Basic::Uintptr => {
                // below 2^63 a signed conversion; above (and NaN), convert x-2^63
                // and set the top bit: 2^64 and beyond give the indefinite
                // value with it set, 1<<63, as gc's code does
                let two63 = self.b.ins().f64const(9223372036854775808.0);
                let small = self.b.ins().fcmp(FloatCC::LessThan, x, two63);
                let lo = self.cvtt(x, I64);
                let shifted = self.b.ins().fsub(x, two63);
                let hi = self.cvtt(shifted, I64);
                let top = self.iconst(I64, i64::MIN);
                let hi = self.b.ins().bor(hi, top);
                self.b.ins().select(small, lo, hi)
            }
            Basic::Int64 | Basic::Int | Basic::Uint32 => {
                let r = self.cvtt(x, I64);
                if tt == I64 {
                    r
                } else {
                    self.b.ins().ireduce(tt, r)
                }
            }
            _ => {
                let r = self.cvtt(x, I32);
                if tt == I32 {
                    r
                } else {
                    self.b.ins().ireduce(tt, r)
                }
            }
        }
    }

    /// x86's truncating conversion to a signed integer of type `t`.
    fn cvtt(&mut self, x: Value, t: ir::Type) -> Value {
        let bound = if t == I64 { 9223372036854775808.0 } else { 2147483648.0 };
        let hi = self.b.ins().f64const(bound);
        let lo = self.b.ins().f64const(-bound);
        let below = self.b.ins().fcmp(FloatCC::LessThan, x, hi);
        let above = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, lo);
        let ok = self.b.ins().band(below, above);
        let r = self.b.ins().fcvt_to_sint_sat(t, x);
        let min = self.iconst(t, if t == I64 { i64::MIN } else { i32::MIN as i64 });
        self.b.ins().select(ok, r, min)
    }
}

/// The Cranelift type of a basic Go type.
fn scalar_type(b: Basic) -> ir::Type {
    match b {
        Basic::Bool | Basic::Int8 | Basic::Uint8 | Basic::UntypedBool => I8,
        Basic::Int16 | Basic::Uint16 => I16,
        Basic::Int32 | Basic::Uint32 | Basic::UntypedRune => I32,
        Basic::Float32 => F32,
        Basic::Float64 | Basic::UntypedFloat => F64,
        _ => I64,
    }
}
