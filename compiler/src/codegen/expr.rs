//! Expressions.

use super::func::{FnCtx, Place, Val};
use super::FnKey;
use crate::syntax::ast::{BinOp, Expr, ExprKind, UnOp};
use crate::syntax::pos::Pos;
use crate::types::constant::Constant;
use crate::types::object::{Mode, ObjKind, SelKind};
use crate::types::typ::{self as ty, Basic, Type, TypeId};
use cranelift_codegen::ir::{self, condcodes::FloatCC, condcodes::IntCC, types::*, InstBuilder, Value};
use minigo_runtime::abi;
use minigo_runtime::entries::Entry;
use smallvec::{smallvec, SmallVec};

/// Sets of two itab cache entries each type assertion site keeps (a power of two).
const ITAB_CACHE_SETS: usize = 4;

/// Which scalar comparison a Go operator is, by operand class.
fn int_cc(op: BinOp, signed: bool) -> IntCC {
    match (op, signed) {
        (BinOp::Eql, _) => IntCC::Equal,
        (BinOp::Neq, _) => IntCC::NotEqual,
        (BinOp::Lss, true) => IntCC::SignedLessThan,
        (BinOp::Leq, true) => IntCC::SignedLessThanOrEqual,
        (BinOp::Gtr, true) => IntCC::SignedGreaterThan,
        (BinOp::Geq, true) => IntCC::SignedGreaterThanOrEqual,
        (BinOp::Lss, false) => IntCC::UnsignedLessThan,
        (BinOp::Leq, false) => IntCC::UnsignedLessThanOrEqual,
        (BinOp::Gtr, false) => IntCC::UnsignedGreaterThan,
        (BinOp::Geq, false) => IntCC::UnsignedGreaterThanOrEqual,
        _ => unreachable!(),
    }
}

fn float_cc(op: BinOp) -> FloatCC {
    match op {
        BinOp::Eql => FloatCC::Equal,
        BinOp::Neq => FloatCC::NotEqual,
        BinOp::Lss => FloatCC::LessThan,
        BinOp::Leq => FloatCC::LessThanOrEqual,
        BinOp::Gtr => FloatCC::GreaterThan,
        BinOp::Geq => FloatCC::GreaterThanOrEqual,
        _ => unreachable!(),
    }
}

/// A check the access to a place needs (see `FnCtx::place_unchecked`), and
/// the position of the expression it is for (where a failure is reported: gc's
/// node's, the `[` of an index).
#[derive(Clone, Copy)]
pub enum Check {
    /// The pointer dereferenced must not be nil.
    Nil(Value, Pos),
    /// Index `.0` must be below length `.1`, else the panic `.2`.
    Bounds(Value, Value, &'static str, Pos),
}

/// The checks `place_unchecked` leaves to its caller.
pub type Checks = SmallVec<[Check; 2]>;

impl FnCtx<'_, '_, '_> {
    /// The value of `e`, of its own (defaulted) type.
    pub fn expr(&mut self, e: &'static Expr) -> Val {
        // instructions carry the position of the innermost expression they are for
        // (tracebacks print its line): gc's node's, so that an index out of
        // range is on the line of its `[`, a division by zero on its operator's
        let outer = self.b.srcloc();
        self.b.set_srcloc(ir::SourceLoc::new(e.node_pos()));
        let v = self.expr_at(e);
        self.b.set_srcloc(outer);
        v
    }

