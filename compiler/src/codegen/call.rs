//! Calls: runtime and native signatures, function and method calls, func values
//! (closures, method values, method expressions), conversions and builtins.

use super::func::{FnCtx, Place, Val};
use super::slicestore::{SliceStore, STACK_BUF_BYTES};
use super::{Backend, FnKey};
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::object::{Builtin, Mode, ObjId, ObjKind, SelKind, Selection};
use crate::types::typ::{self as ty, Basic, Type, TypeId};
use cranelift_codegen::ir::{self, condcodes::FloatCC, condcodes::IntCC, types::*, AbiParam, InstBuilder, Signature, Value};
use cranelift_codegen::isa::CallConv;
use minigo_runtime::abi;
use minigo_runtime::entries::Entry;
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
        s.params.extend(params.iter().map(|&t| AbiParam::new(t)));
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
        let o = self.be.p.info.objs.use_of(f.id)?;
        match self.be.p.obj(o).kind {
            ObjKind::Builtin(b) => Some(b),
            _ => None,
        }
    }

    /// The object a function expression names directly (`f`, `pkg.F`).
    fn func_obj(&self, f: &Expr) -> Option<ObjId> {
        let id = match &f.kind {
            ExprKind::Ident(_) => f.id,
            ExprKind::Selector(_, sel) if !self.be.p.info.selections.contains_key(&f.id) => sel.id,
            _ => return None,
        };
        let o = self.be.p.info.objs.use_of(id)?;
        self.be.is_func_obj(o).then_some(o)
    }

    pub fn call_any(&mut self, e: &'static Expr) {
        self.call(e);
    }

    /// A call expression: its results, flattened.
    pub fn call(&mut self, e: &'static Expr) -> Val {
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
        let argv = self.call_args(sig_t, args, *dots);
        self.invoke(callee, sig_t, &argv)
    }

    /// What a call of function expression `f` calls, and the function's type. A
    /// func value is checked for nil now if `check_nil` (a `defer`red call checks
    /// when it runs).
    pub(super) fn callee(&mut self, f: &'static Expr, check_nil: bool) -> (Callee, TypeId) {
        match &f.kind {
            ExprKind::Selector(x, _) if self.be.p.info.selections.get(&f.id).is_some_and(|s| s.kind == SelKind::Method) => {
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
            "math.Float64bits" => ins.bitcast(I64, ir::MemFlagsData::new(), args[0]),
            "math.Float64frombits" => ins.bitcast(F64, ir::MemFlagsData::new(), args[0]),
            "math.Float32bits" => ins.bitcast(I32, ir::MemFlagsData::new(), args[0]),
            "math.Float32frombits" => ins.bitcast(F32, ir::MemFlagsData::new(), args[0]),
            "runtime.framedepth" => self.frame_depth(),
            _ => return None,
        }])
    }

    /// sync/atomic's functions: `op` is e.g. `AddInt64`.
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

    /// Evaluates call arguments for a function of type `sig_t`: converted to the
    /// parameter types, spread from a multi-valued call, variadic ones packed.
    pub(super) fn call_args(&mut self, sig_t: TypeId, args: &'static [Expr], dots: bool) -> Vec<Value> {
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
            args.iter()
                .enumerate()
                .map(|(i, a)| {
                    let pt = if i < nfixed { params[i] } else { self.variadic_elem(params[params.len() - 1]) };
                    (self.expr_to(a, pt), pt)
                })
                .collect()
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
            let s = self.slice_of(el, &rest);
            out.extend(s);
        }
        out
    }

    fn variadic_elem(&self, st: TypeId) -> TypeId {
        match self.be.p.types.get(self.be.p.types.underlying(st)) {
            Type::Slice(e) => *e,
            _ => unreachable!("variadic parameter"),
        }
    }

    /// A new slice holding `elems` (nil when there are none).
    fn slice_of(&mut self, el: TypeId, elems: &[Val]) -> Val {
        if elems.is_empty() {
            let z = self.iconst(I64, 0);
            return smallvec![z, z, z];
        }
        let size = self.repr(el).size;
        let p = self.alloc(size * elems.len() as u64);
        for (i, v) in elems.iter().enumerate() {
            let a = self.b.ins().iadd_imm_s(p, (size * i as u64) as i64);
            self.store_val(a, el, v);
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
        let caps = self.be.captures.get(&e.id).cloned().unwrap_or_default();
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
                self.bound(iv, it, FnKey::IfaceMethod { recv: it, path: vec![], index: *s.path.last().unwrap(), data: false })
            }
        }
    }

    /// `T.M` or `(*T).M` or `I.M`: a function taking the receiver first.
    pub fn method_expr(&mut self, s: &Selection) -> Value {
        let path = s.path[..s.path.len() - 1].to_vec();
        let key = match s.obj {
            Some(m) => {
                let rt = self.be.p.obj(m).recv.unwrap();
                if path.is_empty() && self.be.p.types.identical(rt, s.recv) {
                    if self.be.is_native(m) {
                        FnKey::NativeWrapper(m)
                    } else {
                        FnKey::Func(m)
                    }
                } else {
                    FnKey::Method { recv: s.recv, method: m, path, data: false }
                }
            }
            None => FnKey::IfaceMethod { recv: s.recv, path, index: *s.path.last().unwrap(), data: false },
        };
        let d = self.be.static_funcval(key);
        self.data_addr(d)
    }

    // ---------------------------------------------------------------- wrappers

    /// The bodies of compiler-generated functions (method wrappers, bound method
    /// values, natives as func values).
    pub fn wrapper(&mut self, key: &FnKey, args: &[Value]) -> Result<String, String> {
        match key {
            FnKey::Method { recv, method, path, data } => {
                let (recv, m) = (*recv, *method);
                let ptr_recv = self.be.p.has_ptr_recv(m);
                let (rv, rest) = self.wrapper_recv(recv, *data, args);
                let r = match self.recv_place(rv, recv, path.is_empty() && ptr_recv) {
                    Ok(p) => self.recv_from(p, path, ptr_recv),
                    Err(v) => v,
                };
                let sig_t = self.be.p.obj(m).typ;
                let vals = self.invoke(Callee::Method(m, r), sig_t, rest);
                self.return_from(sig_t, &vals);
                Ok(format!("wrapper {}.{}", self.be.type_string(recv), self.be.p.obj(m).name))
            }
            FnKey::IfaceMethod { recv, path, index, data } => {
                let recv = *recv;
                let (rv, rest) = self.wrapper_recv(recv, *data, args);
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
            FnKey::Thunk(id) => self.thunk_body(*id),
            _ => unreachable!(),
        }
    }

    /// Splits a wrapper's arguments into the receiver (as a value of `recv`) and
    /// the rest.
    fn wrapper_recv<'v>(&mut self, recv: TypeId, data: bool, args: &'v [Value]) -> (Val, &'v [Value]) {
        if data {
            let v = self.iface_value(args[0], recv);
            (v, &args[1..])
        } else {
            let n = self.repr(recv).nssa();
            (args[..n].iter().copied().collect(), &args[n..])
        }
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

    // ---------------------------------------------------------------- conversions

    /// `T(x)`.
    fn conversion(&mut self, x: &'static Expr, to: TypeId) -> Val {
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
                        let p = self.alloc(32 * 4);
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
                // below 2^63 a signed conversion; above, convert x-2^63 and set the top bit
                let two63 = self.b.ins().f64const(9223372036854775808.0);
                let small = self.b.ins().fcmp(FloatCC::LessThan, x, two63);
                let lo = self.cvtt(x, I64);
                let shifted = self.b.ins().fsub(x, two63);
                let hi = self.cvtt(shifted, I64);
                let top = self.iconst(I64, i64::MIN);
                let hi = self.b.ins().bxor(hi, top);
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

    // ---------------------------------------------------------------- builtins

    fn builtin(&mut self, e: &'static Expr, b: Builtin, args: &'static [Expr], dots: bool) -> Val {
        match b {
            Builtin::Len | Builtin::Cap => smallvec![self.len_cap(b, &args[0])],
            Builtin::Append => self.append(e, args, dots, None),
            Builtin::Copy => {
                let d = self.expr(&args[0]);
                let s = self.expr(&args[1]);
                let n = self.b.ins().smin(d[1], s[1]);
                let dt = self.type_of(&args[0]);
                let el = self.variadic_elem(dt);
                let size = self.repr(el).size as i64;
                let bytes = self.b.ins().imul_imm_s(n, size);
                self.rt(Entry::rt_memmove, &[d[0], s[0], bytes]);
                smallvec![n]
            }
            Builtin::Delete => {
                let mt = self.type_of(&args[0]);
                let m = self.expr(&args[0])[0];
                let kt = self.map_types(mt).0;
                let k = self.expr_to(&args[1], kt);
                let kp = self.key_ptr(mt, k);
                let d = self.desc(mt);
                self.rt(Entry::rt_mapdelete, &[d, m, kp]);
                smallvec![]
            }
            Builtin::Clear => {
                let t = self.type_of(&args[0]);
                let v = self.expr(&args[0]);
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
                    _ => unreachable!(),
                }
                smallvec![]
            }
            Builtin::New => {
                let t = self.type_of(e);
                let el = self.be.p.types.deref(t).unwrap();
                let size = self.repr(el).size;
                smallvec![self.alloc(size)]
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
            Builtin::Close => {
                self.close(&args[0]);
                smallvec![]
            }
            Builtin::Recover => self.recover(),
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.unsupported(e.pos, "complex numbers");
                let t = self.type_of(e);
                self.zero(t)
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
                // a channel
                let c = self.expr(x)[0];
                let z = self.iconst(I64, 0);
                let isnil = self.b.ins().icmp(IntCC::Equal, c, z);
                let safe = self.b.ins().select(isnil, self.g, c);
                let n = self.load(I64, safe, if b == Builtin::Len { abi::HCHAN_QCOUNT } else { abi::HCHAN_DATAQSIZ });
                self.b.ins().select(isnil, z, n)
            }
        }
    }

    /// `append`; `store` says where gc would keep the backing store of the slice
    /// variable being extended (`v = append(v, ...)`), which decides the capacity
    /// the first growths give.
    pub fn append(&mut self, e: &'static Expr, args: &'static [Expr], dots: bool, store: Option<SliceStore>) -> Val {
        let st = self.type_of(e);
        let el = self.variadic_elem(st);
        let s = self.expr_to(&args[0], st);
        let size = self.repr(el).size as i64;
        // the new elements: a slice or string (dots), or values
        let (src, vals): (Option<Val>, Vec<Val>) =
            if dots { (Some(self.expr(&args[1])), vec![]) } else { (None, args[1..].iter().map(|a| self.expr_to(a, el)).collect()) };
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
                self.rt(Entry::rt_memmove, &[dst, v[0], bytes]);
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

    fn make(&mut self, e: &'static Expr, args: &'static [Expr]) -> Val {
        let t = self.type_of(e);
        match self.be.p.types.get(self.be.p.types.underlying(t)).clone() {
            Type::Slice(el) => {
                let len = self.index_value(&args[1]);
                let cap = if args.len() > 2 { self.index_value(&args[2]) } else { len };
                let size = self.repr(el).size.max(1) as i64;
                let max = self.iconst(I64, (1i64 << 47) / size);
                let bad_len = self.b.ins().icmp(IntCC::UnsignedGreaterThan, len, max);
                self.fail_if(bad_len, "panicmakeslicelen", &[]);
                let over = self.b.ins().icmp(IntCC::UnsignedGreaterThan, cap, max);
                let short = self.b.ins().icmp(IntCC::SignedLessThan, cap, len);
                let bad_cap = self.b.ins().bor(over, short);
                self.fail_if(bad_cap, "panicmakeslicecap", &[]);
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
        let vals: Vec<(Val, TypeId, u32)> = args
            .iter()
            .map(|a| {
                let t = self.type_of(a);
                (self.expr(a), t, a.pos)
            })
            .collect();
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
                    let f = if self.b.func.dfg.value_type(v[0]) == F32 { self.b.ins().fpromote(F64, v[0]) } else { v[0] };
                    self.rt(Entry::rt_printfloat, &[f]);
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

    fn min_max(&mut self, e: &'static Expr, min: bool, args: &'static [Expr]) -> Val {
        let t = self.type_of(e);
        let mut acc = self.expr_to(&args[0], t);
        for a in &args[1..] {
            let v = self.expr_to(a, t);
            let u = self.be.p.types.underlying(t);
            acc = match self.be.p.types.basic(u) {
                Some(b) if b.is_float() => smallvec![if min { self.b.ins().fmin(acc[0], v[0]) } else { self.b.ins().fmax(acc[0], v[0]) }],
                Some(b) if b.is_string() => {
                    let c = self.rt(Entry::rt_cmpstring, &[v[0], v[1], acc[0], acc[1]])[0];
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

    // ---------------------------------------------------------------- composite literals

    pub fn composite(&mut self, e: &'static Expr) -> Val {
        let t = self.type_of(e);
        if let Some(base) = self.be.p.types.deref(t) {
            // an elided &T{...} inside another literal
            let v = self.composite_value(e, base);
            let size = self.repr(base).size;
            let p = self.alloc(size);
            self.store_val(p, base, &v);
            return smallvec![p];
        }
        self.composite_value(e, t)
    }

    fn composite_value(&mut self, e: &'static Expr, t: TypeId) -> Val {
        let ExprKind::Composite { elems, .. } = &e.kind else { unreachable!() };
        let u = self.be.p.types.underlying(t);
        match self.be.p.types.get(u).clone() {
            Type::Struct(fs) => {
                let inits: Vec<(usize, &'static Expr)> = elems
                    .iter()
                    .enumerate()
                    .map(|(i, el)| match &el.key {
                        Some(k) => {
                            let name = k.as_ident().expect("field name");
                            (fs.iter().position(|f| f.name == *name).expect("checked field"), &el.value)
                        }
                        None => (i, &el.value),
                    })
                    .collect();
                let r = self.repr(t);
                let vals: Vec<(usize, Val)> = inits.iter().map(|&(i, v)| (i, self.expr_to(v, fs[i].typ))).collect();
                self.build_aggregate(t, &r, vals.into_iter().map(|(i, v)| (r.fields[i].0, r.fields[i].1, fs[i].typ, v)).collect())
            }
            Type::Array(el, _) => {
                let vals = self.indexed_elems(elems, el);
                let r = self.repr(t);
                let er = self.repr(el);
                let k = er.nssa();
                self.build_aggregate(t, &r, vals.into_iter().map(|(i, v)| (i * er.size, i as usize * k, el, v)).collect())
            }
            Type::Slice(el) => {
                let vals = self.indexed_elems(elems, el);
                let n = vals.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
                let size = self.repr(el).size;
                let p = self.alloc(size * n);
                for (i, v) in vals {
                    let a = self.b.ins().iadd_imm_s(p, (i * size) as i64);
                    self.store_val(a, el, &v);
                }
                let nv = self.iconst(I64, n as i64);
                smallvec![p, nv, nv]
            }
            Type::Map(k, v) => {
                let d = self.desc(t);
                let hint = self.iconst(I64, elems.len() as i64);
                let m = self.rt(Entry::rt_makemap, &[d, hint])[0];
                for el in elems.iter() {
                    let kv = self.expr_to(el.key.as_ref().expect("map literal key"), k);
                    let vv = self.expr_to(&el.value, v);
                    let kp = self.key_ptr(t, kv);
                    let d = self.desc(t);
                    let slot = self.rt(Entry::rt_mapassign, &[d, m, kp])[0];
                    self.store_val(slot, v, &vv);
                }
                smallvec![m]
            }
            _ => unreachable!("composite literal of {}", self.be.type_string(t)),
        }
    }

    /// Array and slice literal elements with their indices.
    fn indexed_elems(&mut self, elems: &'static [crate::syntax::ast::Element], el: TypeId) -> Vec<(u64, Val)> {
        let mut idx = 0u64;
        let mut out = Vec::new();
        for e in elems {
            if let Some(k) = &e.key {
                idx = self.be.p.info.consts.get(k.id).and_then(|c| c.to_i64()).expect("constant index") as u64;
            }
            let v = self.expr_to(&e.value, el);
            out.push((idx, v));
            idx += 1;
        }
        out
    }

    /// A struct or array value from (offset, first scalar, type, value) parts; the
    /// rest is zero.
    fn build_aggregate(&mut self, t: TypeId, r: &super::layout::Repr, parts: Vec<(u64, usize, TypeId, Val)>) -> Val {
        if r.indirect {
            let p = self.alloc(r.size);
            for (off, _, ft, v) in parts {
                let a = self.b.ins().iadd_imm_s(p, off as i64);
                self.store_val(a, ft, &v);
            }
            return smallvec![p];
        }
        let mut vals = self.zero(t);
        for (_, start, _, v) in parts {
            for (j, x) in v.into_iter().enumerate() {
                vals[start + j] = x;
            }
        }
        vals
    }

    // ---------------------------------------------------------------- program entry

    /// Package initialization in dependency order (variables, then `init`
    /// functions), then `main.main` — or, for a REPL input (`input`), the
    /// initialization of packages it is the first to import and of the variables it
    /// declares, then its statements.
    pub fn entry(&mut self, input: Option<Option<ObjId>>) -> Result<(), String> {
        let mut order = Vec::new();
        let rt = self.be.rt_pkg;
        let main = crate::types::object::PkgId(self.be.p.pkgs.iter().position(|p| &*p.path == "main").unwrap() as u32);
        for root in [rt, main] {
            self.init_order(root, &mut order);
        }
        // main's inits are those of the input (REPL) or all there are (a program)
        order.retain(|&p| p == main || self.be.inited.insert(p));
        for pkg in order {
            let inits: Vec<_> = self.be.p.pkg(pkg).inits.clone();
            let pkg_path = self.be.p.pkg(pkg).path.to_string();
            for init in inits {
                match init.value {
                    Some(i) => {
                        let e = &init.spec.values[i];
                        super::escape::analyze_expr(self.be, &pkg_path, e);
                        let o = init.lhs[0];
                        let t = self.be.p.obj(o).typ;
                        let v = self.expr_to(e, t);
                        let p = self.var_place(o);
                        self.write(&p, &v);
                    }
                    None => {
                        for e in init.spec.values.iter() {
                            super::escape::analyze_expr(self.be, &pkg_path, e);
                        }
                        let types: Vec<TypeId> = init.lhs.iter().map(|&o| self.be.p.obj(o).typ).collect();
                        let vals = self.rhs_values(&types, &init.spec.values);
                        for (&o, v) in init.lhs.iter().zip(vals) {
                            let p = self.var_place(o);
                            self.write(&p, &v);
                        }
                    }
                }
            }
            for f in self.be.p.pkg(pkg).init_funcs.clone() {
                let t = self.be.p.obj(f).typ;
                self.invoke(Callee::Func(f), t, &[]);
            }
        }
        let run = match input {
            None => Some(*self.be.p.pkg(main).scope.get("main").expect("main.main")),
            Some(run) => run,
        };
        if let Some(f) = run {
            let t = self.be.p.obj(f).typ;
            self.invoke(Callee::Func(f), t, &[]);
        }
        self.ret(&[]);
        Ok(())
    }

    fn init_order(&self, pkg: crate::types::object::PkgId, order: &mut Vec<crate::types::object::PkgId>) {
        if order.contains(&pkg) {
            return;
        }
        for &dep in &self.be.p.pkg(pkg).imports {
            self.init_order(dep, order);
        }
        if !order.contains(&pkg) {
            order.push(pkg);
        }
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
