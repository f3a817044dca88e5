//! The predeclared functions (`len`, `cap`, `append`, `make`, `print`, `min`, ...),
//! as `types/builtins.rs` checks them.

use super::func::{FnCtx, Val};
use super::slicestore::{SliceStore, STACK_BUF_BYTES};
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::object::Builtin;
use crate::types::typ::{Basic, Type, TypeId, FLOAT32, FLOAT64};
use cranelift_codegen::ir::{condcodes::IntCC, types::*, InstBuilder, Value};
use minigo_runtime::abi;
use minigo_runtime::entries::Entry;
use smallvec::smallvec;

/// The most bytes one slice's array may take: longer `make`s and `append`s
/// panic (`len out of range`) before asking for memory.
const MAX_ALLOC: i64 = 1 << 47;

impl FnCtx<'_, '_, '_> {
    /// `copy(d, s)` of slice type `dt` (s a slice or a string): the count copied.
    pub(super) fn copy_op(&mut self, d: &[Value], dt: TypeId, s: &[Value]) -> Value {
        let n = self.b.ins().smin(d[1], s[1]);
        let el = self.variadic_elem(dt);
        let size = self.repr(el).size as i64;
        let bytes = self.b.ins().imul_imm_s(n, size);
        self.memmove(d[0], s[0], bytes);
        n
    }

    /// `delete(m, k)` on map `m` of type `mt`, `k` of type `kt` (assignable to
    /// the key type).
    pub(super) fn delete_op(&mut self, m: Value, mt: TypeId, k: Val, kt: TypeId) {
        let key_t = self.map_types(mt).0;
        let k = self.convert(k, kt, key_t);
        let kp = self.key_ptr(mt, k);
        let d = self.desc(mt);
        self.rt(Entry::rt_mapdelete, &[d, m, kp]);
        self.check_unhashable(mt);
    }

    /// `clear(v)` of a map or slice of type `t`.
    pub(super) fn clear_op(&mut self, v: &[Value], t: TypeId) {
        match self.be.p.types.get(self.be.p.types.underlying(t)).clone() {
            Type::Map(..) => {
                let d = self.desc(t);
                self.rt(Entry::rt_mapclear, &[d, v[0]]);
            }
            Type::Slice(el) => {
                let size = self.repr(el).size as i64;
                let n = self.b.ins().imul_imm_s(v[1], size);
                self.rt(Entry::rt_memclr, &[v[0], n]);
            }
            _ => unreachable!("clear of a map or slice"),
        }
    }

    /// The operands of a built-in call with their types: its arguments, or the
    /// results of its one argument when that is a call returning several
    /// (`copy(f())`, `complex(g())`, `append(h())`).
    pub(super) fn spread_operands(&mut self, args: &'static [Expr]) -> Vec<(Val, TypeId)> {
        if let [a] = args {
            let t = self.type_of(a);
            if let Type::Tuple(ts) = self.be.p.types.get(t).clone() {
                let vals = self.expr(a);
                let mut at = 0;
                return ts
                    .iter()
                    .map(|&t| {
                        let n = self.repr(t).nssa();
                        at += n;
                        (vals[at - n..at].iter().copied().collect(), t)
                    })
                    .collect();
            }
        }
        args.iter()
            .map(|a| {
                let t = self.type_of(a);
                (self.expr(a), t)
            })
            .collect()
    }

    /// The two operands of `copy`, `delete` or `complex`.
    fn two_operands(&mut self, args: &'static [Expr]) -> [(Val, TypeId); 2] {
        let ops = self.spread_operands(args);
        let [a, b]: [(Val, TypeId); 2] = ops.try_into().unwrap_or_else(|_| unreachable!("the checker allows two operands"));
        [a, b]
    }

    pub(super) fn builtin(&mut self, e: &'static Expr, b: Builtin, args: &'static [Expr], dots: bool) -> Val {
        match b {
            Builtin::Len | Builtin::Cap => smallvec![self.len_cap(b, &args[0])],
            Builtin::Append => self.append(e, args, dots, None),
            Builtin::Copy => {
                let [(d, dt), (s, _)] = self.two_operands(args);
                smallvec![self.copy_op(&d, dt, &s)]
            }
            Builtin::Delete => {
                let [(m, mt), (k, kt)] = self.two_operands(args);
                self.delete_op(m[0], mt, k, kt);
                smallvec![]
            }
            Builtin::Clear => {
                let t = self.type_of(&args[0]);
                let v = self.expr(&args[0]);
                self.clear_op(&v, t);
                smallvec![]
            }
            Builtin::New => {
                let t = self.type_of(e);
                let el = self.be.p.types.deref(t).unwrap();
                // `new(v)`: the value first, then the variable it starts
                let init = self.be.p.info.types.get(args[0].id).filter(|tv| tv.mode != crate::types::object::Mode::Type).map(|_| self.expr_to(&args[0], el));
                let size = self.repr(el).size;
                let p = match self.side_alloc_zeroed(e.id, size) {
                    Some(p) => p,
                    None => self.alloc_of(el, 1),
                };
                if let Some(v) = init {
                    self.store_val(p, el, &v);
                }
                smallvec![p]
            }
            Builtin::Make => self.make(e, args),
            Builtin::Panic => {
                let any = self.be.p.types.empty_interface();
                let v = self.expr_to(&args[0], any);
                self.gopanic(&v);
                smallvec![]
            }
            Builtin::Print | Builtin::Println => {
                self.print(args, b == Builtin::Println);
                smallvec![]
            }
            Builtin::Min | Builtin::Max => self.min_max(e, b == Builtin::Min, args),
            Builtin::Sizeof | Builtin::Alignof => {
                // constant except for a type parameter's type: its instance's layout
                let t = self.type_of(&args[0]);
                let r = self.repr(t);
                smallvec![self.iconst(I64, if b == Builtin::Sizeof { r.size } else { r.align } as i64)]
            }
            Builtin::Offsetof => unreachable!("unsafe.Offsetof is always constant"),
            Builtin::Add => {
                let p = self.expr(&args[0])[0];
                let n = self.index_value(&args[1]);
                smallvec![self.b.ins().iadd(p, n)]
            }
            Builtin::Slice | Builtin::String => {
                let p = self.expr(&args[0])[0];
                let n = self.index_value(&args[1]);
                let pt = self.type_of(&args[0]);
                let size = self.be.p.types.deref(pt).map_or(1, |el| self.repr(el).size);
                self.unsafe_slice_check(if b == Builtin::Slice { "Slice" } else { "String" }, p, n, size);
                if b == Builtin::Slice {
                    smallvec![p, n, n]
                } else {
                    smallvec![p, n]
                }
            }
            Builtin::SliceData | Builtin::StringData => smallvec![self.expr(&args[0])[0]],
            Builtin::Close => {
                self.close(&args[0]);
                smallvec![]
            }
            Builtin::Recover => self.recover(),
            Builtin::Complex => {
                // two float arguments, or one call returning both (`complex(f())`)
                let t = self.type_of(e);
                let part = if self.be.p.types.basic(t) == Some(Basic::Complex64) { FLOAT32 } else { FLOAT64 };
                let [(re, rt), (im, it)] = self.two_operands(args);
                smallvec![self.convert(re, rt, part)[0], self.convert(im, it, part)[0]]
            }
            Builtin::Real | Builtin::Imag => {
                let v = self.expr(&args[0]);
                smallvec![v[(b == Builtin::Imag) as usize]]
            }
        }
    }

    fn map_types(&self, mt: TypeId) -> (TypeId, TypeId) {
        match self.be.p.types.get(self.be.p.types.underlying(mt)) {
            Type::Map(k, v) => (*k, *v),
            _ => unreachable!(),
        }
    }

    fn len_cap(&mut self, b: Builtin, x: &'static Expr) -> Value {
        let t = self.type_of(x);
        match self.be.p.types.get(self.be.p.types.underlying(t)).clone() {
            Type::Basic(_) => self.expr(x)[1],
            Type::Slice(_) => self.expr(x)[if b == Builtin::Len { 1 } else { 2 }],
            Type::Array(_, n) => {
                self.expr(x);
                self.iconst(I64, n as i64)
            }
            Type::Pointer(p) => {
                self.expr(x);
                let n = match self.be.p.types.get(self.be.p.types.underlying(p)) {
                    Type::Array(_, n) => *n,
                    _ => unreachable!(),
                };
                self.iconst(I64, n as i64)
            }
            Type::Map(..) => {
                let m = self.expr(x)[0];
                let z = self.iconst(I64, 0);
                let isnil = self.b.ins().icmp(IntCC::Equal, m, z);
                let safe = self.b.ins().select(isnil, self.g, m);
                let n = self.load(I64, safe, abi::HMAP_COUNT);
                self.b.ins().select(isnil, z, n)
            }
            _ => {
                // a channel: 0 for nil and for a timer's (whose one buffered
                // time Go's synchronous timer channels do not show)
                let c = self.expr(x)[0];
                let z = self.iconst(I64, 0);
                let isnil = self.b.ins().icmp(IntCC::Equal, c, z);
                let safe = self.b.ins().select(isnil, self.g, c);
                let n = self.load(I64, safe, if b == Builtin::Len { abi::HCHAN_QCOUNT } else { abi::HCHAN_DATAQSIZ });
                let timer = self.load(I8, safe, abi::HCHAN_TIMER);
                let timer = self.b.ins().icmp_imm_u(IntCC::NotEqual, timer, 0);
                let hidden = self.b.ins().bor(isnil, timer);
                self.b.ins().select(hidden, z, n)
            }
        }
    }

    /// `append`; `store` says where gc would keep the backing store of the slice
    /// variable being extended (`v = append(v, ...)`), which decides the capacity
    /// the first growths give.
    pub fn append(&mut self, e: &'static Expr, args: &'static [Expr], dots: bool, store: Option<SliceStore>) -> Val {
        let st = self.type_of(e);
        if let Some(n) = self.appended_make_len(&args[1..], dots) {
            return self.extend_slice(st, &args[0], n);
        }
        let el = self.variadic_elem(st);
        let size = self.repr(el).size as i64;
        // the new elements: a slice or string (dots), or values
        let (s, src, vals): (Val, Option<Val>, Vec<Val>) = if dots {
            (self.expr_to(&args[0], st), Some(self.expr(&args[1])), vec![])
        } else {
            let mut ops = self.spread_operands(args).into_iter();
            let (s, t) = ops.next().unwrap();
            (self.convert(s, t, st), None, ops.map(|(v, t)| self.convert(v, t, el)).collect())
        };
        if src.is_none() && vals.is_empty() {
            return s;
        }
        let n = match &src {
            Some(v) => v[1],
            None => self.iconst(I64, vals.len() as i64),
        };
        let (ptr, cap) = (self.b.declare_var(I64), self.b.declare_var(I64));
        self.b.def_var(ptr, s[0]);
        self.b.def_var(cap, s[2]);
        let newlen = self.b.ins().iadd(s[1], n);
        let full = self.b.ins().icmp(IntCC::UnsignedGreaterThan, newlen, s[2]);
        let grow = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(grow);
        self.b.ins().brif(full, grow, &[], done, &[]);
        self.b.switch_to_block(grow);
        let d = self.desc(el);
        let k = STACK_BUF_BYTES / size.max(1);
        match store {
            Some(SliceStore::Stack) if !dots => {
                // gc's stack buffer: the first growth of an empty slice at this
                // site, if it fits, gets 32 bytes (`used` starts out false: Cranelift
                // zero-initializes a variable read before any definition)
                let used = self.b.declare_var(I8);
                let u = self.b.use_var(used);
                let fits = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, newlen, k);
                let empty = self.b.ins().icmp_imm_s(IntCC::Equal, s[1], 0);
                let fresh = self.b.ins().bxor_imm_s(u, 1);
                let ok = self.b.ins().band(fits, empty);
                let ok = self.b.ins().band(ok, fresh);
                let (buf, heap) = (self.b.create_block(), self.b.create_block());
                self.b.ins().brif(ok, buf, &[], heap, &[]);
                self.b.switch_to_block(buf);
                let p = self.alloc((k * size) as u64);
                let kv = self.iconst(I64, k);
                let one = self.iconst(I8, 1);
                self.b.def_var(used, one);
                self.b.def_var(ptr, p);
                self.b.def_var(cap, kv);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(heap);
                let r = self.rt(Entry::rt_growslice, &[d, s[0], s[1], s[2], newlen]);
                self.b.def_var(ptr, r[0]);
                self.b.def_var(cap, r[1]);
            }
            Some(SliceStore::SizeClasses) if !dots => {
                let r = self.rt(Entry::rt_growslicebuf, &[d, s[0], s[1], s[2], newlen]);
                self.b.def_var(ptr, r[0]);
                self.b.def_var(cap, r[1]);
            }
            _ => {
                let r = self.rt(Entry::rt_growslice, &[d, s[0], s[1], s[2], newlen]);
                self.b.def_var(ptr, r[0]);
                self.b.def_var(cap, r[1]);
            }
        }
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        let p = self.b.use_var(ptr);
        let c = self.b.use_var(cap);
        let off = self.b.ins().imul_imm_s(s[1], size);
        let dst = self.b.ins().iadd(p, off);
        match src {
            Some(v) => {
                let bytes = self.b.ins().imul_imm_s(n, size);
                self.memmove(dst, v[0], bytes);
            }
            None => {
                for (i, v) in vals.iter().enumerate() {
                    let a = self.b.ins().iadd_imm_s(dst, size * i as i64);
                    self.store_val(a, el, v);
                }
            }
        }
        smallvec![p, newlen, c]
    }

    /// The length operand `n` when `append`'s operands after the slice are
    /// `make([]T, n)...` (no capacity), which gc compiles without making the
    /// slice (`extend_slice`).
    fn appended_make_len(&self, rest: &'static [Expr], dots: bool) -> Option<&'static Expr> {
        let [arg] = rest else { return None };
        match &arg.unparen().kind {
            ExprKind::Call { fun, args, .. } if dots && args.len() == 2 && self.builtin_of(fun.unparen()) == Some(Builtin::Make) => Some(&args[1]),
            _ => None,
        }
    }

    /// `append(s, make([]T, n)...)` as gc compiles it (its walk's
    /// `extendSlice`): `s` grows by `n` cleared elements in place, or into a
    /// new array when they do not fit, with no slice of `n` elements made and
    /// copied. The panics are therefore gc's: a negative `n` as `make`'s, a
    /// length no array can hold as `growslice`'s.
    fn extend_slice(&mut self, st: TypeId, s: &'static Expr, n: &'static Expr) -> Val {
        let el = self.variadic_elem(st);
        let size = self.repr(el).size as i64;
        let s = self.expr_to(s, st);
        // an unsigned length beyond int's range reads as negative here, as gc
        // converts it
        let n = self.index_value(n);
        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, n, 0);
        self.fail_if(negative, "panicmakeslicelen", &[]);
        let newlen = self.b.ins().iadd(s[1], n);
        let (ptr, cap) = (self.b.declare_var(I64), self.b.declare_var(I64));
        self.b.def_var(ptr, s[0]);
        self.b.def_var(cap, s[2]);
        let (fits, grow, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(grow);
        // compared unsigned: a sum that overflowed goes to growslice, which panics
        let full = self.b.ins().icmp(IntCC::UnsignedGreaterThan, newlen, s[2]);
        self.b.ins().brif(full, grow, &[], fits, &[]);
        self.b.switch_to_block(fits);
        // the elements past the length may hold old values; a new array is zeroed
        let off = self.b.ins().imul_imm_s(s[1], size);
        let at = self.b.ins().iadd(s[0], off);
        let bytes = self.b.ins().imul_imm_s(n, size);
        self.rt(Entry::rt_memclr, &[at, bytes]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(grow);
        let max = self.iconst(I64, MAX_ALLOC / size.max(1));
        let too_long = self.b.ins().icmp(IntCC::UnsignedGreaterThan, newlen, max);
        self.fail_if(too_long, "panicgrowslicelen", &[]);
        let d = self.desc(el);
        let r = self.rt(Entry::rt_growslice, &[d, s[0], s[1], s[2], newlen]);
        self.b.def_var(ptr, r[0]);
        self.b.def_var(cap, r[1]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        smallvec![self.b.use_var(ptr), newlen, self.b.use_var(cap)]
    }

    fn make(&mut self, e: &'static Expr, args: &'static [Expr]) -> Val {
        let t = self.type_of(e);
        match self.be.p.types.get(self.be.p.types.underlying(t)).clone() {
            Type::Slice(el) => {
                let len = self.index_value(&args[1]);
                let cap = if args.len() > 2 { self.index_value(&args[2]) } else { len };
                let size = self.repr(el).size.max(1) as i64;
                let max = self.iconst(I64, MAX_ALLOC / size);
                let bad_len = self.b.ins().icmp(IntCC::UnsignedGreaterThan, len, max);
                self.fail_if(bad_len, "panicmakeslicelen", &[]);
                let over = self.b.ins().icmp(IntCC::UnsignedGreaterThan, cap, max);
                let short = self.b.ins().icmp(IntCC::SignedLessThan, cap, len);
                let bad_cap = self.b.ins().bor(over, short);
                self.fail_if(bad_cap, "panicmakeslicecap", &[]);
                // constant sizes (checked by escape analysis) when on the side stack
                let bytes = self.be.p.info.consts.get(args[args.len() - 1].id).and_then(|c| c.to_i64()).map_or(0, |n| n as u64 * size as u64);
                if let Some(p) = self.side_alloc_zeroed(e.id, bytes) {
                    return smallvec![p, len, cap];
                }
                let d = self.desc(el);
                let p = self.rt(Entry::rt_makeslice, &[d, len, cap])[0];
                smallvec![p, len, cap]
            }
            Type::Map(..) => {
                let hint = if args.len() > 1 { self.index_value(&args[1]) } else { self.iconst(I64, 0) };
                let d = self.desc(t);
                smallvec![self.rt(Entry::rt_makemap, &[d, hint])[0]]
            }
            _ => {
                let size = if args.len() > 1 { self.index_value(&args[1]) } else { self.iconst(I64, 0) };
                self.makechan(t, size)
            }
        }
    }

    fn print(&mut self, args: &'static [Expr], ln: bool) {
        let mut vals: Vec<(Val, TypeId, u32)> = Vec::new();
        for a in args {
            let t = self.type_of(a);
            if let Type::Tuple(ts) = self.be.p.types.get(t).clone() {
                // `println(f())` of a call with several results prints each
                let flat = self.call(a.unparen());
                let mut i = 0;
                for &et in ts.iter() {
                    let n = self.repr(et).nssa();
                    vals.push((flat[i..i + n].iter().copied().collect(), et, a.pos));
                    i += n;
                }
                continue;
            }
            vals.push((self.expr(a), t, a.pos));
        }
        self.print_vals(&vals, ln);
    }

    /// `print`/`println` of evaluated operands (value, type, position).
    pub(super) fn print_vals(&mut self, vals: &[(Val, TypeId, u32)], ln: bool) {
        self.rt(Entry::rt_printlock, &[]);
        for (i, (v, t, pos)) in vals.iter().enumerate() {
            let (t, pos) = (*t, *pos);
            if ln && i > 0 {
                self.rt(Entry::rt_printsp, &[]);
            }
            let u = self.be.p.types.underlying(t);
            match self.be.p.types.get(u).clone() {
                Type::Basic(b) if b.is_boolean() => {
                    self.rt(Entry::rt_printbool, &[v[0]]);
                }
                Type::Basic(b) if b.is_float() => {
                    if self.b.func.dfg.value_type(v[0]) == F32 {
                        let f = self.b.ins().fpromote(F64, v[0]);
                        self.rt(Entry::rt_printfloat32, &[f]);
                    } else {
                        self.rt(Entry::rt_printfloat, &[v[0]]);
                    }
                }
                Type::Basic(b) if b.is_complex() => {
                    if b == Basic::Complex64 {
                        let (re, im) = (self.b.ins().fpromote(F64, v[0]), self.b.ins().fpromote(F64, v[1]));
                        self.rt(Entry::rt_printcomplex64, &[re, im]);
                    } else {
                        self.rt(Entry::rt_printcomplex128, &[v[0], v[1]]);
                    }
                }
                Type::Basic(b) if b.is_string() => {
                    self.rt(Entry::rt_printstring, &[v[0], v[1]]);
                }
                Type::Basic(Basic::UnsafePointer) | Type::Basic(Basic::UntypedNil) => {
                    let p = if v.is_empty() { self.iconst(I64, 0) } else { v[0] };
                    self.rt(Entry::rt_printpointer, &[p]);
                }
                Type::Basic(b) => {
                    let x = v[0];
                    let w = if self.b.func.dfg.value_type(x) == I64 {
                        x
                    } else if b.is_unsigned() {
                        self.b.ins().uextend(I64, x)
                    } else {
                        self.b.ins().sextend(I64, x)
                    };
                    self.rt(if b.is_unsigned() { Entry::rt_printuint } else { Entry::rt_printint }, &[w]);
                }
                Type::Slice(_) => {
                    self.rt(Entry::rt_printslice, &[v[0], v[1], v[2]]);
                }
                Type::Interface(_) => {
                    self.rt(Entry::rt_printeface, &[v[0], v[1]]);
                }
                Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => {
                    self.rt(Entry::rt_printpointer, &[v[0]]);
                }
                _ => self.unsupported(pos, "printing this type with print"),
            }
        }
        if ln {
            self.rt(Entry::rt_printnl, &[]);
        }
        self.rt(Entry::rt_printunlock, &[]);
    }

    /// The argument check of `unsafe.Slice` and `unsafe.String` (`what`): `n`
    /// elements of `size` bytes at `p` must fit in the address space above it,
    /// and a nil `p` allows only `n == 0`. Decided inline when it obviously
    /// passes — `0 <= n <= 2^47/size` and `p` neither nil nor within 2^47 of the
    /// top of the address space, so that `n*size <= -p` — and otherwise, panics
    /// included, by `runtime.unsafeslicecheck` (`strings.Builder.String` is one
    /// of these: a call on every use cost a string-building loop 3%).
    fn unsafe_slice_check(&mut self, what: &str, p: Value, n: Value, size: u64) {
        const REACH: u64 = 1 << 47;
        let n_ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, n, (REACH / size.max(1)) as i64);
        let p1 = self.b.ins().iadd_imm_s(p, -1);
        let p_ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, p1, REACH.wrapping_neg() as i64);
        let ok = self.b.ins().band(n_ok, p_ok);
        let (slow, cont) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        self.b.ins().brif(ok, cont, &[], slow, &[]);
        self.b.switch_to_block(slow);
        let d = self.be.string_data(what.as_bytes());
        let wp = self.data_addr(d);
        let wn = self.iconst(I64, what.len() as i64);
        let sz = self.iconst(I64, size as i64);
        self.call_runtime_go("unsafeslicecheck", &[wp, wn, sz, p, n]);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    fn min_max(&mut self, e: &'static Expr, min: bool, args: &'static [Expr]) -> Val {
        let t = self.type_of(e);
        let mut acc = self.expr_to(&args[0], t);
        for a in &args[1..] {
            let v = self.expr_to(a, t);
            let u = self.be.p.types.underlying(t);
            acc = match self.be.p.types.basic(u) {
                Some(b) if b.is_float() => smallvec![if min { self.b.ins().fmin(acc[0], v[0]) } else { self.b.ins().fmax(acc[0], v[0]) }],
                Some(b) if b.is_string() => {
                    let c = self.cmpstring(&v, &acc);
                    let take = self.b.ins().icmp_imm_s(if min { IntCC::SignedLessThan } else { IntCC::SignedGreaterThan }, c, 0);
                    smallvec![self.b.ins().select(take, v[0], acc[0]), self.b.ins().select(take, v[1], acc[1])]
                }
                Some(b) => {
                    let cc = match (min, b.is_unsigned()) {
                        (true, false) => IntCC::SignedLessThan,
                        (true, true) => IntCC::UnsignedLessThan,
                        (false, false) => IntCC::SignedGreaterThan,
                        (false, true) => IntCC::UnsignedGreaterThan,
                    };
                    let take = self.b.ins().icmp(cc, v[0], acc[0]);
                    smallvec![self.b.ins().select(take, v[0], acc[0])]
                }
                None => unreachable!(),
            };
        }
        acc
    }
}
