//! Calls: native signatures, function and method calls, intrinsics, func values
//! (closures, method values, method expressions) and the wrappers they need.

use super::func::{FnCtx, Place, Val};
use super::{Backend, FnKey};
use crate::syntax::ast::{Expr, ExprKind, NodeId};
use crate::types::object::{Builtin, Mode, ObjId, ObjKind, SelKind, Selection};
use crate::types::typ::{Type, TypeId};
use cranelift_codegen::ir::{self, condcodes::IntCC, types::*, AbiParam, InstBuilder, Signature, Value};
use cranelift_codegen::isa::CallConv;
use minigo_runtime::abi;
use smallvec::smallvec;

/// Where a native leaves its results.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum NativeRet {
    /// In return registers (at most two scalars).
    Regs,
    /// In `m.retbuf`.
    Buf,
}

impl Backend<'_> {
    /// A native's System V signature: `g`, then the flattened receiver and
    /// parameters; results in registers when there are at most two.
    pub fn native_sig(&mut self, o: ObjId) -> (Signature, NativeRet, Vec<ir::Type>) {
        let (t, recv) = (self.p.obj(o).typ, self.p.obj(o).recv);
        let sig = self.p.types.signature(t).expect("function type");
        let mut s = Signature::new(CallConv::SystemV);
        s.params.push(AbiParam::new(I64));
        let mut params: Vec<ir::Type> = recv.map(|r| self.repr(r).ssa()).unwrap_or_default();
        for p in &sig.params {
            params.extend(self.repr(p.typ).ssa());
        }
        // Rust's extern "C" functions take a narrow integer (a bool, a byte)
        // zero-extended to 32 bits, as C compilers pass one, and may read the
        // whole register
        s.params.extend(params.iter().map(|&t| if t.is_int() && t.bits() < 32 { AbiParam::new(t).uext() } else { AbiParam::new(t) }));
        // stack arguments would be left behind on the goroutine's stack when
        // the native's trampoline switches to the system stack
        let ints = 1 + params.iter().filter(|t| t.is_int()).count();
        assert!(ints <= 6 && params.len() + 1 - ints <= 8, "native {} takes more arguments than System V passes in registers", self.p.obj(o).name);
        let rets: Vec<ir::Type> = sig.results.iter().flat_map(|r| self.repr(r.typ).ssa()).collect();
        if rets.len() <= 2 {
            s.returns = rets.iter().map(|&t| AbiParam::new(t)).collect();
            (s, NativeRet::Regs, rets)
        } else {
            (s, NativeRet::Buf, rets)
        }
    }
}

/// How a call reaches its callee.
pub(super) enum Callee {
    Func(ObjId),
    Native(ObjId),
    /// A method on a receiver already evaluated.
    Method(ObjId, Val),
    /// An interface method: itab, data word, method index.
    Iface(Value, Value, usize),
    Value(Value),
}