    fn expr_at(&mut self, e: &'static Expr) -> Val {
        if let Some(v) = self.take_hoisted(e) {
            return v;
        }
        if let Some(c) = self.be.p.info.consts.get(e.id).cloned() {
            let t = self.type_of(e);
            return self.constant(&c, t);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(_) => {
                let o = self.be.p.info.objs.use_of(e.id).expect("resolved identifier");
                self.object_value(e, o)
            }
            ExprKind::FuncLit(_) => smallvec![self.closure(e)],
            ExprKind::Composite { .. } => self.composite(e),
            ExprKind::Selector(x, sel, _) => self.selector(e, x, sel),
            // an instantiated generic function, `F[int]`: the instance `F` names
            ExprKind::Index { x, .. } if self.node_type(x.id).is_some_and(|t| self.be.p.types.signature(t).is_some()) => self.expr(x),
            ExprKind::Index { x, index, .. } => self.ordered(&[x, &index[0]], |fx| fx.index(e, x, &index[0])),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let list: SmallVec<[&'static Expr; 4]> = [Some(&**x), lo.as_deref(), hi.as_deref(), max.as_deref()].into_iter().flatten().collect();
                self.ordered(&list, |fx| fx.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref()))
            }
            ExprKind::TypeAssert { x, .. } => {
                let t = self.type_of(e);
                let (v, _) = self.assert(x, t, false);
                v
            }
            ExprKind::Call { .. } => self.call(e),
            ExprKind::Star(_) => {
                let p = self.place(e);
                self.read(&p)
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x),
            ExprKind::Binary { op, x, y, .. } => self.binary(e, *op, x, y),
            _ => unreachable!("type expression used as a value at {}", self.be.p.fset.position(e.pos)),
        }
    }

    /// The value of `e` converted to type `to` (assignability conversions).
    pub fn expr_to(&mut self, e: &'static Expr, to: TypeId) -> Val {
        let from = self.type_of(e);
        let v = self.expr(e);
        self.convert(v, from, to)
    }

    fn object_value(&mut self, e: &'static Expr, o: crate::types::object::ObjId) -> Val {
        match self.be.p.obj(o).kind.clone() {
            ObjKind::Var(_) => {
                let p = self.var_place(o);
                self.read(&p)
            }
            ObjKind::Func => {
                let key = if self.be.is_native(o) { FnKey::NativeWrapper(o) } else { FnKey::Func(o) };
                let d = self.be.static_funcval(key);
                smallvec![self.data_addr(d)]
            }
            ObjKind::Nil => {
                let t = self.type_of(e);
                self.zero(t)
            }
            k => unreachable!("{k:?} as a value"),
        }
    }

    /// Materializes constant `c` as a value of type `t`.
    pub fn constant(&mut self, c: &Constant, t: TypeId) -> Val {
        let t = self.be.p.types.default_type(t);
        if self.be.p.types.is_interface(t) {
            // an untyped constant converted to an interface: its default type, boxed
            let dt = match c {
                Constant::Bool(_) => ty::BOOL,
                Constant::Str(_) => ty::STRING,
                Constant::Int(_) => ty::INT,
                Constant::Float(_) => ty::FLOAT64,
                Constant::Complex(_) => ty::COMPLEX128,
            };
            let v = self.constant(c, dt);
            return self.convert(v, dt, t);
        }
        let b = self.be.p.types.basic(t).unwrap_or(Basic::Int);
        if b.is_complex() {
            let (re, im) = c.to_complex().unwrap();
            let part = |fx: &mut Self, r| {
                let f = Constant::float(r).to_f64();
                if b == Basic::Complex64 {
                    fx.b.ins().f32const(f as f32)
                } else {
                    fx.b.ins().f64const(f)
                }
            };
            return smallvec![part(self, re), part(self, im)];
        }
        match c {
            Constant::Bool(v) => smallvec![self.iconst(I8, *v as i64)],
            Constant::Str(s) => {
                let d = self.be.string_data(s);
                let p = self.data_addr(d);
                smallvec![p, self.iconst(I64, s.len() as i64)]
            }
            Constant::Int(_) | Constant::Float(_) | Constant::Complex(_) => match b {
                Basic::Float32 => smallvec![self.b.ins().f32const(c.to_f64() as f32)],
                Basic::Float64 | Basic::UntypedFloat => {
                    smallvec![self.b.ins().f64const(c.to_f64())]
                }
                _ => {
                    let r = self.repr(t);
                    let v = c.to_bigint().map(|i| {
                        let (_, digits) = i.to_u64_digits();
                        let low = digits.first().copied().unwrap_or(0);
                        if i.sign() == num_bigint::Sign::Minus {
                            low.wrapping_neg() as i64
                        } else {
                            low as i64
                        }
                    });
                    smallvec![self.iconst(r.parts[0].0, v.unwrap_or(0))]
                }
            },
        }
    }

    // ---------------------------------------------------------------- conversions

    /// Converts a value of type `from` to an assignable type `to`.
    pub fn convert(&mut self, v: Val, from: TypeId, to: TypeId) -> Val {
        let types = &mut self.be.p.types;
        if from == to || from == ty::INVALID || types.identical(from, to) {
            return v;
        }
        if from == ty::UNTYPED_NIL {
            return self.zero(to);
        }
        let (fi, ti) = (types.is_interface(from), types.is_interface(to));
        if ti && !fi {
            return self.box_iface(v, from, to);
        }
        if ti && fi {
            return self.iface_to_iface(v, from, to);
        }
        v
    }

    /// Stores concrete value `v` of type `t` into an interface of type `to`.
    pub fn box_iface(&mut self, v: Val, t: TypeId, to: TypeId) -> Val {
        let w0 = if self.be.p.types.interface(to).is_some_and(|i| i.methods.is_empty()) {
            self.desc(t)
        } else {
            let d = self.be.itab(to, t);
            self.data_addr(d)
        };
        let w1 = self.iface_data(v, t);
        smallvec![w0, w1]
    }

    /// The data word of an interface holding `v` of type `t`.
    pub fn iface_data(&mut self, v: Val, t: TypeId) -> Value {
        if self.be.direct_iface(t) {
            return v[0];
        }
        let r = self.repr(t);
        if r.size == 0 {
            return self.runtime_data(minigo_runtime::entries::ZEROBASE);
        }
        // a value known at compile time is boxed once, in static data (as gc
        // does): `fmt.Println("n =", n)` allocates nothing for "n ="
        if let Some(d) = self.static_box(&v, &r) {
            return self.data_addr(d);
        }
        if let [(part, 0)] = r.parts[..] {
            if part.is_int() && !r.scan && r.size <= 8 {
                return self.small_int_box(v[0], part, r.size);
            }
        }
        let p = self.alloc_of(t, 1);
        self.store_val(p, t, &v);
        p
    }

    /// The address of the runtime's static data `name` (`entries::table`),
    /// by symbol, not address: compiled code may be cached (see `image`).
    fn runtime_data(&mut self, name: &str) -> Value {
        let d = cranelift_module::Module::declare_data(&mut self.be.module, name, cranelift_module::Linkage::Import, false, false).expect("runtime data");
        self.data_addr(d)
    }

    /// Static data holding `v`, of layout `r`, when every scalar of it is a
    /// constant or the address of static data.
    fn static_box(&mut self, v: &[Value], r: &super::layout::Repr) -> Option<cranelift_module::DataId> {
        if r.indirect || r.parts.len() != v.len() {
            return None;
        }
        let mut bytes = vec![0u8; r.size as usize];
        let mut relocs = Vec::new();
        for (&(part, off), &x) in r.parts.iter().zip(v) {
            let off = off as usize;
            match self.known_value(x)? {
                super::func::Known::Bits(b) => bytes[off..off + part.bytes() as usize].copy_from_slice(&b.to_le_bytes()[..part.bytes() as usize]),
                super::func::Known::Data(d) if part == I64 && off.is_multiple_of(8) => relocs.push((off as u32, d)),
                super::func::Known::Data(_) => return None,
            }
        }
        Some(self.be.static_value(bytes, relocs))
    }

    /// The data word for integer `x` (of IR type `part`, in a type of `size`
    /// bytes): values below 256 point into the runtime's table of them, as
    /// gc's `convT64` does, others are allocated.
    fn small_int_box(&mut self, x: Value, part: ir::Type, size: u64) -> Value {
        let table = self.runtime_data(minigo_runtime::entries::STATICUINT64S);
        let x64 = if part == I64 { x } else { self.b.ins().uextend(I64, x) };
        let off = self.b.ins().ishl_imm_u(x64, 3);
        let slot = self.b.ins().iadd(table, off);
        if size == 1 {
            return slot; // every byte value is in the table
        }
        let (heap, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        let small = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, x64, 256);
        self.b.ins().brif(small, join, &[slot.into()], heap, &[]);
        self.b.switch_to_block(heap);
        self.b.seal_block(heap);
        let p = self.alloc_noscan(size);
        self.store(x, p, 0);
        self.b.ins().jump(join, &[p.into()]);
        self.b.switch_to_block(join);
        self.b.seal_block(join);
        self.b.block_params(join)[0]
    }

    /// The value of type `t` held in interface data word `w`.
    pub fn iface_value(&mut self, w: Value, t: TypeId) -> Val {
        if self.be.direct_iface(t) {
            return smallvec![w];
        }
        self.load_val(w, t)
    }

    /// The dynamic type descriptor of an interface value (0 for nil).
    pub fn dyn_type(&mut self, v: &[Value], iface_t: TypeId) -> Value {
        if self.be.p.types.interface(iface_t).is_some_and(|i| i.methods.is_empty()) {
            return v[0];
        }
        // a branch, not conditional moves around a load from a safe address:
        // nil is rare, and the branch keeps the test off the path to the load.
        // The nil path is a cold block of its own, so that the load falls
        // through from the test and on into what follows: a branch on the edge
        // would make the common path jump twice
        let (load, isnil, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(isnil);
        let dt = self.b.append_block_param(done, I64);
        self.b.ins().brif(v[0], load, &[], isnil, &[]);
        self.b.switch_to_block(isnil);
        self.b.seal_block(isnil);
        let z = self.iconst(I64, 0);
        self.b.ins().jump(done, &[z.into()]);
        self.b.switch_to_block(load);
        self.b.seal_block(load);
        let t = self.load(I64, v[0], abi::ITAB_TYP);
        self.b.ins().jump(done, &[t.into()]);
        self.b.switch_to_block(done);
        self.b.seal_block(done);
        dt
    }

    fn iface_to_iface(&mut self, v: Val, from: TypeId, to: TypeId) -> Val {
        let dt = self.dyn_type(&v, from);
        if self.be.p.types.interface(to).is_some_and(|i| i.methods.is_empty()) {
            return smallvec![dt, v[1]];
        }
        let itab = self.itab_of(to, dt);
        smallvec![itab, v[1]]
    }

    /// The itab of dynamic type `dt` (0 for nil) as non-empty interface type
    /// `iface_t`, or 0 when it does not implement it. Each site keeps the
    /// runtime's cache entries (`abi::ItabEntry`) of its last lookups in a
    /// static table of `ITAB_CACHE_SETS` sets of two words, the set chosen by a
    /// hash of the dynamic type; a lookup tries the set's two entries, and a
    /// miss asks the runtime and puts its answer first, the entry it displaces
    /// second. A hit in the first word is a multiply, three loads and two
    /// branches, no runtime call (as gc's per-site caches). More than one
    /// entry, because one site often sees several types in turn (fmt asks each
    /// operand whether it is a `Formatter`); two per set, so that two types
    /// whose hashes meet do not take turns to miss.
    ///
    /// Ms may fill a table at once: each word is written whole, and any entry
    /// read is checked against `dt` before it is used.
    pub fn itab_of(&mut self, iface_t: TypeId, dt: Value) -> Value {
        let cache = self.be.data(vec![0; 16 * ITAB_CACHE_SETS], &|_, _| {}, true, 8);
        let cache = self.data_addr(cache);
        // the top bits of the descriptor's address times a large odd number
        let h = self.b.ins().imul_imm_u(dt, 0x9e37_79b9_7f4a_7c15_u64 as i64);
        let set = self.b.ins().ushr_imm_u(h, 64 - ITAB_CACHE_SETS.trailing_zeros() as i64);
        let off = self.b.ins().ishl_imm_u(set, 4);
        let set = self.b.ins().iadd(cache, off);
        let [check0, probe1, check1, miss, hit] = [(); 5].map(|_| self.b.create_block());
        self.b.append_block_param(hit, I64);
        let first = self.load(I64, set, 0);
        self.b.ins().brif(first, check0, &[], miss, &[]);
        self.itab_probe(check0, first, dt, hit, probe1);
        self.b.switch_to_block(probe1);
        self.b.seal_block(probe1);
        let second = self.load(I64, set, 8);
        self.b.ins().brif(second, check1, &[], miss, &[]);
        self.itab_probe(check1, second, dt, hit, miss);
        self.b.switch_to_block(miss);
        self.b.seal_block(miss);
        let inter = self.desc(iface_t);
        let entry = self.rt(Entry::rt_assert_e2i, &[inter, dt])[0];
        self.store(first, set, 8);
        self.store(entry, set, 0);
        self.b.ins().jump(hit, &[entry.into()]);
        self.b.switch_to_block(hit);
        self.b.seal_block(hit);
        let entry = self.b.block_params(hit)[0];
        self.load(I64, entry, abi::ITABENTRY_ITAB)
    }

    /// Block `check` of a lookup in an itab cache: to `hit` with the non-null
    /// entry `cached` if it is for `dt`, else to `next`.
    fn itab_probe(&mut self, check: ir::Block, cached: Value, dt: Value, hit: ir::Block, next: ir::Block) {
        self.b.switch_to_block(check);
        self.b.seal_block(check);
        let typ = self.load(I64, cached, abi::ITABENTRY_TYP);
        let same = self.b.ins().icmp(IntCC::Equal, typ, dt);
        self.b.ins().brif(same, hit, &[cached.into()], next, &[]);
    }

    /// `x.(T)`: the value (or zero) and whether the assertion held. With
    /// `comma_ok` false, a failure panics.
    pub fn assert(&mut self, x: &'static Expr, t: TypeId, comma_ok: bool) -> (Val, Value) {
        let xt = self.type_of(x);
        let v = self.expr(x);
        let dt = self.dyn_type(&v, xt);
        let to_iface = self.be.p.types.is_interface(t);
        let (ok, result) = if to_iface {
            let empty = self.be.p.types.interface(t).is_some_and(|i| i.methods.is_empty());
            let (w0, ok) = if empty {
                let z = self.iconst(I64, 0);
                (dt, self.b.ins().icmp(IntCC::NotEqual, dt, z))
            } else {
                let itab = self.itab_of(t, dt);
                let z = self.iconst(I64, 0);
                (itab, self.b.ins().icmp(IntCC::NotEqual, itab, z))
            };
            let w1 = v[1];
            (ok, smallvec![w0, w1])
        } else {
            let want = self.desc(t);
            let ok = self.b.ins().icmp(IntCC::Equal, dt, want);
            // load the value only when the assertion holds (the data may be a
            // different type)
            let r = self.repr(t);
            let vars: Vec<_> = r.ssa().iter().map(|&ty| self.b.declare_var(ty)).collect();
            let z = self.zero(t);
            for (&var, &zz) in vars.iter().zip(&z) {
                self.b.def_var(var, zz);
            }
            let yes = self.b.create_block();
            let done = self.b.create_block();
            self.b.ins().brif(ok, yes, &[], done, &[]);
            self.b.switch_to_block(yes);
            let val = self.iface_value(v[1], t);
            for (&var, &x) in vars.iter().zip(&val) {
                self.b.def_var(var, x);
            }
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(done);
            let result = vars.iter().map(|&var| self.b.use_var(var)).collect();
            (ok, result)
        };
        if !comma_ok {
            let bad = self.b.ins().bnot(ok);
            let bad = self.b.ins().band_imm_s(bad, 1);
            let want = self.desc(t);
            let iface = self.desc(xt);
            if to_iface {
                let z = self.iconst(I64, 0);
                let isnil = self.b.ins().icmp(IntCC::Equal, dt, z);
                let nil_fail = self.b.ins().band(bad, isnil);
                // Go names no static type when asserting a nil interface to an interface
                let z = self.iconst(I64, 0);
                self.fail_if(nil_fail, "panicdottype", &[dt, want, z]);
                self.fail_if(bad, "panicmissing", &[dt, want, iface]);
            } else {
                self.fail_if(bad, "panicdottype", &[dt, want, iface]);
            }
        }
        (result, ok)
    }

    // ---------------------------------------------------------------- operators

    fn unary(&mut self, e: &'static Expr, op: UnOp, x: &'static Expr) -> Val {
        match op {
            UnOp::Addr => {
                if let ExprKind::Composite { .. } = &x.unparen().kind {
                    let t = self.type_of(x);
                    let size = self.repr(t).size;
                    if let Some(p) = self.side_alloc(e.id, size) {
                        self.init_in_place(x, t, p);
                        return smallvec![p];
                    }
                    let v = self.expr(x);
                    if let Some(p) = self.adopt(&v) {
                        return smallvec![p];
                    }
                    let p = self.alloc_value(t);
                    self.store_val(p, t, &v);
                    return smallvec![p];
                }
                let p = self.place(x);
                smallvec![self.place_addr(&p)]
            }
            UnOp::Recv => {
                let (v, _) = self.recv(x, false);
                v
            }
            _ => {
                let t = self.type_of(e);
                let v = self.expr(x);
                if self.be.p.types.is_complex(t) {
                    return v.iter().map(|&p| if op == UnOp::Neg { self.b.ins().fneg(p) } else { p }).collect();
                }
                let v = v[0];
                let float = self.be.p.types.is_float(t);
                smallvec![match op {
                    UnOp::Pos => v,
                    UnOp::Neg if float => self.b.ins().fneg(v),
                    UnOp::Neg => self.b.ins().ineg(v),
                    UnOp::Xor => self.b.ins().bnot(v),
                    UnOp::Not => self.b.ins().bxor_imm_s(v, 1),
                    _ => unreachable!(),
                }]
            }
        }
    }

    fn binary(&mut self, e: &'static Expr, op: BinOp, x: &'static Expr, y: &'static Expr) -> Val {
        match op {
            BinOp::LAnd | BinOp::LOr => smallvec![self.logical(e)],
            _ => self.ordered(&[x, y], |fx| fx.binary_operands(e, op, x, y)),
        }
    }

    /// A binary operation but a logical one, its operands in gc's order.
    fn binary_operands(&mut self, e: &'static Expr, op: BinOp, x: &'static Expr, y: &'static Expr) -> Val {
        if op.is_comparison() {
            let (xt, yt) = (self.type_of(x), self.type_of(y));
            // mixed interface/concrete and nil comparisons compare as the interface type
            let t = if self.be.p.types.is_interface(xt) || xt == ty::UNTYPED_NIL {
                if xt == ty::UNTYPED_NIL {
                    yt
                } else {
                    xt
                }
            } else {
                yt
            };
            let t = if self.be.p.types.is_interface(yt) { yt } else { t };
            let xv = self.expr_to(x, t);
            let yv = self.expr_to(y, t);
            return smallvec![self.compare(op, &xv, &yv, t)];
        }
        let t = self.type_of(e);
        if self.be.p.types.is_string(t) && op == BinOp::Add {
            return self.concat(e);
        }
        let xv = self.expr(x);
        if op.is_shift() {
            let st = self.type_of(y);
            let yv = self.expr(y)[0];
            let const_count = self.be.p.info.consts.contains_key(y.id);
            return smallvec![self.shift(op, xv[0], t, yv, st, const_count)];
        }
        let yv = self.expr(y);
        self.arith_val(op, &xv, &yv, t, self.be.p.info.consts.get(y.id).is_some())
    }

    /// `x op y` on values of basic type `t` (complex numbers are two scalars).
    pub fn arith_val(&mut self, op: BinOp, x: &[Value], y: &[Value], t: TypeId, y_const: bool) -> Val {
        if !self.be.p.types.is_complex(t) {
            return smallvec![self.arith(op, x[0], y[0], t, y_const)];
        }
        let ((a, b), (c, d)) = ((x[0], x[1]), (y[0], y[1]));
        let ins = self.b.ins();
        match op {
            BinOp::Add => smallvec![ins.fadd(a, c), self.b.ins().fadd(b, d)],
            BinOp::Sub => smallvec![ins.fsub(a, c), self.b.ins().fsub(b, d)],
            BinOp::Mul => {
                // (a+bi)(c+di) = (ac-bd) + (ad+bc)i, unfused as gc computes it
                let (ac, bd, ad, bc) = (ins.fmul(a, c), self.b.ins().fmul(b, d), self.b.ins().fmul(a, d), self.b.ins().fmul(b, c));
                smallvec![self.b.ins().fsub(ac, bd), self.b.ins().fadd(ad, bc)]
            }
            BinOp::Quo => self.complex_div(x, y),
            _ => unreachable!("complex op {op:?}"),
        }
    }

    /// Complex division: Go's runtime.complex128div (Smith's algorithm with C99's
    /// corrections for infinities and zeros), complex64 computed in complex128 and
    /// rounded, as gc does.
    fn complex_div(&mut self, x: &[Value], y: &[Value]) -> Val {
        let narrow = self.b.func.dfg.value_type(x[0]) == F32;
        let mut args: Vec<Value> = x.iter().chain(y).copied().collect();
        if narrow {
            for a in &mut args {
                *a = self.b.ins().fpromote(F64, *a);
            }
        }
        let q = self.call_runtime_go("complex128div", &args);
        if narrow {
            smallvec![self.b.ins().fdemote(F32, q[0]), self.b.ins().fdemote(F32, q[1])]
        } else {
            q
        }
    }

    /// `x op y` on scalars of basic type `t`.
    pub fn arith(&mut self, op: BinOp, x: Value, y: Value, t: TypeId, y_const: bool) -> Value {
        let float = self.be.p.types.is_float(t);
        let signed = !self.be.p.types.is_unsigned(t);
        let ins = self.b.ins();
        match op {
            BinOp::Add if float => ins.fadd(x, y),
            BinOp::Sub if float => ins.fsub(x, y),
            BinOp::Mul if float => ins.fmul(x, y),
            BinOp::Quo if float => ins.fdiv(x, y),
            BinOp::Add => ins.iadd(x, y),
            BinOp::Sub => ins.isub(x, y),
            BinOp::Mul => self.multiply(x, y),
            BinOp::And => ins.band(x, y),
            BinOp::Or => ins.bor(x, y),
            BinOp::Xor => ins.bxor(x, y),
            BinOp::AndNot => {
                let ny = ins.bnot(y);
                self.b.ins().band(x, ny)
            }
            BinOp::Quo | BinOp::Rem => self.divide(op, x, y, signed, y_const),
            _ => unreachable!("arith {op:?}"),
        }
    }

    /// Integer `x * y`. A constant factor of 3, 5 or 9 is `x + x<<k`, which x86
    /// computes in one `lea` (1 cycle) where `imul` takes 3: gc does the same,
    /// and in a loop whose next value is `3*n + 1` the multiply is on the
    /// critical path.
    fn multiply(&mut self, x: Value, y: Value) -> Value {
        let (v, factor) = match (self.const_int(x), self.const_int(y)) {
            (_, Some(c)) => (x, c),
            (Some(c), _) => (y, c),
            _ => (x, 0),
        };
        let shift = match factor {
            3 => 1,
            5 => 2,
            9 => 3,
            _ => return self.b.ins().imul(x, y),
        };
        let scaled = self.b.ins().ishl_imm_u(v, shift);
        self.b.ins().iadd(v, scaled)
    }

    /// Integer division and remainder with Go's checks: a zero divisor panics and
    /// MinInt / -1 wraps (x86 `idiv` would trap).
    fn divide(&mut self, op: BinOp, x: Value, y: Value, signed: bool, y_const: bool) -> Value {
        let vt = self.b.func.dfg.value_type(x);
        if !y_const {
            let z = self.iconst(vt, 0);
            let isz = self.b.ins().icmp(IntCC::Equal, y, z);
            self.fail_if(isz, "panicdivide", &[]);
        }
        if !signed {
            return if op == BinOp::Quo { self.b.ins().udiv(x, y) } else { self.b.ins().urem(x, y) };
        }
        // a constant divisor other than -1 needs no care
        let bits = vt.bits();
        match self.const_int(y).map(|c| ((c << (64 - bits)) as i64) >> (64 - bits)) {
            Some(-1) => return if op == BinOp::Quo { self.b.ins().ineg(x) } else { self.iconst(vt, 0) },
            Some(_) => return if op == BinOp::Quo { self.b.ins().sdiv(x, y) } else { self.b.ins().srem(x, y) },
            None => {}
        }
        // y == -1: x / -1 = -x (wrapping), x % -1 = 0
        let m1 = self.iconst(vt, -1);
        let is_m1 = self.b.ins().icmp(IntCC::Equal, y, m1);
        let one = self.iconst(vt, 1);
        let safe_y = self.b.ins().select(is_m1, one, y);
        let (q, alt) = if op == BinOp::Quo { (self.b.ins().sdiv(x, safe_y), self.b.ins().ineg(x)) } else { (self.b.ins().srem(x, safe_y), self.iconst(vt, 0)) };
        self.b.ins().select(is_m1, alt, q)
    }

    /// Go shifts: counts at least the width give 0 (or the sign for `>>`); a
    /// negative count panics.
    pub fn shift(&mut self, op: BinOp, x: Value, t: TypeId, count: Value, count_t: TypeId, const_count: bool) -> Value {
        let vt = self.b.func.dfg.value_type(x);
        let width = vt.bits() as i64;
        let signed = !self.be.p.types.is_unsigned(t);
        let ct = self.b.func.dfg.value_type(count);
        let count = if ct.bits() < 64 {
            if self.be.p.types.is_unsigned(count_t) {
                self.b.ins().uextend(I64, count)
            } else {
                self.b.ins().sextend(I64, count)
            }
        } else {
            count
        };
        if !const_count && !self.be.p.types.is_unsigned(count_t) {
            let z = self.iconst(I64, 0);
            let neg = self.b.ins().icmp(IntCC::SignedLessThan, count, z);
            self.fail_if(neg, "panicshift", &[]);
        }
        let big = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, count, width);
        let c = if vt == I64 { count } else { self.b.ins().ireduce(vt, count) };
        match op {
            BinOp::Shl => {
                let s = self.b.ins().ishl(x, c);
                let z = self.iconst(vt, 0);
                self.b.ins().select(big, z, s)
            }
            _ if signed => {
                let wm1 = self.iconst(vt, width - 1);
                let c2 = self.b.ins().select(big, wm1, c);
                self.b.ins().sshr(x, c2)
            }
            _ => {
                let s = self.b.ins().ushr(x, c);
                let z = self.iconst(vt, 0);
                self.b.ins().select(big, z, s)
            }
        }
    }

    /// Branches on boolean `e`: to `then` when it is true, else to `els`.
    /// `&&`, `||` and `!` become branches rather than a value that is then
    /// tested (`i <= j && less(i, a)` in a loop condition is two compares and
    /// two branches).
    pub fn cond_branch(&mut self, e: &'static Expr, then: ir::Block, els: ir::Block) {
        if !self.be.p.info.consts.contains_key(e.id) {
            match &e.unparen().kind {
                ExprKind::Unary(UnOp::Not, x) => return self.cond_branch(x, els, then),
                ExprKind::Binary { op: op @ (BinOp::LAnd | BinOp::LOr), x, y, .. } => {
                    let rhs = self.b.create_block();
                    if *op == BinOp::LAnd {
                        self.cond_branch(x, rhs, els);
                    } else {
                        self.cond_branch(x, then, rhs);
                    }
                    self.b.switch_to_block(rhs);
                    return self.cond_branch(y, then, els);
                }
                _ => {}
            }
        }
        let c = self.expr(e)[0];
        self.b.ins().brif(c, then, &[], els, &[]);
    }

    /// `&&` and `||` as a value: the branches of `cond_branch`, joined.
    fn logical(&mut self, e: &'static Expr) -> Value {
        let (yes, no, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let v = self.b.append_block_param(done, I8);
        self.cond_branch(e, yes, no);
        for (block, bit) in [(yes, 1), (no, 0)] {
            self.b.switch_to_block(block);
            let c = self.b.ins().iconst(I8, bit);
            self.b.ins().jump(done, &[c.into()]);
        }
        self.b.switch_to_block(done);
        v
    }

    /// `a + b + c` on strings: one runtime concatenation.
    fn concat(&mut self, e: &'static Expr) -> Val {
        let mut parts = Vec::new();
        fn collect(fx: &mut FnCtx, e: &'static Expr, parts: &mut Vec<&'static Expr>) {
            if let ExprKind::Binary { op: BinOp::Add, x, y, .. } = &e.unparen().kind {
                if !fx.be.p.info.consts.contains_key(e.id) {
                    collect(fx, x, parts);
                    collect(fx, y, parts);
                    return;
                }
            }
            parts.push(e);
        }
        collect(self, e, &mut parts);
        let vals: Vec<Val> = parts.iter().map(|p| self.expr_to(p, ty::STRING)).collect();
        let mut acc: Option<Val> = None;
        // scratch holds SCRATCH_WORDS / 2 string headers; longer chains
        // concatenate in steps, each result the first operand of the next
        for chunk in vals.chunks(abi::SCRATCH_WORDS / 2 - 1) {
            let base = self.b.ins().iadd_imm_s(self.g, abi::G_SCRATCH as i64);
            let mut n = 0;
            if let Some(a) = &acc {
                self.store(a[0], base, abi::STRING_PTR);
                self.store(a[1], base, abi::STRING_LEN);
                n = 1;
            }
            for v in chunk {
                self.store(v[0], base, 16 * n);
                self.store(v[1], base, 16 * n + 8);
                n += 1;
            }
            let cnt = self.iconst(I64, n as i64);
            let r = self.rt(Entry::rt_concatstrings, &[base, cnt]);
            acc = Some(smallvec![r[0], r[1]]);
        }
        acc.unwrap()
    }

    /// `x op y` for comparison operators on values of type `t`: an I8 0 or 1.
    pub fn compare(&mut self, op: BinOp, x: &[Value], y: &[Value], t: TypeId) -> Value {
        let u = self.be.p.types.underlying(t);
        match self.be.p.types.get(u).clone() {
            Type::Basic(b) if b.is_float() => self.b.ins().fcmp(float_cc(op), x[0], y[0]),
            Type::Basic(b) if b.is_complex() => {
                let re = self.b.ins().fcmp(float_cc(op), x[0], y[0]);
                let im = self.b.ins().fcmp(float_cc(op), x[1], y[1]);
                if op == BinOp::Eql {
                    self.b.ins().band(re, im)
                } else {
                    self.b.ins().bor(re, im)
                }
            }
            // a string compared with itself (`x != x`, generic code's NaN test
            // instantiated with a string) needs no look at its bytes
            Type::Basic(b) if b.is_string() && x == y => self.b.ins().iconst(I8, matches!(op, BinOp::Eql | BinOp::Leq | BinOp::Geq) as i64),
            Type::Basic(b) if b.is_string() => {
                if matches!(op, BinOp::Eql | BinOp::Neq) {
                    let eq = self.string_eq(x, y);
                    if op == BinOp::Eql {
                        eq
                    } else {
                        self.b.ins().bxor_imm_s(eq, 1)
                    }
                } else {
                    let c = self.cmpstring(x, y);
                    let z = self.iconst(I64, 0);
                    self.b.ins().icmp(int_cc(op, true), c, z)
                }
            }
            Type::Basic(b) => match self.rem_pow2_of_zero(x[0], y[0]).filter(|_| matches!(op, BinOp::Eql | BinOp::Neq)) {
                Some((a, mask)) => {
                    let low = self.b.ins().band_imm_u(a, mask as i64);
                    self.b.ins().icmp_imm_s(int_cc(op, false), low, 0)
                }
                None => self.b.ins().icmp(int_cc(op, !b.is_unsigned()), x[0], y[0]),
            },
            Type::Pointer(_) | Type::Chan(..) | Type::Map(..) | Type::Func(_) | Type::Slice(_) => self.b.ins().icmp(int_cc(op, false), x[0], y[0]),
            Type::Interface(_) => {
                // `err != nil`: a nil interface has a nil first word, whatever
                // the second holds
                let nil = |fx: &Self, v: &[Value]| v.iter().all(|&w| fx.const_int(w) == Some(0));
                let eq = match (nil(self, x), nil(self, y)) {
                    (_, true) => self.b.ins().icmp_imm_s(IntCC::Equal, x[0], 0),
                    (true, false) => self.b.ins().icmp_imm_s(IntCC::Equal, y[0], 0),
                    _ => self.iface_eq(x, y, t),
                };
                if op == BinOp::Eql {
                    eq
                } else {
                    self.b.ins().bxor_imm_s(eq, 1)
                }
            }
            Type::Struct(_) | Type::Array(..) => {
                let eq = self.aggregate_eq(x, y, t);
                if op == BinOp::Eql {
                    eq
                } else {
                    self.b.ins().bxor_imm_s(eq, 1)
                }
            }
            _ => unreachable!("comparison of {}", self.be.type_string(t)),
        }
    }

    /// The runtime's three-way comparison of strings `x` and `y` (-1, 0, +1).
    pub fn cmpstring(&mut self, x: &[Value], y: &[Value]) -> Value {
        self.call_runtime_go("cmpstring", &[x[0], x[1], y[0], y[1]])[0]
    }

    fn string_eq(&mut self, x: &[Value], y: &[Value]) -> Value {
        let var = self.b.declare_var(I8);
        let samelen = self.b.ins().icmp(IntCC::Equal, x[1], y[1]);
        self.b.def_var(var, samelen);
        let check = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(samelen, check, &[], done, &[]);
        self.b.switch_to_block(check);
        let r = match self.const_int(x[1]).or_else(|| self.const_int(y[1])) {
            Some(n) if n <= 16 => self.bytes_eq_inline(x[0], y[0], n),
            _ => self.rt(Entry::rt_memequal, &[x[0], y[0], x[1]])[0],
        };
        self.b.def_var(var, r);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        self.b.use_var(var)
    }

    /// For `x % 2^k == 0` (either side, signed or not): `x` and the mask
    /// `2^k - 1` of the low bits, which are zero exactly when the remainder is,
    /// as gc rewrites it (the signed remainder alone takes a shift, an add, a
    /// mask and a subtract). A signed divisor of -2^k (its bits are 2^k only
    /// for the type's minimum) has the same multiples.
    fn rem_pow2_of_zero(&self, x: Value, y: Value) -> Option<(Value, u64)> {
        let rem = match (self.const_int(x), self.const_int(y)) {
            (_, Some(0)) => x,
            (Some(0), _) => y,
            _ => return None,
        };
        let ir::ValueDef::Result(inst, 0) = self.b.func.dfg.value_def(rem) else { return None };
        let ir::InstructionData::Binary { opcode: ir::Opcode::Srem | ir::Opcode::Urem, args: [a, d] } = self.b.func.dfg.insts[inst] else { return None };
        let c = self.const_int(d).filter(|c| c.is_power_of_two() && *c > 1)?;
        Some((a, c - 1))
    }

    /// The value of `v` if it is an integer constant.
    fn const_int(&self, v: Value) -> Option<u64> {
        super::shortcircuit::constant(self.b.func, v)
    }

    /// Whether the `n` bytes (at most 16) at `a` and `b` are equal, compared
    /// with at most two loads each (overlapping when `n` is not a power of
    /// two) instead of a runtime call: comparisons with short constant strings
    /// (`s == "end"`, `switch` cases) are the common case, and the constant's
    /// side is then immediates, not loads.
    fn bytes_eq_inline(&mut self, a: Value, b: Value, n: u64) -> Value {
        if n == 0 {
            return self.b.ins().iconst(I8, 1);
        }
        let ty = match n {
            1 => I8,
            2..=3 => I16,
            4..=7 => I32,
            _ => I64,
        };
        let w = ty.bytes() as usize;
        let constant = |fx: &Self, v: Value| match fx.known_value(v) {
            Some(super::func::Known::Data(d)) => fx.be.string_bytes(d).filter(|s| s.len() as u64 == n).map(<[u8]>::to_vec),
            _ => None,
        };
        let (a, known) = match (constant(self, a), constant(self, b)) {
            (_, Some(k)) => (a, Some(k)),
            (Some(k), None) => (b, Some(k)),
            (None, None) => (a, None),
        };
        let unaligned = ir::MemFlagsData::new().with_notrap();
        let mut diff = self.b.ins().iconst(ty, 0);
        for off in [0, n as usize - w] {
            let la = self.b.ins().load(ty, unaligned, a, off as i32);
            let d = match &known {
                Some(k) => {
                    let word = k[off..off + w].iter().rev().fold(0u64, |acc, &byte| acc << 8 | byte as u64);
                    self.b.ins().bxor_imm_u(la, word as i64)
                }
                None => {
                    let lb = self.b.ins().load(ty, unaligned, b, off as i32);
                    self.b.ins().bxor(la, lb)
                }
            };
            diff = self.b.ins().bor(diff, d);
        }
        self.b.ins().icmp_imm_s(IntCC::Equal, diff, 0)
    }

    /// Interface equality: same dynamic type and equal values (panics if the
    /// dynamic type is not comparable).
    fn iface_eq(&mut self, x: &[Value], y: &[Value], t: TypeId) -> Value {
        let (tx, ty_) = (self.dyn_type(x, t), self.dyn_type(y, t));
        let var = self.b.declare_var(I8);
        let same = self.b.ins().icmp(IntCC::Equal, tx, ty_);
        self.b.def_var(var, same);
        let check = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(same, check, &[], done, &[]);
        self.b.switch_to_block(check);
        // equal without a call: both nil, or the same pointer or channel; any
        // other type is compared by the runtime even when the data words are
        // equal (a NaN is unequal to itself, an uncomparable type panics)
        let z = self.iconst(I64, 0);
        let isnil = self.b.ins().icmp(IntCC::Equal, tx, z);
        let safe = self.b.ins().select(isnil, self.g, tx);
        let kind = self.load(I8, safe, abi::TYPE_KIND as i32);
        let is_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, kind, abi::Kind::Pointer as i64);
        let is_chan = self.b.ins().icmp_imm_s(IntCC::Equal, kind, abi::Kind::Chan as i64);
        let direct = self.b.ins().bor(is_ptr, is_chan);
        let words_eq = self.b.ins().icmp(IntCC::Equal, x[1], y[1]);
        let same_word = self.b.ins().band(words_eq, direct);
        let fast = self.b.ins().bor(isnil, same_word);
        let one = self.iconst(I8, 1);
        self.b.def_var(var, one);
        let slow = self.b.create_block();
        self.b.ins().brif(fast, done, &[], slow, &[]);
        self.b.switch_to_block(slow);
        // 0, 1, or the uncomparable type found
        let r = self.rt(Entry::rt_ifacedataeq, &[tx, x[1], y[1]])[0];
        let unc = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, r, 1);
        self.fail_if(unc, "panicuncomparable", &[r]);
        let r8 = self.b.ins().ireduce(I8, r);
        self.b.def_var(var, r8);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        self.b.use_var(var)
    }

    /// Struct and array equality, field by field.
    fn aggregate_eq(&mut self, x: &[Value], y: &[Value], t: TypeId) -> Value {
        let r = self.repr(t);
        if r.indirect {
            let d = self.desc(t);
            // 0, 1, or the uncomparable type found
            let res = self.rt(Entry::rt_memeq, &[d, x[0], y[0]])[0];
            let unc = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, res, 1);
            self.fail_if(unc, "panicuncomparable", &[res]);
            return self.b.ins().ireduce(I8, res);
        }
        let mut acc = self.iconst(I8, 1);
        for (ft, range) in self.components(t) {
            let eq = self.compare(BinOp::Eql, &x[range.clone()], &y[range], ft);
            acc = self.b.ins().band(acc, eq);
        }
        acc
    }

    /// The comparable components of a flat struct or array: (type, scalar range),
    /// skipping blank fields.
    pub fn components(&mut self, t: TypeId) -> Vec<(TypeId, std::ops::Range<usize>)> {
        let u = self.be.p.types.underlying(t);
        let mut out = Vec::new();
        match self.be.p.types.get(u).clone() {
            Type::Struct(fs) => {
                let r = self.repr(t);
                for (i, f) in fs.iter().enumerate() {
                    let n = self.repr(f.typ).nssa();
                    let start = r.fields[i].1;
                    if &*f.name != "_" {
                        out.push((f.typ, start..start + n));
                    }
                }
            }
            Type::Array(e, len) => {
                let n = self.repr(e).nssa();
                for i in 0..len as usize {
                    out.push((e, i * n..(i + 1) * n));
                }
            }
            _ => unreachable!(),
        }
        out
    }

    // ---------------------------------------------------------------- places

    /// The place an addressable (or map index) expression denotes.
    pub fn place(&mut self, e: &'static Expr) -> Place {
        let (p, checks) = self.place_unchecked(e);
        self.run_checks(&checks);
        p
    }

    /// Makes the checks an access to a place needs.
    pub fn run_checks(&mut self, checks: &[Check]) {
        let outer = self.b.srcloc();
        for c in checks {
            match *c {
                Check::Nil(p, at) => {
                    self.b.set_srcloc(ir::SourceLoc::new(at));
                    self.nil_check(p)
                }
                Check::Bounds(i, len, fail, at) => {
                    self.b.set_srcloc(ir::SourceLoc::new(at));
                    self.bounds(i, len, fail)
                }
            }
        }
        self.b.set_srcloc(outer);
    }

    /// The place `e` denotes, with its operands evaluated but without the
    /// checks of its last indirection or index, which the caller makes when it
    /// uses the place: an assignment makes them only when it stores there,
    /// after the right side, as Go's second phase of assignment does.
    pub fn place_unchecked(&mut self, e: &'static Expr) -> (Place, Checks) {
        let mut checks = SmallVec::new();
        let place = match &e.kind {
            ExprKind::Paren(x) => return self.place_unchecked(x),
            ExprKind::Ident(n) if &**n == "_" => Place::Blank,
            ExprKind::Ident(_) => {
                let o = self.be.p.info.objs.use_of(e.id).or_else(|| self.be.p.info.objs.def(e.id)).expect("variable");
                self.var_place(o)
            }
            ExprKind::Star(x) => {
                let p = self.expr(x)[0];
                checks.push(Check::Nil(p, e.node_pos()));
                let t = self.type_of(e);
                Place::Mem { addr: p, typ: t }
            }
            ExprKind::Selector(x, _, _) => match self.be.p.info.selections.get(&e.id).cloned().filter(|sel| sel.kind == SelKind::Field) {
                Some(sel) => {
                    let (base, nil) = self.selector_base(x, &sel.path[..sel.path.len() - 1]);
                    checks.extend(nil.map(|p| Check::Nil(p, e.node_pos())));
                    self.field_place(base, *sel.path.last().unwrap())
                }
                None => {
                    // a qualified identifier (pkg.Var)
                    let ExprKind::Selector(_, id, _) = &e.kind else { unreachable!() };
                    let o = self.be.p.info.objs.use_of(id.id).expect("qualified variable");
                    self.var_place(o)
                }
            },
            ExprKind::Index { x, index, .. } => {
                let xt = self.type_of(x);
                let u = self.be.p.types.underlying(xt);
                match self.be.p.types.get(u).clone() {
                    Type::Map(_, _) => {
                        let m = self.expr(x)[0];
                        let kt = match self.be.p.types.get(u) {
                            Type::Map(k, _) => *k,
                            _ => unreachable!(),
                        };
                        let key = self.expr_to(&index[0], kt);
                        Place::MapElem { map_t: xt, map: m, key }
                    }
                    Type::Slice(el) => {
                        let s = self.expr(x);
                        let i = self.index_value(&index[0]);
                        if !self.in_bounds(x, &index[0]) {
                            let fail = self.index_panic(&index[0], "panicIndex");
                            checks.push(Check::Bounds(i, s[1], fail, e.node_pos()));
                        }
                        let addr = self.elem_addr(s[0], i, el);
                        Place::Mem { addr, typ: el }
                    }
                    Type::Pointer(p) => {
                        let base = self.expr(x)[0];
                        let (el, n) = match self.be.p.types.get(self.be.p.types.underlying(p)) {
                            Type::Array(el, n) => (*el, *n),
                            _ => unreachable!(),
                        };
                        let i = self.index_value(&index[0]);
                        let len = self.iconst(I64, n as i64);
                        let fail = self.index_panic(&index[0], "panicIndex");
                        checks.push(Check::Nil(base, e.node_pos()));
                        checks.push(Check::Bounds(i, len, fail, e.node_pos()));
                        let addr = self.elem_addr(base, i, el);
                        Place::Mem { addr, typ: el }
                    }
                    Type::Array(el, n) => {
                        let base = self.place(x);
                        let ci = self.be.p.info.consts.get(index[0].id).and_then(|c| c.to_i64());
                        match (base, ci) {
                            (Place::Ssa { vars, start, .. }, Some(ci)) => {
                                let k = self.repr(el).nssa();
                                Place::Ssa { vars, start: start + ci as usize * k, typ: el }
                            }
                            (base, _) => {
                                let addr = self.place_addr(&base);
                                let i = self.index_value(&index[0]);
                                let len = self.iconst(I64, n as i64);
                                let fail = self.index_panic(&index[0], "panicIndex");
                                checks.push(Check::Bounds(i, len, fail, e.node_pos()));
                                let a = self.elem_addr(addr, i, el);
                                Place::Mem { addr: a, typ: el }
                            }
                        }
                    }
                    _ => unreachable!("index place"),
                }
            }
            _ => unreachable!("not addressable at {}", self.be.p.fset.position(e.pos)),
        };
        (place, checks)
    }

    /// The place of `x` after walking embedded fields `path` (for selectors).
    fn selector_base(&mut self, x: &'static Expr, path: &[usize]) -> (Place, Option<Value>) {
        let xt = self.type_of(x);
        // the last pointer dereferenced, whose nil check is the caller's
        let mut last_deref = None;
        let mut cur = if self.be.p.types.deref(xt).is_some() {
            let p = self.expr(x)[0];
            let pt = self.be.p.types.deref(xt).unwrap();
            last_deref = Some(p);
            Place::Mem { addr: p, typ: pt }
        } else if self.is_addressable(x) {
            self.place(x)
        } else {
            // a field of a non-addressable value: work on a temporary
            let v = self.expr(x);
            self.temp_place(v, xt)
        };
        for &i in path {
            cur = self.field_place(cur, i);
            let ft = self.place_type(&cur);
            if let Some(pt) = self.be.p.types.deref(ft) {
                if let Some(q) = last_deref.take() {
                    self.nil_check(q);
                }
                let p = self.read(&cur)[0];
                last_deref = Some(p);
                cur = Place::Mem { addr: p, typ: pt };
            }
        }
        (cur, last_deref)
    }

    /// A value held in a place of its own (SSA variables).
    pub fn temp_place(&mut self, v: Val, t: TypeId) -> Place {
        let r = self.repr(t);
        if r.indirect {
            return Place::Mem { addr: v[0], typ: t };
        }
        let vars: std::rc::Rc<[_]> = r.parts.iter().map(|&(ty, _)| self.b.declare_var(ty)).collect();
        for (&var, &x) in vars.iter().zip(&v) {
            self.b.def_var(var, x);
        }
        Place::Ssa { vars, start: 0, typ: t }
    }

    /// Field `i` of the struct in place `p`.
    pub fn field_place(&mut self, p: Place, i: usize) -> Place {
        let st = self.place_type(&p);
        let fs = self.be.p.types.struct_fields(st).expect("struct");
        let ft = fs[i].typ;
        let r = self.repr(st);
        let (off, start) = r.fields[i];
        match p {
            Place::Ssa { vars, start: s, .. } => Place::Ssa { vars, start: s + start, typ: ft },
            Place::Mem { addr, .. } => {
                let a = if off == 0 { addr } else { self.b.ins().iadd_imm_s(addr, off as i64) };
                Place::Mem { addr: a, typ: ft }
            }
            Place::MapElem { .. } => {
                let v = self.read(&p);
                let tp = self.temp_place(v, st);
                self.field_place(tp, i)
            }
            Place::Blank => Place::Blank,
        }
    }

    /// Whether `e` denotes a variable (so selectors and indexes on it have places).
    pub fn is_addressable(&self, e: &Expr) -> bool {
        self.be.p.info.types.get(e.id).is_some_and(|tv| tv.mode == Mode::Var)
    }

    fn elem_addr(&mut self, base: Value, i: Value, el: TypeId) -> Value {
        let size = self.repr(el).size as i64;
        let off = self.b.ins().imul_imm_s(i, size);
        self.b.ins().iadd(base, off)
    }

    /// An index or length operand as I64, sign- or zero-extended (constant
    /// indices were range-checked by the checker).
    pub fn index_value(&mut self, e: &'static Expr) -> Value {
        let t = self.type_of(e);
        let v = self.expr(e)[0];
        let vt = self.b.func.dfg.value_type(v);
        if vt == I64 {
            v
        } else if self.be.p.types.is_unsigned(t) {
            self.b.ins().uextend(I64, v)
        } else {
            self.b.ins().sextend(I64, v)
        }
    }

    /// The bounds panic reporting index `e`: `name`, or its `U` variant when `e`
    /// is a 64-bit unsigned value (a huge one is printed unsigned, as Go does).
    fn index_panic(&mut self, e: &Expr, name: &'static str) -> &'static str {
        let t = self.type_of(e);
        let t = self.be.p.types.underlying(t);
        if !matches!(self.be.p.types.basic(t), Some(Basic::Uint | Basic::Uint64 | Basic::Uintptr)) {
            return name;
        }
        match name {
            "panicIndex" => "panicIndexU",
            "panicSliceAlen" => "panicSliceAlenU",
            "panicSliceAcap" => "panicSliceAcapU",
            "panicSliceB" => "panicSliceBU",
            "panicSlice3Alen" => "panicSlice3AlenU",
            "panicSlice3Acap" => "panicSlice3AcapU",
            "panicSlice3B" => "panicSlice3BU",
            "panicSlice3C" => "panicSlice3CU",
            _ => unreachable!("no unsigned variant of {name}"),
        }
    }

    /// Whether `x[i]` is known to be in bounds (a loop over `x` indexed by its
    /// counter, see `bce`).
    fn in_bounds(&self, x: &Expr, i: &Expr) -> bool {
        match (super::bce::var_of(self.be, x), super::bce::var_of(self.be, i)) {
            (Some(xo), Some(io)) => self.safe_index.contains(&(xo, io)),
            _ => false,
        }
    }

    /// Panics with `fail(i, len)` unless 0 <= i < len. No check is emitted
    /// when the length is a constant the index cannot reach: a constant index,
    /// or a byte (`uint8`, `uint16`) into an array of 256 (65,536) or more.
    pub fn bounds(&mut self, i: Value, len: Value, fail: &str) {
        if let Some(super::func::Known::Bits(n)) = self.known_value(len) {
            let most = match self.known_value(i) {
                Some(super::func::Known::Bits(k)) => Some(k),
                _ => self.zero_extended_from(i).map(|t| (1u64 << t.bits()) - 1),
            };
            if most.is_some_and(|m| m < n) {
                return;
            }
        }
        let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, len);
        self.fail_if(bad, fail, &[i, len]);
    }

    // ---------------------------------------------------------------- index, slice, selectors

    fn index(&mut self, e: &'static Expr, x: &'static Expr, ie: &'static Expr) -> Val {
        let xt = self.type_of(x);
        let u = self.be.p.types.underlying(xt);
        match self.be.p.types.get(u).clone() {
            Type::Basic(_) => {
                let s = self.expr(x);
                let i = self.index_value(ie);
                if !self.in_bounds(x, ie) {
                    let fail = self.index_panic(ie, "panicIndex");
                    self.bounds(i, s[1], fail);
                }
                let a = self.b.ins().iadd(s[0], i);
                smallvec![self.load(I8, a, 0)]
            }
            Type::Map(k, v) => {
                let m = self.expr(x)[0];
                let key = self.expr_to(ie, k);
                let kp = self.key_ptr(xt, key);
                let d = self.desc(xt);
                let vp = self.rt(Entry::rt_mapaccess1, &[d, m, kp])[0];
                self.check_unhashable(xt);
                self.load_val(vp, v)
            }
            Type::Array(el, n) if !self.is_addressable(x) => {
                // an array value: index its flat parts, or spill it to memory
                let v = self.expr(x);
                let ci = self.be.p.info.consts.get(ie.id).and_then(|c| c.to_i64());
                let r = self.repr(xt);
                match ci {
                    Some(ci) if !r.indirect => {
                        let k = self.repr(el).nssa();
                        v[ci as usize * k..(ci as usize + 1) * k].iter().copied().collect()
                    }
                    _ => {
                        let addr = if r.indirect {
                            v[0]
                        } else {
                            let p = self.alloc_value(xt);
                            self.store_val(p, xt, &v);
                            p
                        };
                        let i = self.index_value(ie);
                        let len = self.iconst(I64, n as i64);
                        let fail = self.index_panic(ie, "panicIndex");
                        self.bounds(i, len, fail);
                        let a = self.elem_addr(addr, i, el);
                        self.load_val(a, el)
                    }
                }
            }
            _ => {
                let p = self.place(e);
                self.read(&p)
            }
        }
    }

    fn slice_expr(&mut self, _e: &'static Expr, x: &'static Expr, lo: Option<&'static Expr>, hi: Option<&'static Expr>, max: Option<&'static Expr>) -> Val {
        let xt = self.type_of(x);
        let u = self.be.p.types.underlying(xt);
        // a string's or an array's bound is reported as its length
        let len_bound = !matches!(self.be.p.types.get(u), Type::Slice(_));
        let (base, len, cap, el, is_string) = match self.be.p.types.get(u).clone() {
            Type::Basic(_) => {
                let s = self.expr(x);
                (s[0], s[1], s[1], ty::UINT8, true)
            }
            Type::Slice(el) => {
                let s = self.expr(x);
                (s[0], s[1], s[2], el, false)
            }
            Type::Pointer(p) => {
                let (el, n) = match self.be.p.types.get(self.be.p.types.underlying(p)) {
                    Type::Array(el, n) => (*el, *n),
                    _ => unreachable!(),
                };
                let a = self.expr(x)[0];
                self.nil_check(a);
                let n = self.iconst(I64, n as i64);
                (a, n, n, el, false)
            }
            Type::Array(el, n) => {
                let p = self.place(x);
                let a = self.place_addr(&p);
                let n = self.iconst(I64, n as i64);
                (a, n, n, el, false)
            }
            _ => unreachable!(),
        };
        let lo_v = match lo {
            Some(l) => self.index_value(l),
            None => self.iconst(I64, 0),
        };
        let hi_v = match hi {
            Some(h) => self.index_value(h),
            None => len,
        };
        let three = max.is_some();
        let max_v = match max {
            Some(m) => self.index_value(m),
            None => cap,
        };
        // checks in gc's order: the upper bound against the length (strings and
        // arrays, whose capacity is their length) or the capacity, then the others
        // each panic reports its first operand unsigned when that is a uint64
        let report = |this: &mut Self, e: Option<&Expr>, name: &'static str| match e {
            Some(e) => this.index_panic(e, name),
            None => name,
        };
        if three {
            let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, max_v, cap);
            let fail = report(self, max, if len_bound { "panicSlice3Alen" } else { "panicSlice3Acap" });
            self.fail_if(bad, fail, &[max_v, cap]);
            let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, hi_v, max_v);
            let fail = report(self, hi, "panicSlice3B");
            self.fail_if(bad, fail, &[hi_v, max_v]);
            let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, lo_v, hi_v);
            let fail = report(self, lo, "panicSlice3C");
            self.fail_if(bad, fail, &[lo_v, hi_v]);
        } else {
            let (limit, name) = if len_bound { (len, "panicSliceAlen") } else { (cap, "panicSliceAcap") };
            if hi.is_some() {
                let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, hi_v, limit);
                let fail = report(self, hi, name);
                self.fail_if(bad, fail, &[hi_v, limit]);
            }
            let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, lo_v, hi_v);
            let fail = report(self, lo, "panicSliceB");
            self.fail_if(bad, fail, &[lo_v, hi_v]);
        }
        let n = self.b.ins().isub(hi_v, lo_v);
        let c = if is_string { n } else { self.b.ins().isub(max_v, lo_v) };
        // The result points `lo` elements on — unless its capacity is 0, when
        // it keeps `base`, as gc's (`rptr = ptr + (mask(rcap) & (i * stride))`):
        // `s[len(s):]` would otherwise point past its array, at whatever object
        // follows it in memory, which the collector would then keep alive for
        // it (and `unsafe.SliceData` shows where it points). mask(c) is 0 for
        // c == 0 and all ones for c > 0, which the checks above guarantee.
        let size = self.repr(el).size as i64;
        let p = if size == 0 || self.const_int(lo_v) == Some(0) {
            base
        } else {
            let off = self.b.ins().imul_imm_s(lo_v, size);
            let neg = self.b.ins().ineg(c);
            let mask = self.b.ins().sshr_imm_u(neg, 63);
            let off = self.b.ins().band(off, mask);
            self.b.ins().iadd(base, off)
        };
        if is_string {
            return smallvec![p, n];
        }
        smallvec![p, n, c]
    }

    fn selector(&mut self, e: &'static Expr, x: &'static Expr, sel: &'static crate::syntax::ast::Ident) -> Val {
        let Some(s) = self.be.p.info.selections.get(&e.id).cloned() else {
            // qualified identifier
            let o = self.be.p.info.objs.use_of(sel.id).expect("qualified identifier");
            return self.object_value(e, o);
        };
        self.note_method_lookup(e);
        match s.kind {
            SelKind::Field => {
                let p = self.place(e);
                self.read(&p)
            }
            SelKind::Method => smallvec![self.method_value(e, x, &s)],
            SelKind::MethodExpr => smallvec![self.method_expr(&s)],
        }
    }
}