impl FnCtx<'_, '_, '_> {
    /// Reports a construct the back end cannot compile yet.
    pub fn unsupported(&mut self, pos: u32, what: &str) {
        let at = self.be.p.fset.position_dotted(pos);
        let msg = format!("{at}: minigo does not support {what}");
        if !self.be.errors.contains(&msg) {
            self.be.errors.push(msg);
        }
    }

    pub(super) fn builtin_of(&self, f: &Expr) -> Option<Builtin> {
        builtin_named(self.be.p, f)
    }

    /// The object a function expression names directly (`f`, `pkg.F`).
    fn func_obj(&self, f: &Expr) -> Option<ObjId> {
        let id = match &f.kind {
            ExprKind::Ident(_) => f.id,
            ExprKind::Selector(_, sel, _) if !self.be.p.info.selections.contains_key(&f.id) => sel.id,
            // `F[int]`: the checker recorded the instance for `F`
            ExprKind::Index { x, .. } => return self.func_obj(x.unparen()),
            _ => return None,
        };
        let o = self.be.p.info.objs.use_of(id)?;
        self.be.is_func_obj(o).then_some(o)
    }

    pub fn call_any(&mut self, e: &'static Expr) {
        self.call(e);
    }

    /// A call expression: its results, flattened. The call is at its opening
    /// parenthesis, as gc places it: `func() { ... }()` calls on its last line.
    pub fn call(&mut self, e: &'static Expr) -> Val {
        let ExprKind::Call { lparen, .. } = &e.kind else { unreachable!() };
        let outer = self.b.srcloc();
        self.b.set_srcloc(ir::SourceLoc::new(*lparen));
        let v = self.call_at(e);
        self.b.set_srcloc(outer);
        v
    }

    fn call_at(&mut self, e: &'static Expr) -> Val {
        if let Some(v) = self.take_hoisted(e) {
            return v;
        }
        let ExprKind::Call { fun, args, dots, .. } = &e.kind else { unreachable!() };
        let f = fun.unparen();
        if let Some(tv) = self.be.p.info.types.get(f.id) {
            if tv.mode == Mode::Type {
                let to = tv.typ;
                return self.conversion(&args[0], to);
            }
        }
        if let Some(b) = self.builtin_of(f) {
            return self.builtin(e, b, args, *dots);
        }
        let (callee, sig_t) = self.callee(f, true);
        let argv = self.call_args(e.id, sig_t, args, *dots);
        self.invoke(callee, sig_t, &argv)
    }

    /// What a call of function expression `f` calls, and the function's type. A
    /// func value is checked for nil now if `check_nil` (a `defer`red call checks
    /// when it runs).
    pub(super) fn callee(&mut self, f: &'static Expr, check_nil: bool) -> (Callee, TypeId) {
        match &f.kind {
            // `x.M[int](...)`: the checker made the selector select the instance
            ExprKind::Index { x, .. } if self.be.p.info.selections.get(&x.unparen().id).is_some_and(|s| s.kind == SelKind::Method) => {
                self.callee(x.unparen(), check_nil)
            }
            ExprKind::Selector(x, _, _) if self.be.p.info.selections.get(&f.id).is_some_and(|s| s.kind == SelKind::Method) => {
                self.note_method_lookup(f);
                let s = self.be.p.info.selections.get(&f.id).cloned().unwrap();
                match s.obj {
                    Some(m) => {
                        let recv = self.method_recv(x, &s, m);
                        (Callee::Method(m, recv), self.be.p.obj(m).typ)
                    }
                    None => {
                        let iv = self.iface_operand(x, &s);
                        self.nil_check(iv[0]);
                        (Callee::Iface(iv[0], iv[1], *s.path.last().unwrap()), self.type_of(f))
                    }
                }
            }
            _ => match self.func_obj(f) {
                Some(o) if self.be.is_native(o) => (Callee::Native(o), self.be.p.obj(o).typ),
                Some(o) => (Callee::Func(o), self.be.p.obj(o).typ),
                None => {
                    let fv = self.expr(f)[0];
                    if check_nil {
                        self.nil_check(fv);
                    }
                    (Callee::Value(fv), self.type_of(f))
                }
            },
        }
    }

    pub(super) fn invoke(&mut self, callee: Callee, sig_t: TypeId, args: &[Value]) -> Val {
        match callee {
            Callee::Func(o) => {
                if let Some(v) = self.bits_intrinsic(o, args) {
                    return v;
                }
                let id = self.be.func_id(FnKey::Func(o));
                self.call_go(id, sig_t, None, args)
            }
            Callee::Native(o) => self.call_native(o, args),
            Callee::Method(m, recv) => {
                let mut all: Vec<Value> = recv.to_vec();
                all.extend_from_slice(args);
                if self.be.is_native(m) {
                    return self.call_native(m, &all);
                }
                let id = self.be.func_id(FnKey::Func(m));
                let rt = self.be.p.obj(m).recv;
                self.call_go(id, sig_t, rt, &all)
            }
            Callee::Iface(itab, data, index) => {
                let code = self.load(I64, itab, minigo_runtime::abi::ITAB_FUN + 8 * index as i32);
                let mut all = vec![data];
                all.extend_from_slice(args);
                // interface methods take no context; any value does
                self.call_indirect_go(code, sig_t, true, self.g, &all)
            }
            Callee::Value(fv) => {
                let code = self.load(I64, fv, abi::FUNCVAL_CODE);
                self.call_indirect_go(code, sig_t, false, fv, args)
            }
        }
    }

    /// Natives that are single instructions (as gc intrinsifies them).
    fn intrinsic(&mut self, o: ObjId, args: &[Value]) -> Option<Val> {
        let name = self.be.native_name(o);
        if let Some(op) = name.strip_prefix("sync/atomic.") {
            return Some(self.atomic(op, args));
        }
        let ins = self.b.ins();
        Some(smallvec![match name.as_str() {
            "math.Sqrt" => ins.sqrt(args[0]),
            "math.Floor" => ins.floor(args[0]),
            "math.Ceil" => ins.ceil(args[0]),
            "math.Trunc" => ins.trunc(args[0]),
            "math.RoundToEven" => ins.nearest(args[0]),
            "math.FMA" => ins.fma(args[0], args[1], args[2]),
            "math.Float64bits" => ins.bitcast(I64, ir::MemFlagsData::new(), args[0]),
            "math.Float64frombits" => ins.bitcast(F64, ir::MemFlagsData::new(), args[0]),
            "math.Float32bits" => ins.bitcast(I32, ir::MemFlagsData::new(), args[0]),
            "math.Float32frombits" => ins.bitcast(F32, ir::MemFlagsData::new(), args[0]),
            "runtime.framedepth" => self.frame_depth(),
            _ => return None,
        }])
    }

    /// `math/bits` functions that are one or two instructions, as gc
    /// intrinsifies them. They keep their Go bodies (what a func value of one
    /// calls); a direct call becomes the instructions. `None` for the others.
    fn bits_intrinsic(&mut self, o: ObjId, args: &[Value]) -> Option<Val> {
        let obj = self.be.p.obj(o);
        if obj.recv.is_some() || obj.pkg.is_none_or(|p| &*self.be.p.types.pkg_paths[p.0 as usize] != "math/bits") {
            return None;
        }
        let name = obj.name.clone();
        // the operand's width in bits, from the name's suffix (`Len32`); none is uint's
        let (op, width) = match name.find(|c: char| c.is_ascii_digit()) {
            Some(i) => (&name[..i], name[i..].parse::<i64>().ok()?),
            None => (name.as_ref(), 64),
        };
        let wide = |b: &mut cranelift_frontend::FunctionBuilder, v: Value| {
            if b.func.dfg.value_type(v) == I64 {
                v
            } else {
                b.ins().uextend(I64, v)
            }
        };
        let b = &mut self.b;
        Some(match op {
            // Len: 64 minus the leading zeros of the value widened to 64 bits
            "Len" | "LeadingZeros" => {
                let x = wide(b, args[0]);
                let lz = b.ins().clz(x);
                if op == "Len" {
                    let all = b.ins().iconst(I64, 64);
                    smallvec![b.ins().isub(all, lz)]
                } else {
                    // the zeros above the operand's width are not counted
                    smallvec![b.ins().iadd_imm_s(lz, width - 64)]
                }
            }
            // below 64 bits, a one just above the operand's width stops the count
            // there when the operand is 0
            "TrailingZeros" => {
                let mut x = wide(b, args[0]);
                if width < 64 {
                    x = b.ins().bor_imm_u(x, 1 << width);
                }
                smallvec![b.ins().ctz(x)]
            }
            "OnesCount" => {
                let x = wide(b, args[0]);
                smallvec![b.ins().popcnt(x)]
            }
            // rotl takes the amount modulo the width, as Go's does (a negative
            // amount rotates right)
            "RotateLeft" => smallvec![b.ins().rotl(args[0], args[1])],
            "ReverseBytes" if width > 8 => smallvec![b.ins().bswap(args[0])],
            "Mul" if width == 64 => smallvec![b.ins().umulhi(args[0], args[1]), b.ins().imul(args[0], args[1])],
            _ => return None,
        })
    }

    /// sync/atomic's functions: `op` is e.g. `AddInt64`, `LoadPointer`, `OrUint32`.
    fn atomic(&mut self, op: &str, args: &[Value]) -> Val {
        let ty = if op.ends_with("32") { I32 } else { I64 };
        let flags = ir::MemFlagsData::trusted();
        let p = args[0];
        self.nil_check(p);
        let ins = self.b.ins();
        if op.starts_with("Add") {
            let old = ins.atomic_rmw(ty, flags, ir::AtomicRmwOp::Add, p, args[1]);
            return smallvec![self.b.ins().iadd(old, args[1])];
        }
        if op.starts_with("Load") {
            return smallvec![ins.atomic_load(ty, flags, p)];
        }
        if op.starts_with("Store") {
            ins.atomic_store(flags, args[1], p);
            return smallvec![];
        }
        if op.starts_with("Swap") {
            return smallvec![ins.atomic_rmw(ty, flags, ir::AtomicRmwOp::Xchg, p, args[1])];
        }
        if op.starts_with("And") {
            return smallvec![ins.atomic_rmw(ty, flags, ir::AtomicRmwOp::And, p, args[1])];
        }
        if op.starts_with("Or") {
            return smallvec![ins.atomic_rmw(ty, flags, ir::AtomicRmwOp::Or, p, args[1])];
        }
        // CompareAndSwap
        let old = ins.atomic_cas(flags, p, args[1], args[2]);
        smallvec![self.b.ins().icmp(IntCC::Equal, old, args[1])]
    }

    /// Calls a native (System V, `g` first).
    pub fn call_native(&mut self, o: ObjId, args: &[Value]) -> Val {
        if let Some(v) = self.intrinsic(o, args) {
            return v;
        }
        let id = match self.be.native_fn(o) {
            Ok(id) => id,
            Err(msg) => {
                let pos = self.be.p.obj(o).pos;
                self.unsupported(pos, &msg);
                let t = self.be.p.obj(o).typ;
                let rs: Vec<TypeId> = self.be.p.types.signature(t).unwrap().results.iter().map(|r| r.typ).collect();
                return rs.iter().flat_map(|&r| self.zero(r)).collect();
            }
        };
        let (_, conv, rets) = self.be.native_sig(o);
        let f = self.fref(id);
        let mut all = vec![self.g];
        all.extend_from_slice(args);
        let inst = self.b.ins().call(f, &all);
        match conv {
            super::call::NativeRet::Regs => self.b.inst_results(inst).iter().copied().collect(),
            super::call::NativeRet::Buf => self.retbuf(&rets),
        }
    }

    /// Evaluates the arguments of call `site` for a function of type `sig_t`:
    /// converted to the parameter types, spread from a multi-valued call,
    /// variadic ones packed (in the frame's side stack when the callee's
    /// parameter does not leak, see `escape`).
    pub(super) fn call_args(&mut self, site: NodeId, sig_t: TypeId, args: &'static [Expr], dots: bool) -> Vec<Value> {
        let sig = self.be.p.types.signature(sig_t).expect("signature");
        let params: Vec<TypeId> = sig.params.iter().map(|p| p.typ).collect();
        let nfixed = if sig.variadic && !dots { params.len() - 1 } else { params.len() };
        // (value, its type) of each argument
        let spread = args.len() == 1 && {
            let t0 = self.type_of(&args[0]);
            matches!(self.be.p.types.get(t0), Type::Tuple(_))
        };
        let vals: Vec<(Val, TypeId)> = if spread {
            let tt = self.type_of(&args[0]);
            let flat = self.expr(&args[0]);
            let mut out = Vec::new();
            let mut i = 0;
            for t in self.be.p.types.tuple_types(tt) {
                let n = self.repr(t).nssa();
                out.push((flat[i..i + n].iter().copied().collect(), t));
                i += n;
            }
            out
        } else {
            let list: Vec<&'static Expr> = args.iter().collect();
            self.ordered(&list, |fx| {
                args.iter()
                    .enumerate()
                    .map(|(i, a)| {
                        let pt = if i < nfixed { params[i] } else { fx.variadic_elem(params[params.len() - 1]) };
                        (fx.expr_to(a, pt), pt)
                    })
                    .collect()
            })
        };
        let mut out = Vec::new();
        let mut vals = vals.into_iter();
        for &pt in &params[..nfixed] {
            let (v, t) = vals.next().expect("argument count checked");
            let v = self.convert(v, t, pt);
            out.extend(v);
        }
        if nfixed < params.len() {
            let st = params[params.len() - 1];
            let el = self.variadic_elem(st);
            let rest: Vec<Val> = vals.map(|(v, t)| self.convert(v, t, el)).collect();
            let s = self.slice_of(site, el, &rest);
            out.extend(s);
        }
        out
    }

    pub(super) fn variadic_elem(&self, st: TypeId) -> TypeId {
        match self.be.p.types.get(self.be.p.types.underlying(st)) {
            Type::Slice(e) => *e,
            _ => unreachable!("variadic parameter"),
        }
    }

    /// A new slice holding `elems` (nil when there are none), packed for call
    /// `site`.
    fn slice_of(&mut self, site: NodeId, el: TypeId, elems: &[Val]) -> Val {
        if elems.is_empty() {
            let z = self.iconst(I64, 0);
            return smallvec![z, z, z];
        }
        let size = self.repr(el).size;
        let bytes = size * elems.len() as u64;
        let (p, fresh) = match self.side_alloc(site, bytes) {
            Some(p) => (p, false),
            None => (self.alloc_of(el, elems.len() as u64), true),
        };
        for (i, v) in elems.iter().enumerate() {
            let a = self.b.ins().iadd_imm_s(p, (size * i as u64) as i64);
            if fresh {
                self.store_val(a, el, v);
            } else {
                self.store_new(a, el, v);
            }
        }
        let n = self.iconst(I64, elems.len() as i64);
        smallvec![p, n, n]
    }

    // ---------------------------------------------------------------- receivers

    /// The receiver for calling method `m` selected by `s` on `x`: walks embedded
    /// fields, then takes the address or loads the value as the method wants.
    fn method_recv(&mut self, x: &'static Expr, s: &Selection, m: ObjId) -> Val {
        let ptr_recv = self.be.p.has_ptr_recv(m);
        let path = &s.path[..s.path.len() - 1];
        let xt = self.type_of(x);
        let start = if let Some(pt) = self.be.p.types.deref(xt) {
            let p = self.expr(x)[0];
            if path.is_empty() && ptr_recv {
                // a nil pointer receiver is legal: the method may not dereference it
                return smallvec![p];
            }
            self.nil_check(p);
            Place::Mem { addr: p, typ: pt }
        } else if self.is_addressable(x) {
            self.place(x)
        } else {
            let v = self.expr(x);
            self.temp_place(v, xt)
        };
        self.recv_from(start, path, ptr_recv)
    }

    /// Walks embedded fields `path` from the value in `cur` and yields the method
    /// receiver: a pointer for pointer methods, else the value.
    pub fn recv_from(&mut self, mut cur: Place, path: &[usize], ptr_recv: bool) -> Val {
        for (k, &i) in path.iter().enumerate() {
            cur = self.field_place(cur, i);
            let ft = self.place_type(&cur);
            if let Some(pt) = self.be.p.types.deref(ft) {
                let p = self.read(&cur)[0];
                if k == path.len() - 1 && ptr_recv {
                    return smallvec![p];
                }
                self.nil_check(p);
                cur = Place::Mem { addr: p, typ: pt };
            }
        }
        if ptr_recv {
            smallvec![self.place_addr(&cur)]
        } else {
            let t = self.place_type(&cur);
            let v = self.read(&cur);
            self.copy_val(t, v)
        }
    }

    /// The interface value an interface method selected by `s` on `x` is called on.
    fn iface_operand(&mut self, x: &'static Expr, s: &Selection) -> Val {
        if s.path.len() == 1 {
            return self.expr(x);
        }
        let xt = self.type_of(x);
        let start = if let Some(pt) = self.be.p.types.deref(xt) {
            let p = self.expr(x)[0];
            self.nil_check(p);
            Place::Mem { addr: p, typ: pt }
        } else {
            let v = self.expr(x);
            self.temp_place(v, xt)
        };
        self.iface_field(start, &s.path[..s.path.len() - 1])
    }

    /// The interface stored at the end of embedded-field path `path` from `cur`.
    fn iface_field(&mut self, mut cur: Place, path: &[usize]) -> Val {
        for (k, &i) in path.iter().enumerate() {
            cur = self.field_place(cur, i);
            if k < path.len() - 1 {
                let ft = self.place_type(&cur);
                if let Some(pt) = self.be.p.types.deref(ft) {
                    let p = self.read(&cur)[0];
                    self.nil_check(p);
                    cur = Place::Mem { addr: p, typ: pt };
                }
            }
        }
        self.read(&cur)
    }

    // ---------------------------------------------------------------- func values

    /// A function literal's func value: its code and the cells of the variables it
    /// captures.
    pub fn closure(&mut self, e: &'static Expr) -> Value {
        let caps = self.be.facts.captures.get(&e.id).cloned().unwrap_or_default();
        if caps.is_empty() {
            let d = self.be.static_funcval(FnKey::Lit(e.id));
            return self.data_addr(d);
        }
        let fv = self.alloc(abi::FUNCVAL_CAPTURED as u64 + 8 * caps.len() as u64);
        let id = self.be.func_id(FnKey::Lit(e.id));
        let f = self.fref(id);
        let code = self.b.ins().func_addr(I64, f);
        self.store(code, fv, abi::FUNCVAL_CODE);
        for (i, o) in caps.iter().enumerate() {
            let cell = match self.locals.get(o) {
                Some(super::func::Local::Cell(v)) => self.b.use_var(*v),
                _ => unreachable!("captured variable {} is not in a cell", self.be.p.obj(*o).name),
            };
            self.store(cell, fv, abi::FUNCVAL_CAPTURED + 8 * i as i32);
        }
        fv
    }

    /// A func value holding receiver `recv` (of type `recv_t`) for `target`.
    fn bound(&mut self, recv: Val, recv_t: TypeId, target: FnKey) -> Value {
        let size = self.repr(recv_t).size;
        let fv = self.alloc(abi::FUNCVAL_CAPTURED as u64 + size);
        let id = self.be.func_id(FnKey::Bound { recv: recv_t, target: Box::new(target) });
        let f = self.fref(id);
        let code = self.b.ins().func_addr(I64, f);
        self.store(code, fv, abi::FUNCVAL_CODE);
        let a = self.b.ins().iadd_imm_s(fv, abi::FUNCVAL_CAPTURED as i64);
        self.store_val(a, recv_t, &recv);
        fv
    }

    /// `x.M` as a value: the receiver is evaluated (and copied or addressed) now.
    pub fn method_value(&mut self, e: &'static Expr, x: &'static Expr, s: &Selection) -> Value {
        match s.obj {
            Some(m) => {
                let recv = self.method_recv(x, s, m);
                let rt = self.be.p.obj(m).recv.unwrap();
                let target = if self.be.is_native(m) { FnKey::NativeWrapper(m) } else { FnKey::Func(m) };
                self.bound(recv, rt, target)
            }
            None => {
                let iv = self.iface_operand(x, s);
                self.nil_check(iv[0]);
                let xt = self.type_of(x);
                let it = self.be.embedded_type(xt, &s.path[..s.path.len() - 1]);
                let _ = e;
                self.bound(iv, it, FnKey::IfaceMethod { recv: it, path: vec![], index: *s.path.last().unwrap() })
            }
        }
    }

    /// Notes a compiled use of one of reflect's method lookups (selector `e`,
    /// see `Info::method_lookups`): reflect then finds every exported method.
    pub(super) fn note_method_lookup(&mut self, e: &Expr) {
        if self.be.p.info.method_lookups.contains(&e.id) {
            self.be.rtypes.method_lookups = true;
        }
    }

    /// `T.M` or `(*T).M` or `I.M`: a function taking the receiver first.
    pub fn method_expr(&mut self, s: &Selection) -> Value {
        let key = self.be.method_expr_key(s.recv, s.obj, &s.path);
        let d = self.be.static_funcval(key);
        self.data_addr(d)
    }

    // ---------------------------------------------------------------- wrappers

    /// The bodies of compiler-generated functions (method wrappers, bound method
    /// values, natives as func values).
    pub fn wrapper(&mut self, key: &FnKey, args: &[Value]) -> Result<String, String> {
        match key {
            FnKey::Method { recv, method, path } => {
                let (recv, m) = (*recv, *method);
                let ptr_recv = self.be.p.has_ptr_recv(m);
                let (rv, rest) = self.wrapper_recv(recv, args);
                if let (true, false, Some(base)) = (path.is_empty(), ptr_recv, self.be.p.types.deref(recv)) {
                    // (*T).M for T's value method M: a nil *T has no T to copy
                    let z = self.iconst(I64, 0);
                    let isnil = self.b.ins().icmp(IntCC::Equal, rv[0], z);
                    self.fail_if_with(isnil, "panicwrap", |fx| {
                        let name = fx.be.type_string(base);
                        let (pkg, typ) = name.split_once('.').unwrap_or(("", &name));
                        let meth = fx.be.p.obj(m).name.to_string();
                        let mut strs = Vec::new();
                        for s in [pkg, typ, &meth] {
                            let d = fx.be.string_data(s.as_bytes());
                            strs.push(fx.data_addr(d));
                            strs.push(fx.iconst(I64, s.len() as i64));
                        }
                        strs
                    });
                }
                let r = match self.recv_place(rv, recv, path.is_empty() && ptr_recv) {
                    Ok(p) => self.recv_from(p, path, ptr_recv),
                    Err(v) => v,
                };
                let sig_t = self.be.p.obj(m).typ;
                let vals = self.invoke(Callee::Method(m, r), sig_t, rest);
                self.return_from(sig_t, &vals);
                Ok(format!("wrapper {}.{}", self.be.type_string(recv), self.be.p.obj(m).name))
            }
            FnKey::IfaceMethod { recv, path, index } => {
                let recv = *recv;
                let (rv, rest) = self.wrapper_recv(recv, args);
                let iv = if path.is_empty() {
                    rv
                } else {
                    match self.recv_place(rv, recv, false) {
                        Ok(p) => self.iface_field(p, path),
                        Err(v) => v,
                    }
                };
                self.nil_check(iv[0]);
                let it = self.be.embedded_type(recv, path);
                let sig_t = self.be.p.types.interface(it).unwrap().methods[*index].sig;
                let vals = self.invoke(Callee::Iface(iv[0], iv[1], *index), sig_t, rest);
                self.return_from(sig_t, &vals);
                Ok(format!("interface method wrapper {}", self.be.type_string(recv)))
            }
            FnKey::Bound { recv, target } => {
                let a = self.b.ins().iadd_imm_s(self.ctxv, abi::FUNCVAL_CAPTURED as i64);
                let rv = self.load_val(a, *recv);
                let (sig_t, callee) = match &**target {
                    FnKey::Func(m) | FnKey::NativeWrapper(m) => (self.be.p.obj(*m).typ, Callee::Method(*m, rv)),
                    FnKey::IfaceMethod { index, .. } => (self.be.p.types.interface(*recv).unwrap().methods[*index].sig, Callee::Iface(rv[0], rv[1], *index)),
                    k => unreachable!("bound {k:?}"),
                };
                let vals = self.invoke(callee, sig_t, args);
                self.return_from(sig_t, &vals);
                Ok("method value".into())
            }
            FnKey::NativeWrapper(o) => {
                let sig_t = self.be.p.obj(*o).typ;
                let vals = self.call_native(*o, args);
                self.return_from(sig_t, &vals);
                Ok(format!("native {}", self.be.native_name(*o)))
            }
            FnKey::ReflectCall(sig_t) => self.reflect_call(*sig_t, args),
            FnKey::ReflectStub(sig_t) => self.reflect_stub(*sig_t, args),
            FnKey::Thunk(id) => self.thunk_body(*id, None),
            FnKey::ThunkArgs(id) => self.thunk_body(*id, Some(args)),
            _ => unreachable!(),
        }
    }

    /// The body of `FnKey::ReflectCall(sig_t)`: loads each argument of the func
    /// value `fn` from where `args[i]` points, calls it, and stores each result
    /// where `results[i]` points (reflect allocated them, of their types).
    fn reflect_call(&mut self, sig_t: TypeId, args: &[Value]) -> Result<String, String> {
        let [fv, argp, resp] = args else { unreachable!("reflect call takes three words") };
        let (fv, argp, resp) = (*fv, *argp, *resp);
        let (params, results) = self.param_result_types(sig_t);
        let vals = self.load_through(argp, &params);
        let code = self.load(I64, fv, abi::FUNCVAL_CODE);
        let rets = self.call_indirect_go(code, sig_t, false, fv, &vals);
        self.store_through(resp, &results, &rets);
        let t = self.be.reflect_call_type();
        self.return_from(t, &[]);
        Ok(format!("reflect call of {}", self.be.type_string(sig_t)))
    }

    /// The body of `FnKey::ReflectStub(sig_t)`, the code of a func value
    /// reflect's MakeFunc made (its context): stores the arguments where
    /// reflect's `makeFuncArgs(ctx)` says (an array of pointers to values of
    /// the parameter types), calls `callReflect(ctx, args)`, and returns the
    /// values its result's pointers point to.
    fn reflect_stub(&mut self, sig_t: TypeId, args: &[Value]) -> Result<String, String> {
        let [Some(frame), Some(call)] = ["makeFuncArgs", "callReflect"].map(|n| self.be.reflect_func(n)) else {
            unreachable!("a program with MakeFunc has reflect")
        };
        let (params, results) = self.param_result_types(sig_t);
        let ctx = self.ctxv;
        let argp = self.call_go_func(frame, &[ctx])[0];
        self.store_through(argp, &params, args);
        let resp = self.call_go_func(call, &[ctx, argp])[0];
        let vals = self.load_through(resp, &results);
        self.return_from(sig_t, &vals);
        Ok(format!("reflect.MakeFunc code of {}", self.be.type_string(sig_t)))
    }

    /// The parameter and result types of func type `sig_t`.
    fn param_result_types(&self, sig_t: TypeId) -> (Vec<TypeId>, Vec<TypeId>) {
        let sig = self.be.p.types.signature(sig_t).unwrap();
        (sig.params.iter().map(|p| p.typ).collect(), sig.results.iter().map(|r| r.typ).collect())
    }

    /// Splits a wrapper's arguments into the receiver (as a value of `recv`) and
    /// the rest.
    fn wrapper_recv<'v>(&mut self, recv: TypeId, args: &'v [Value]) -> (Val, &'v [Value]) {
        let n = self.repr(recv).nssa();
        (args[..n].iter().copied().collect(), &args[n..])
    }

    /// The place a receiver value of type `recv` starts embedded-field walks from,
    /// or the receiver itself when it is already what the method wants.
    fn recv_place(&mut self, v: Val, recv: TypeId, wants_ptr: bool) -> Result<Place, Val> {
        match self.be.p.types.deref(recv) {
            Some(_) if wants_ptr => Err(v),
            Some(pt) => {
                self.nil_check(v[0]);
                Ok(Place::Mem { addr: v[0], typ: pt })
            }
            None => Ok(self.temp_place(v, recv)),
        }
    }

    /// Returns a callee's results (of signature `sig_t`) from a wrapper.
    fn return_from(&mut self, sig_t: TypeId, vals: &[Value]) {
        let sig = self.be.p.types.signature(sig_t).unwrap();
        self.results = sig.results.iter().map(|r| r.typ).collect();
        self.ret_conv = self.be.go_sig(sig_t, None, false).1;
        self.ret(vals);
    }
}

/// The builtin function `f` names: `len`, or `unsafe.Sizeof` (recorded on the
/// selected name).
pub(super) fn builtin_named(p: &crate::types::Program, f: &Expr) -> Option<Builtin> {
    let id = match &f.kind {
        ExprKind::Selector(_, sel, _) if !p.info.selections.contains_key(&f.id) => sel.id,
        _ => f.id,
    };
    match p.obj(p.info.objs.use_of(id)?).kind {
        ObjKind::Builtin(b) => Some(b),
        _ => None,
    }
}
