//! The per-function lowering context: values, locals, memory, places, control
//! flow, calls, and the checks whose failure calls into the runtime package.

use super::layout::Repr;
use super::{Backend, FnKey, RetConv};
use crate::syntax::ast::{self, Expr, ExprKind, NodeId};
use crate::syntax::token::Name;
use crate::types::object::{DeclRef, ObjId, ObjKind, VarKind};
use crate::types::typ::{self as ty, Type, TypeId};
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::{self, condcodes::IntCC, types::*, Block, InstBuilder, MemFlagsData, Value};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataId, FuncId, Module};
use minigo_runtime::abi;
use minigo_runtime::entries::Entry;
use rustc_hash::{FxHashMap, FxHashSet};
use smallvec::SmallVec;
use std::rc::Rc;

/// A Go value in SSA: its flattened scalars (one pointer for indirect types).
/// A value the compiler knows (see `FnCtx::known_value`).
pub enum Known {
    /// A constant's bits (little-endian in its IR type's size).
    Bits(u64),
    /// The address of static data.
    Data(DataId),
}

pub type Val = SmallVec<[Value; 4]>;

/// Where a local variable lives.
#[derive(Clone)]
pub enum Local {
    /// One SSA variable per scalar.
    Ssa(Rc<[Variable]>),
    /// A heap cell; the variable holds its address.
    Cell(Variable),
}

/// An assignable location.
pub enum Place {
    /// Scalars `start..start+n` of an SSA local.
    Ssa {
        vars: Rc<[Variable]>,
        start: usize,
        typ: TypeId,
    },
    Mem {
        addr: Value,
        typ: TypeId,
    },
    /// `m[k]`, stored with `mapassign`.
    MapElem {
        map_t: TypeId,
        map: Value,
        key: Val,
    },
    Blank,
}

/// What a Go-convention call calls.
#[derive(Clone, Copy)]
pub enum CallTarget {
    Direct(ir::FuncRef),
    Indirect(ir::SigRef, Value),
}

/// `break`/`continue` targets of an enclosing statement.
pub struct Target {
    pub label: Option<Name>,
    pub brk: Block,
    pub cont: Option<Block>,
}

pub struct FnCtx<'a, 'p, 'f> {
    pub be: &'a mut Backend<'p>,
    pub b: FunctionBuilder<'f>,
    pub g: Value,
    pub ctxv: Value,
    pub locals: FxHashMap<ObjId, Local>,
    /// Result types, and the result variables when results are named.
    pub results: Vec<TypeId>,
    pub result_vars: Vec<ObjId>,
    pub ret_conv: RetConv,
    pub targets: Vec<Target>,
    pub labels: FxHashMap<Name, Block>,
    frefs: FxHashMap<FuncId, ir::FuncRef>,
    /// Whether the current block already ended (code after it is unreachable).
    pub dead: bool,
    /// (slice, index) variable pairs known to be in bounds (see `bce`).
    pub safe_index: Vec<(ObjId, ObjId)>,
    /// Set while lowering the right side of an assignment to a slice variable gc
    /// would keep on the stack (see `escape::SliceStore`).
    pub stack_conversion: bool,
    /// For a function with `defer` statements: its exit path (see `defer`).
    pub defers: Option<super::defer::Defers>,
    /// Its frame block, once its open-coded defers are lowered.
    pub(super) open_defers: Option<super::defer::OpenDeferTable>,
    /// The entry block, filled last (see `morestack_check`), and `g.stack_hi` and
    /// the frame pointer as read there, when the function needs its depth.
    pub(super) entry: Block,
    pub(super) frame: Option<(Value, Value)>,
    /// Bytes of this function's locals that live in heap cells: the frame
    /// reserves as much goroutine stack (see `reserve_cell_bytes`).
    cell_bytes: u32,
    /// The frame's side-stack variables and state (see `sidestack`).
    pub(super) side: Option<super::sidestack::SideFrame>,
    /// Addresses of memory allocated for one value alone that nothing refers
    /// to yet (the zero value or a literal of an indirect type): a declaration
    /// or `&T{...}` adopts such memory instead of allocating a copy of it.
    pub(super) fresh: FxHashSet<Value>,
    /// Side-stack memory to build composite literals of indirect types in
    /// (by the literal's expression), instead of fresh heap memory: the place
    /// of the variable or allocation the literal initializes. Taken by the
    /// literal; the memory it was built in goes to `built_in_place`, for the
    /// initialization to see that nothing is left to copy.
    /// (With whether the memory is zeroed already.)
    pub(super) into: FxHashMap<crate::syntax::ast::NodeId, (Value, bool)>,
    pub(super) built_in_place: FxHashSet<Value>,
    /// Results of calls evaluated ahead of the operand list they are in, until
    /// the walk of that list reads them (see `order`).
    pub(super) hoisted: FxHashMap<crate::syntax::ast::NodeId, Val>,
    /// Set while the operands of an ordered list are evaluated: every call in
    /// them was hoisted, so operands within need no ordering of their own.
    pub(super) in_ordered_list: bool,
}

/// Flags of ordinary loads and stores: aligned, and never trapping (nil pointers
/// are checked explicitly before use).
const MEM: MemFlagsData = MemFlagsData::trusted();

pub fn lower(be: &mut Backend, key: &FnKey, func: &mut ir::Function, fbc: &mut FunctionBuilderContext) -> Result<String, String> {
    let b = FunctionBuilder::new(func, fbc);
    let mut fx = FnCtx {
        be,
        b,
        g: Value::from_u32(0),
        ctxv: Value::from_u32(0),
        locals: FxHashMap::default(),
        results: Vec::new(),
        result_vars: Vec::new(),
        ret_conv: RetConv::Regs,
        targets: Vec::new(),
        labels: FxHashMap::default(),
        frefs: FxHashMap::default(),
        dead: false,
        stack_conversion: false,
        safe_index: Vec::new(),
        defers: None,
        open_defers: None,
        entry: Block::from_u32(0),
        frame: None,
        cell_bytes: 0,
        side: None,
        fresh: FxHashSet::default(),
        into: FxHashMap::default(),
        built_in_place: FxHashSet::default(),
        hoisted: FxHashMap::default(),
        in_ordered_list: false,
    };
    let entry = fx.b.create_block();
    fx.entry = entry;
    fx.b.append_block_params_for_function_params(entry);
    fx.b.switch_to_block(entry);
    // first in the layout, though filled last (see morestack_check)
    fx.b.ensure_inserted_block();
    let params: Vec<Value> = fx.b.block_params(entry).to_vec();
    fx.g = params[0];
    fx.ctxv = params[1];
    // no prologue stack check unless the frame turns out large (see `parallel`)
    let start = fx.b.create_block();
    fx.b.switch_to_block(start);
    let title = fx.body(key, &params[2..])?;
    if !fx.dead && fx.results.is_empty() {
        if let Some(d) = &fx.defers {
            // the end of the body returns at its closing brace
            fx.b.set_srcloc(ir::SourceLoc::new(d.rbrace));
        }
        fx.ret(&[]);
    }
    if fx.defers.is_some() {
        fx.finish_defers();
    }
    // the end of a function with results is unreachable (the checker requires a
    // terminating statement), as is the block after a final terminator
    fx.b.ins().trap(ir::TrapCode::unwrap_user(1));
    fx.reserve_cell_bytes();
    let first = fx.finish_side(start);
    fx.morestack_check(first);
    fx.b.seal_all_blocks();
    let cfg = fx.be.isa.frontend_config();
    fx.b.finalize(cfg);
    if let Some(t) = fx.open_defers.take() {
        let id = fx.be.func_id(key.clone());
        fx.be.fns.open_defers.insert(id, t);
    }
    Ok(title)
}

impl<'a, 'p, 'f> FnCtx<'a, 'p, 'f> {
    fn body(&mut self, key: &FnKey, args: &[Value]) -> Result<String, String> {
        match key {
            FnKey::Func(o) => {
                let Some(DeclRef::Func(fd)) = self.be.p.obj(*o).decl() else { unreachable!() };
                if self.be.is_native(*o) {
                    unreachable!("natives are called through NativeWrapper");
                }
                let name = self.be.go_name(Some(key)).0;
                let side = super::escape::analyze_func(self.be, name, &fd.sig, fd.recv, fd.body.as_ref().unwrap());
                let body = fd.body.as_ref().unwrap();
                let defer = super::defer::defer_kind(body, &self.be.p.info.range_bodies);
                self.init_side(side, defer.is_some());
                let sig_t = self.be.p.obj(*o).typ;
                let recv_t = self.be.p.obj(*o).recv;
                let mut rest = args;
                if let (Some(recv), Some(rt)) = (fd.recv, recv_t) {
                    let n = self.be.repr(rt).nssa();
                    self.bind_fields(recv, &[rt], &rest[..n]);
                    rest = &rest[n..];
                }
                self.bind_signature(sig_t, &fd.sig, rest);
                if let Some(open) = defer {
                    self.init_defers(open, body.rbrace);
                }
                self.block(body)?;
                Ok(format!("{}.{}", self.be.p.pkg(self.be.p.obj(*o).pkg.unwrap()).path, self.be.p.obj(*o).name))
            }
            FnKey::Lit(id) => {
                let e = self.be.facts.lits[id];
                let ExprKind::FuncLit(lit) = &e.kind else { unreachable!() };
                let sig_t = self.be.p.info.types.get(*id).unwrap().typ;
                let defer = super::defer::defer_kind(&lit.body, &self.be.p.info.range_bodies);
                self.init_side(self.be.facts.side_lits.contains(id), defer.is_some());
                // captured variables are cells whose addresses the func value holds
                let caps = self.be.facts.captures.get(id).cloned().unwrap_or_default();
                for (i, &o) in caps.iter().enumerate() {
                    let cell = self.load(I64, self.ctxv, abi::FUNCVAL_CAPTURED + 8 * i as i32);
                    let v = self.b.declare_var(I64);
                    self.b.def_var(v, cell);
                    self.locals.insert(o, Local::Cell(v));
                }
                self.bind_signature(sig_t, &lit.sig, args);
                if let Some(open) = defer {
                    self.init_defers(open, lit.body.rbrace);
                }
                self.block(&lit.body)?;
                Ok(format!("func literal at {}", self.be.p.fset.position(e.pos)))
            }
            FnKey::Entry => {
                self.entry(None)?;
                Ok("program entry".into())
            }
            FnKey::Input { serial, run } => {
                self.entry(Some(*run))?;
                Ok(format!("input {serial}"))
            }
            _ => self.wrapper(key, args),
        }
    }

    /// Binds a function's parameters and prepares its results.
    fn bind_signature(&mut self, sig_t: TypeId, ft: &'static ast::FuncType, args: &[Value]) {
        let sig = self.be.p.types.signature(sig_t).unwrap();
        let ptypes: Vec<TypeId> = sig.params.iter().map(|p| p.typ).collect();
        self.bind_fields(ft.params, &ptypes, args);
        self.results = sig.results.iter().map(|p| p.typ).collect();
        self.ret_conv = self.be.go_sig(sig_t, None, false).1;
        let words: usize = self.results.clone().into_iter().map(|t| self.be.repr(t).ssa().len()).sum();
        if words > abi::RETBUF_WORDS {
            self.unsupported(ft.pos, &format!("functions with more than {} words of results", abi::RETBUF_WORDS));
        }
        for n in ft.results.iter().flat_map(|f| f.names.iter()) {
            let o = self.be.p.info.objs.def(n.id).unwrap();
            self.declare_zero(o);
            self.result_vars.push(o);
        }
    }

    /// Binds parameters `fields` (flattened types `types`) to incoming `args`.
    fn bind_fields(&mut self, fields: &'static [ast::Field], types: &[TypeId], args: &[Value]) {
        let mut i = 0;
        let mut a = 0;
        for f in fields {
            let names: Vec<Option<&ast::Ident>> = if f.names.is_empty() { vec![None] } else { f.names.iter().map(Some).collect() };
            for n in names {
                let t = types[i];
                let k = self.be.repr(t).nssa();
                if let Some(n) = n {
                    if let Some(o) = self.be.p.info.objs.def(n.id) {
                        let v: Val = args[a..a + k].iter().copied().collect();
                        self.declare_local(o, v);
                    }
                }
                a += k;
                i += 1;
            }
        }
    }

    // ---------------------------------------------------------------- constants

    /// What `v` is when it is computed from nothing: a constant, or the
    /// address of static data.
    pub fn known_value(&self, v: Value) -> Option<Known> {
        let ir::ValueDef::Result(inst, 0) = self.b.func.dfg.value_def(v) else { return None };
        match self.b.func.dfg.insts[inst] {
            ir::InstructionData::UnaryImm { opcode: ir::Opcode::Iconst, imm } => Some(Known::Bits(imm.bits() as u64)),
            ir::InstructionData::UnaryIeee64 { opcode: ir::Opcode::F64const, imm } => Some(Known::Bits(imm.bits())),
            ir::InstructionData::UnaryIeee32 { opcode: ir::Opcode::F32const, imm } => Some(Known::Bits(imm.bits() as u64)),
            ir::InstructionData::UnaryGlobalValue { opcode: ir::Opcode::SymbolValue, global_value } => match self.b.func.global_values[global_value] {
                ir::GlobalValueData::Symbol { name: ir::ExternalName::User(r), offset, .. } if offset.bits() == 0 => {
                    // (cranelift-module names data objects in namespace 1)
                    let n = &self.b.func.params.user_named_funcs()[r];
                    (n.namespace == 1).then(|| Known::Data(DataId::from_u32(n.index)))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The narrower type `v` was zero-extended from, if it was.
    pub fn zero_extended_from(&self, v: Value) -> Option<ir::Type> {
        let ir::ValueDef::Result(inst, 0) = self.b.func.dfg.value_def(v) else { return None };
        match self.b.func.dfg.insts[inst] {
            ir::InstructionData::Unary { opcode: ir::Opcode::Uextend, arg } => Some(self.b.func.dfg.value_type(arg)),
            _ => None,
        }
    }

    pub fn iconst(&mut self, t: ir::Type, v: i64) -> Value {
        self.b.ins().iconst(t, v)
    }

    pub fn zero_scalar(&mut self, t: ir::Type) -> Value {
        match t {
            F32 => self.b.ins().f32const(0.0),
            F64 => self.b.ins().f64const(0.0),
            _ => self.b.ins().iconst(t, 0),
        }
    }

    /// The zero value of type `t`.
    pub fn zero(&mut self, t: TypeId) -> Val {
        let r = self.be.repr(t);
        if r.indirect {
            let p = self.alloc_of(t, 1);
            self.fresh.insert(p);
            return smallvec::smallvec![p];
        }
        r.parts.iter().map(|&(ty, _)| self.zero_scalar(ty)).collect()
    }

    /// The address of the type descriptor of `t`.
    pub fn desc(&mut self, t: TypeId) -> Value {
        let d = self.be.type_desc(t);
        self.data_addr(d)
    }

    pub fn data_addr(&mut self, d: DataId) -> Value {
        let gv = self.be.module.declare_data_in_func(d, self.b.func);
        self.b.ins().symbol_value(I64, gv)
    }

    // ---------------------------------------------------------------- memory

    pub fn load(&mut self, t: ir::Type, addr: Value, off: i32) -> Value {
        self.b.ins().load(t, MEM, addr, off)
    }

    pub fn store(&mut self, v: Value, addr: Value, off: i32) {
        self.b.ins().store(MEM, v, addr, off);
    }

    /// This frame's depth: `g.stack_hi` minus its frame pointer, which does not
    /// change when the stack moves. Both are read once, in the entry block, and
    /// only their difference is used: Cranelift takes the frame pointer for a
    /// constant and may reuse a value read earlier, so a frame pointer read after
    /// a call could be one from before the stack moved.
    pub fn frame_depth(&mut self) -> Value {
        let (hi, fp) = match self.frame {
            Some(f) => f,
            None => {
                let mut c = FuncCursor::new(self.b.func).at_bottom(self.entry);
                let hi = c.ins().load(I64, MEM, self.g, abi::G_STACK_HI);
                let fp = c.ins().get_frame_pointer(I64);
                *self.frame.insert((hi, fp))
            }
        };
        self.b.ins().isub(hi, fp)
    }

    /// Zeroed heap memory that may hold pointers in any word (closures, defer
    /// records).
    pub fn alloc(&mut self, size: u64) -> Value {
        if size == 0 || size > minigo_runtime::malloc::INLINE_MAX as u64 {
            return self.alloc_call(size, 0);
        }
        self.alloc_inline(size, Some(0))
    }

    /// Zeroed heap memory for `n` values of type `t`, with the heap bits of the
    /// words that hold no pointer (`runtime/src/mbitmap.rs`). An object of more
    /// than 64 words is given its type instead, and the runtime writes its bits
    /// (or, for a large one, keeps its type in its span).
    pub fn alloc_of(&mut self, t: TypeId, n: u64) -> Value {
        let r = self.be.repr(t);
        let size = r.size * n;
        if !r.scan {
            return self.alloc_noscan(size);
        }
        match super::layout::repeat_mask(r.ptrmask, r.size, n) {
            Some(mask) => {
                let words = size.div_ceil(8);
                self.alloc_inline(size, Some(!mask & u64::MAX >> (64 - words)))
            }
            None => {
                let d = self.desc(t);
                let n = self.iconst(I64, size as i64);
                self.rt(Entry::rt_mallocgc, &[n, d])[0]
            }
        }
    }

    /// Zeroed heap memory for one value of type `t`, at an address of its own
    /// even when `t` is zero-sized (`&struct{}{}`).
    pub fn alloc_value(&mut self, t: TypeId) -> Value {
        let r = self.be.repr(t);
        if r.scan {
            self.alloc_of(t, 1)
        } else {
            self.alloc_noscan(r.size.max(1))
        }
    }

    /// Zeroed heap memory that will hold no pointers: the collector never reads it.
    pub fn alloc_noscan(&mut self, size: u64) -> Value {
        if size == 0 || size > minigo_runtime::malloc::INLINE_MAX as u64 {
            return self.alloc_call(size, 1);
        }
        self.alloc_inline(size, None)
    }

    /// `rt_mallocgc` with its `typ` argument: 0 every word may be a pointer, 1
    /// none is, else a type descriptor.
    fn alloc_call(&mut self, size: u64, typ: i64) -> Value {
        let n = self.iconst(I64, size as i64);
        let t = self.iconst(I64, typ);
        self.rt(Entry::rt_mallocgc, &[n, t])[0]
    }

    /// A small object from the run the M's cache has for its size class,
    /// bumped inline; the runtime only finds new runs (see
    /// runtime/src/mcache.rs). `scalars`: None, the object holds no pointers
    /// (noscan); else a mask of its words that hold none (within its first 64).
    fn alloc_inline(&mut self, size: u64, scalars: Option<u64>) -> Value {
        // a program that reads the heap profile allocates where it samples
        // (runtime/src/mprof.rs)
        if self.be.p.info.heap_profile {
            return self.alloc_small_call(size, scalars);
        }
        let spc = minigo_runtime::sizeclasses::span_class(size as usize, scalars.is_none());
        let elemsize = minigo_runtime::sizeclasses::CLASS_SIZE[spc >> 1];
        let run = abi::M_MCACHE_ALLOC + spc as i32 * abi::MCACHE_RUN_SIZE;
        let m = self.load(I64, self.g, abi::G_M as i32);
        let cur = self.load(I64, m, run + abi::RUN_CUR);
        let end = self.load(I64, m, run + abi::RUN_END);
        let next = self.b.ins().iadd_imm_s(cur, elemsize as i64);
        let (fast, slow, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(done, I64);
        // an empty run has cur == end, so nothing fits
        let fits = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, next, end);
        self.b.set_cold_block(slow);
        self.b.ins().brif(fits, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        self.store(next, m, run + abi::RUN_CUR);
        if let Some(sc) = scalars.filter(|&sc| sc != 0) {
            self.set_scalar_bits(m, spc, cur, sc, elemsize as u64);
        }
        self.b.ins().jump(done, &[cur.into()]);
        self.b.switch_to_block(slow);
        let p = self.alloc_small_call(size, scalars);
        self.b.ins().jump(done, &[p.into()]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// `alloc_inline`'s object from the runtime.
    fn alloc_small_call(&mut self, size: u64, scalars: Option<u64>) -> Value {
        match scalars {
            Some(0) => self.alloc_call(size, 0),
            Some(sc) => {
                let n = self.iconst(I64, size as i64);
                let sc = self.iconst(I64, sc as i64);
                self.rt(Entry::rt_mallocgc_scalars, &[n, sc])[0]
            }
            None => self.alloc_call(size, 1),
        }
    }

    /// Records the words of the new object at `p` (of span class `spc`) that
    /// hold no pointer: ORs `scalars` into its heap bits (its slot's bits are
    /// clear: the runtime cleared the run's) — the 64-bit word of bits at
    /// `m.mcache.heap_bits + ((p >> 6) & !7)`, from bit `(p >> 3) & 63`, and the
    /// next word when the object's bits cross into it (possible only for size
    /// classes whose objects are not a power-of-two number of words) — and
    /// flags the span the run is in (`Span::scalars`).
    fn set_scalar_bits(&mut self, m: Value, spc: usize, p: Value, scalars: u64, elemsize: u64) {
        let bias = self.load(I64, m, abi::M_MCACHE_HEAP_BITS);
        let at = self.b.ins().ushr_imm_u(p, 6);
        let at = self.b.ins().band_imm_s(at, !7);
        let at = self.b.ins().iadd(at, bias);
        // shift amounts are taken mod 64
        let bit = self.b.ins().ushr_imm_u(p, 3);
        let sc = self.iconst(I64, scalars as i64);
        let low = self.b.ins().ishl(sc, bit);
        let word = self.load(I64, at, 0);
        let word = self.b.ins().bor(word, low);
        self.store(word, at, 0);
        let span = self.load(I64, m, abi::M_MCACHE_SPAN + 8 * spc as i32);
        let one = self.iconst(I8, 1);
        self.store(one, span, abi::SPAN_SCALARS);
        if (64 * 8) % elemsize == 0 || scalars == 1 {
            return;
        }
        // the bits past the word: scalars >> (64 - bit), 0 when bit is 0
        let b = self.b.ins().band_imm_u(bit, 63);
        let back = self.iconst(I64, 63);
        let back = self.b.ins().isub(back, b);
        let high = self.b.ins().ushr_imm_u(sc, 1);
        let high = self.b.ins().ushr(high, back);
        let (cross, join) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(high, cross, &[], join, &[]);
        self.b.switch_to_block(cross);
        let word = self.load(I64, at, 8);
        let word = self.b.ins().bor(word, high);
        self.store(word, at, 8);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }

    /// Loads a value of type `t` from memory (copying indirect values).
    pub fn load_val(&mut self, addr: Value, t: TypeId) -> Val {
        let r = self.be.repr(t);
        if r.indirect {
            let p = self.alloc_of(t, 1);
            self.copy_mem(p, addr, r.size);
            return smallvec::smallvec![p];
        }
        r.parts.iter().map(|&(ty, off)| self.load(ty, addr, off as i32)).collect()
    }

    pub fn store_val(&mut self, addr: Value, t: TypeId, v: &[Value]) {
        let r = self.be.repr(t);
        if r.indirect {
            self.copy_mem(addr, v[0], r.size);
            return;
        }
        for (&(_, off), &x) in r.parts.iter().zip(v) {
            self.store(x, addr, off as i32);
        }
    }

    /// Copies `n` bytes (a run-time count, the ranges may overlap) from `src`
    /// to `dst`. Up to 16 bytes are copied inline, with two possibly
    /// overlapping loads of the widest size that fits, both done before the
    /// stores: `append` of a short string or a few elements then costs no
    /// runtime call (and its switch to the system stack); longer copies call
    /// the runtime.
    pub fn memmove(&mut self, dst: Value, src: Value, n: Value) {
        const UNALIGNED: MemFlagsData = MemFlagsData::new().with_notrap();
        let done = self.b.create_block();
        let (small, big) = (self.b.create_block(), self.b.create_block());
        let fits = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, n, 16);
        self.b.ins().brif(fits, small, &[], big, &[]);
        self.b.seal_block(small);
        self.b.seal_block(big);
        self.b.switch_to_block(big);
        self.rt(Entry::rt_memmove, &[dst, src, n]);
        self.b.ins().jump(done, &[]);
        // 8..=16, 4..=7, 2..=3 bytes: the first and the last `width` bytes
        self.b.switch_to_block(small);
        for (width, ty) in [(8, I64), (4, I32), (2, I16)] {
            let (this, next) = (self.b.create_block(), self.b.create_block());
            let at_least = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, n, width);
            self.b.ins().brif(at_least, this, &[], next, &[]);
            self.b.seal_block(this);
            self.b.seal_block(next);
            self.b.switch_to_block(this);
            let tail = self.b.ins().iadd_imm_s(n, -width);
            let (src_tail, dst_tail) = (self.b.ins().iadd(src, tail), self.b.ins().iadd(dst, tail));
            let first = self.b.ins().load(ty, UNALIGNED, src, 0);
            let last = self.b.ins().load(ty, UNALIGNED, src_tail, 0);
            self.b.ins().store(UNALIGNED, first, dst, 0);
            self.b.ins().store(UNALIGNED, last, dst_tail, 0);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(next);
        }
        // 1 byte, or none
        let one = self.b.create_block();
        self.b.ins().brif(n, one, &[], done, &[]);
        self.b.seal_block(one);
        self.b.switch_to_block(one);
        let byte = self.b.ins().load(I8, UNALIGNED, src, 0);
        self.b.ins().store(UNALIGNED, byte, dst, 0);
        self.b.ins().jump(done, &[]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    pub fn copy_mem(&mut self, dst: Value, src: Value, size: u64) {
        if size == 0 {
            return;
        }
        if size <= 64 && size.is_multiple_of(8) {
            for off in (0..size as i32).step_by(8) {
                let w = self.load(I64, src, off);
                self.store(w, dst, off);
            }
            return;
        }
        let n = self.iconst(I64, size as i64);
        self.rt(Entry::rt_memmove, &[dst, src, n]);
    }

    /// A fresh private copy of an indirect value (value semantics).
    pub fn copy_val(&mut self, t: TypeId, v: Val) -> Val {
        let r = self.be.repr(t);
        if r.indirect {
            return self.load_val(v[0], t);
        }
        v
    }

    // ---------------------------------------------------------------- locals

    /// Reserves, in the frame, as many bytes of goroutine stack as the
    /// function's locals take in heap cells: an explicit stack slot that is
    /// never addressed (so stack copying stays exact), only there to make the
    /// frame as large as gc's, which would keep those locals on the stack.
    /// Deep recursion then reaches the 1 GB stack limit and is reported as
    /// Go reports it, where it would otherwise exhaust memory.
    fn reserve_cell_bytes(&mut self) {
        if self.cell_bytes > 0 {
            let size = self.cell_bytes.next_multiple_of(8);
            self.b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, size, 3));
        }
    }

    /// Declares local `o` with initial value `init`: in SSA variables, or in
    /// memory (a side-stack slot or a heap cell, see `escape`).
    pub fn declare_local(&mut self, o: ObjId, init: Val) {
        let t = self.be.p.obj(o).typ;
        let r = self.be.repr(t);
        if self.be.facts.boxed.contains(&o) || r.indirect {
            // an indirect value allocated for this declaration, or built in its
            // side-stack place, becomes its place
            let adopted = match init[..] {
                [p] if r.indirect && self.built_in_place.remove(&p) => Some(p),
                _ if r.indirect => self.adopt(&init),
                _ => None,
            };
            let cell = match adopted {
                Some(p) => p,
                None => {
                    let cell = match self.side_slot(o) {
                        Some(p) => p,
                        None => self.heap_cell(o),
                    };
                    self.store_val(cell, t, &init);
                    cell
                }
            };
            self.bind_cell(o, cell);
            return;
        }
        let vars: Rc<[Variable]> = r.parts.iter().map(|&(ty, _)| self.b.declare_var(ty)).collect();
        for (&var, &x) in vars.iter().zip(&init) {
            self.b.def_var(var, x);
        }
        self.locals.insert(o, Local::Ssa(vars));
    }

    /// Before the initializers `rhs` of new locals `objs` are lowered: each
    /// composite literal of an indirect type initializing a side-stack
    /// variable is to be built in the variable's place.
    pub fn build_in_place(&mut self, objs: &[ObjId], rhs: &'static [Expr]) {
        if objs.len() != rhs.len() {
            return;
        }
        for (&o, e) in objs.iter().zip(rhs) {
            let e = e.unparen();
            let t = self.type_of(e);
            if !matches!(e.kind, ExprKind::Composite { .. }) || t != self.be.p.obj(o).typ || !self.repr(t).indirect {
                continue;
            }
            if let Some(p) = self.side_slot(o) {
                self.into.insert(e.id, (p, false));
            }
        }
    }

    /// Initializes the memory at `dst` with literal `x` of type `t` (built in
    /// it when its type is indirect).
    pub fn init_in_place(&mut self, x: &'static Expr, t: TypeId, dst: Value) {
        let r = self.repr(t);
        let x = x.unparen();
        if r.indirect {
            self.into.insert(x.id, (dst, false));
        }
        let v = self.expr(x);
        if self.built_in_place.remove(&v[0]) {
            return;
        }
        self.into.remove(&x.id);
        self.store_new(dst, t, &v);
    }

    /// Stores `v` of type `t` into memory at `dst` that may hold garbage: the
    /// padding between its parts, which `store_val` skips, is zeroed (memory
    /// of a value is all zero where it is not the value's, as a fresh
    /// allocation is).
    pub fn store_new(&mut self, dst: Value, t: TypeId, v: &[Value]) {
        let r = self.be.repr(t);
        let covered: u64 = r.parts.iter().map(|&(ty, _)| u64::from(ty.bytes())).sum();
        if !r.indirect && covered != r.size {
            self.zero_mem(dst, r.size);
        }
        self.store_val(dst, t, v);
    }

    /// Declares local `o` with its zero value.
    pub fn declare_zero(&mut self, o: ObjId) {
        match self.side_slot(o) {
            Some(p) => {
                let size = self.be.repr(self.be.p.obj(o).typ).size;
                self.zero_mem(p, size);
                self.bind_cell(o, p);
            }
            None => {
                let z = self.zero(self.be.p.obj(o).typ);
                self.declare_local(o, z);
            }
        }
    }

    /// A zeroed heap cell for local `o`.
    fn heap_cell(&mut self, o: ObjId) -> Value {
        let t = self.be.p.obj(o).typ;
        let r = self.be.repr(t);
        // counted once even if the declaration is lowered again
        if !matches!(self.locals.get(&o), Some(Local::Cell(_))) {
            self.cell_bytes = self.cell_bytes.saturating_add(r.size as u32);
        }
        self.alloc_of(t, 1)
    }

    fn bind_cell(&mut self, o: ObjId, cell: Value) {
        let v = self.b.declare_var(I64);
        self.b.def_var(v, cell);
        self.locals.insert(o, Local::Cell(v));
    }

    /// Zeroes `size` bytes at `dst`.
    pub fn zero_mem(&mut self, dst: Value, size: u64) {
        if size <= 64 && size.is_multiple_of(8) {
            let z = self.iconst(I64, 0);
            for off in (0..size as i32).step_by(8) {
                self.store(z, dst, off);
            }
            return;
        }
        let n = self.iconst(I64, size as i64);
        self.rt(Entry::rt_memclr, &[dst, n]);
    }

    /// The memory `v` points to, if it is fresh (see `fresh`): the caller takes
    /// it over.
    pub fn adopt(&mut self, v: &[Value]) -> Option<Value> {
        match v {
            [p] if self.fresh.remove(p) => Some(*p),
            _ => None,
        }
    }

    /// Moves heap-cell variable `o` to a new cell holding its current value (Go
    /// 1.22 loop variables: each iteration has its own).
    pub fn fresh_cell(&mut self, o: ObjId) {
        if self.on_side_stack(o) {
            return;
        }
        let Some(Local::Cell(var)) = self.locals.get(&o).cloned() else { unreachable!("not a cell") };
        let t = self.be.p.obj(o).typ;
        let size = self.be.repr(t).size;
        let old = self.b.use_var(var);
        let cell = self.alloc_of(t, 1);
        self.copy_mem(cell, old, size);
        self.b.def_var(var, cell);
    }

    /// The place of variable `o` (local, captured or package-level).
    pub fn var_place(&mut self, o: ObjId) -> Place {
        let t = self.be.p.obj(o).typ;
        match self.locals.get(&o).cloned() {
            Some(Local::Ssa(vars)) => Place::Ssa { vars, start: 0, typ: t },
            Some(Local::Cell(v)) => Place::Mem { addr: self.b.use_var(v), typ: t },
            None => {
                assert!(matches!(self.be.p.obj(o).kind, ObjKind::Var(VarKind::Global)), "unbound variable {}", self.be.p.obj(o).name);
                let d = self.be.global(o);
                Place::Mem { addr: self.data_addr(d), typ: t }
            }
        }
    }

    pub fn place_type(&self, p: &Place) -> TypeId {
        match p {
            Place::Ssa { typ, .. } | Place::Mem { typ, .. } => *typ,
            Place::MapElem { map_t, .. } => match self.be.p.types.get(self.be.p.types.underlying(*map_t)) {
                Type::Map(_, v) => *v,
                _ => unreachable!(),
            },
            Place::Blank => ty::INVALID,
        }
    }

    pub fn read(&mut self, p: &Place) -> Val {
        match p {
            Place::Ssa { vars, start, typ } => {
                let n = self.be.repr(*typ).nssa();
                (0..n).map(|i| self.b.use_var(vars[start + i])).collect()
            }
            Place::Mem { addr, typ } => self.load_val(*addr, *typ),
            Place::MapElem { map_t, map, key } => {
                let vt = self.place_type(p);
                let kp = self.key_ptr(*map_t, key.clone());
                let d = self.desc(*map_t);
                let vp = self.rt(Entry::rt_mapaccess1, &[d, *map, kp])[0];
                self.check_unhashable(*map_t);
                self.load_val(vp, vt)
            }
            Place::Blank => SmallVec::new(),
        }
    }

    pub fn write(&mut self, p: &Place, v: &[Value]) {
        match p {
            Place::Ssa { vars, start, .. } => {
                for (i, &x) in v.iter().enumerate() {
                    self.b.def_var(vars[start + i], x);
                }
            }
            Place::Mem { addr, typ } => self.store_val(*addr, *typ, v),
            Place::MapElem { .. } => {
                let slot = self.map_elem_slot(p);
                self.write(&slot, v);
            }
            Place::Blank => {}
        }
    }

    /// After a map operation on a map of type `map_t` whose keys can hold an
    /// unhashable value (an interface, or a struct or array with one): the
    /// panic the runtime noted in `g.unhashable`, if any.
    pub fn check_unhashable(&mut self, map_t: TypeId) {
        let Type::Map(k, _) = *self.be.p.types.get(self.be.p.types.underlying(map_t)) else { unreachable!("check_unhashable of a non-map") };
        if !self.may_be_unhashable(k) {
            return;
        }
        let u = self.load(I64, self.g, abi::G_UNHASHABLE);
        self.fail_if(u, "panicunhashable", &[]);
    }

    /// Whether a value of type `t` can hold a value whose dynamic type cannot
    /// be hashed.
    fn may_be_unhashable(&self, t: TypeId) -> bool {
        match self.be.p.types.get(self.be.p.types.underlying(t)) {
            Type::Interface(_) => true,
            Type::Struct(fs) => fs.iter().any(|f| self.may_be_unhashable(f.typ)),
            Type::Array(e, _) => self.may_be_unhashable(*e),
            _ => false,
        }
    }

    /// The element of a map place as memory: `mapassign` finds it or adds it
    /// (zeroed). The address is good until the map next changes.
    pub fn map_elem_slot(&mut self, p: &Place) -> Place {
        let Place::MapElem { map_t, map, key } = p else { unreachable!("map_elem_slot of a place that is no map element") };
        let typ = self.place_type(p);
        let z = self.iconst(I64, 0);
        let isnil = self.b.ins().icmp(IntCC::Equal, *map, z);
        self.fail_if(isnil, "panicnilmap", &[]);
        let kp = self.key_ptr(*map_t, key.clone());
        let d = self.desc(*map_t);
        let addr = self.rt(Entry::rt_mapassign, &[d, *map, kp])[0];
        self.check_unhashable(*map_t);
        Place::Mem { addr, typ }
    }

    /// The address of a place that lives in memory.
    pub fn place_addr(&mut self, p: &Place) -> Value {
        match p {
            Place::Mem { addr, .. } => *addr,
            _ => panic!("address of a non-memory place (escape analysis missed it)"),
        }
    }

    /// Stores a map key in `g.scratch` (heap memory, valid until the next runtime
    /// call that uses scratch) and returns its address.
    pub fn key_ptr(&mut self, map_t: TypeId, key: Val) -> Value {
        let kt = match self.be.p.types.get(self.be.p.types.underlying(map_t)) {
            Type::Map(k, _) => *k,
            _ => unreachable!(),
        };
        let r = self.be.repr(kt);
        let dst = if r.size as usize <= abi::SCRATCH_WORDS * 8 { self.b.ins().iadd_imm_s(self.g, abi::G_SCRATCH as i64) } else { self.alloc(r.size) };
        self.store_val(dst, kt, &key);
        dst
    }

    // ---------------------------------------------------------------- control flow

    // Unreachable code: after a terminator, `dead` is set and code goes to a fresh
    // block without predecessors, which is left with a trap. Invariant: when `dead`
    // is set, the current block is unreachable and not yet terminated.

    /// Continues in block `blk` (falling into it from the current block).
    pub fn start_block(&mut self, blk: Block) {
        self.jump(blk);
        self.b.switch_to_block(blk);
        self.dead = false;
    }

    /// Ends the current block with a jump to `blk`.
    pub fn jump(&mut self, blk: Block) {
        if self.dead {
            self.b.ins().trap(ir::TrapCode::unwrap_user(1));
        } else {
            self.b.ins().jump(blk, &[]);
        }
        self.mark_dead();
    }

    /// After a terminator: later code goes to an unreachable block.
    pub fn mark_dead(&mut self) {
        self.dead = true;
        let blk = self.b.create_block();
        self.b.seal_block(blk);
        self.b.switch_to_block(blk);
    }

    pub fn ret(&mut self, vals: &[Value]) {
        if self.defers.is_some() {
            // deferred calls run on the way out
            self.defer_return(vals);
            return;
        }
        self.return_now(vals);
    }

    /// Returns from the function, without running deferred calls.
    pub fn return_now(&mut self, vals: &[Value]) {
        self.side_return();
        match self.ret_conv {
            RetConv::Regs => {
                self.b.ins().return_(vals);
            }
            RetConv::Buf => {
                let m = self.load(I64, self.g, abi::G_M as i32);
                for (i, &v) in vals.iter().enumerate() {
                    self.store(v, m, abi::M_RETBUF + 8 * i as i32);
                }
                self.b.ins().return_(&[]);
            }
        }
        self.mark_dead();
    }

    /// If `cond`, calls runtime (Go) function `name(args)`, which panics.
    pub fn fail_if(&mut self, cond: Value, name: &str, args: &[Value]) {
        self.fail_if_with(cond, name, |_| args.to_vec());
    }

    /// `fail_if` whose arguments are computed on the failing path only (they
    /// cost nothing when the check passes).
    pub fn fail_if_with(&mut self, cond: Value, name: &str, args: impl FnOnce(&mut Self) -> Vec<Value>) {
        let fail = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(fail);
        self.b.ins().brif(cond, fail, &[], ok, &[]);
        self.b.switch_to_block(fail);
        let args = args(self);
        let o = self.be.runtime_go(name);
        let id = self.be.func_id(FnKey::Func(o));
        let f = self.fref(id);
        let mut all = vec![self.g, self.g];
        all.extend_from_slice(&args);
        self.emit_call(CallTarget::Direct(f), &all);
        self.b.ins().trap(ir::TrapCode::unwrap_user(2));
        self.b.switch_to_block(ok);
    }

    /// Panics with a nil dereference if `p` is nil.
    pub fn nil_check(&mut self, p: Value) {
        let z = self.iconst(I64, 0);
        let c = self.b.ins().icmp(IntCC::Equal, p, z);
        self.fail_if(c, "panicmem", &[]);
    }

    // ---------------------------------------------------------------- calls

    pub fn fref(&mut self, id: FuncId) -> ir::FuncRef {
        if let Some(&f) = self.frefs.get(&id) {
            return f;
        }
        let f = self.be.module.declare_func_in_func(id, self.b.func);
        self.frefs.insert(id, f);
        f
    }

    /// Calls runtime entry point `name` with `g` first.
    pub fn rt(&mut self, entry: Entry, args: &[Value]) -> SmallVec<[Value; 2]> {
        let id = self.be.runtime_fn(entry);
        let f = self.fref(id);
        let mut all: SmallVec<[Value; 8]> = smallvec::smallvec![self.g];
        all.extend_from_slice(args);
        let inst = self.b.ins().call(f, &all);
        self.b.inst_results(inst).iter().copied().collect()
    }

    /// Reads the results a callee left in `m.retbuf`.
    pub fn retbuf(&mut self, types: &[ir::Type]) -> Val {
        let m = self.load(I64, self.g, abi::G_M as i32);
        types.iter().enumerate().map(|(i, &t)| self.load(t, m, abi::M_RETBUF + 8 * i as i32)).collect()
    }

    /// Calls Go function `id` (signature of type `sig_t`, optional receiver). A
    /// declared function uses no closure context: it gets `g`, which is live anyway
    /// (a constant would occupy a callee-saved register across the call).
    pub fn call_go(&mut self, id: FuncId, sig_t: TypeId, recv: Option<TypeId>, args: &[Value]) -> Val {
        let f = self.fref(id);
        let mut all: Vec<Value> = vec![self.g, self.g];
        all.extend_from_slice(args);
        let rets = self.emit_call(CallTarget::Direct(f), &all);
        self.finish_call(sig_t, recv.is_some(), rets)
    }

    /// Calls function `name` of minigo's Go runtime package.
    pub fn call_runtime_go(&mut self, name: &str, args: &[Value]) -> Val {
        let o = self.be.runtime_go(name);
        self.call_go_func(o, args)
    }

    /// Calls the Go function `o` (not a method).
    pub fn call_go_func(&mut self, o: ObjId, args: &[Value]) -> Val {
        let id = self.be.func_id(FnKey::Func(o));
        let sig_t = self.be.p.obj(o).typ;
        self.call_go(id, sig_t, None, args)
    }

    /// The values of `types` loaded from where the array of pointers at `ptrs`
    /// points, one pointer per value.
    pub fn load_through(&mut self, ptrs: Value, types: &[TypeId]) -> Val {
        let mut vals = Val::new();
        for (i, &t) in types.iter().enumerate() {
            let at = self.load(I64, ptrs, 8 * i as i32);
            vals.extend(self.load_val(at, t));
        }
        vals
    }

    /// Stores `vals`, values of `types` one after another, where the array of
    /// pointers at `ptrs` points, one pointer per value.
    pub fn store_through(&mut self, ptrs: Value, types: &[TypeId], vals: &[Value]) {
        let mut next = 0;
        for (i, &t) in types.iter().enumerate() {
            let n = self.repr(t).nssa();
            let at = self.load(I64, ptrs, 8 * i as i32);
            self.store_val(at, t, &vals[next..next + n]);
            next += n;
        }
    }

    /// Emits a call with the Go convention: a plain call, or where a deferred call
    /// of this function may be pending a `try_call` whose exception edge is the
    /// landing pad where a recovered panic resumes the function.
    pub fn emit_call(&mut self, callee: CallTarget, args: &[Value]) -> Val {
        let landing = self.defers.as_mut().filter(|d| d.pushed).map(|d| {
            d.landed = true;
            d.landing
        });
        let Some(landing) = landing else {
            let inst = match callee {
                CallTarget::Direct(f) => self.b.ins().call(f, args),
                CallTarget::Indirect(sig, code) => self.b.ins().call_indirect(sig, code, args),
            };
            return self.b.inst_results(inst).iter().copied().collect();
        };
        let sig = match callee {
            CallTarget::Direct(f) => self.b.func.dfg.ext_funcs[f].signature,
            CallTarget::Indirect(sig, _) => sig,
        };
        let rets: Vec<ir::Type> = self.b.func.dfg.signatures[sig].returns.iter().map(|p| p.value_type).collect();
        let normal = self.b.create_block();
        for &t in &rets {
            self.b.append_block_param(normal, t);
        }
        let pool = &mut self.b.func.dfg.value_lists;
        let nc = ir::BlockCall::new(normal, (0..rets.len() as u32).map(ir::BlockArg::TryCallRet), pool);
        let ec = ir::BlockCall::new(landing, [], pool);
        let et = self.b.func.dfg.exception_tables.push(ir::ExceptionTableData::new(sig, nc, [ir::ExceptionTableItem::Default(ec)]));
        match callee {
            CallTarget::Direct(f) => self.b.ins().try_call(f, args, et),
            CallTarget::Indirect(_, code) => self.b.ins().try_call_indirect(code, args, et),
        };
        self.b.switch_to_block(normal);
        self.b.block_params(normal).iter().copied().collect()
    }

    fn finish_call(&mut self, sig_t: TypeId, _recv: bool, rets: Val) -> Val {
        let (_, conv) = self.be.go_sig(sig_t, None, false);
        match conv {
            RetConv::Regs => rets,
            RetConv::Buf => {
                let sig = self.be.p.types.signature(sig_t).unwrap();
                let types: Vec<ir::Type> = sig.results.iter().flat_map(|r| self.be.repr(r.typ).ssa()).collect();
                self.retbuf(&types)
            }
        }
    }

    /// Calls code pointer `code` with the Go signature of `sig_t`.
    pub fn call_indirect_go(&mut self, code: Value, sig_t: TypeId, data_recv: bool, ctx: Value, args: &[Value]) -> Val {
        let (sig, _) = self.be.go_sig(sig_t, None, data_recv);
        let sref = self.b.import_signature(sig);
        let mut all: Vec<Value> = vec![self.g, ctx];
        all.extend_from_slice(args);
        let rets = self.emit_call(CallTarget::Indirect(sref, code), &all);
        self.finish_call(sig_t, data_recv, rets)
    }

    /// The representation of type `t`.
    pub fn repr(&mut self, t: TypeId) -> Rc<Repr> {
        self.be.repr(t)
    }

    /// The type the checker recorded for expression `e`, defaulting untyped types.
    pub fn type_of(&mut self, e: &Expr) -> TypeId {
        let t = self.be.p.info.types.get(e.id).map_or(ty::INVALID, |tv| tv.typ);
        self.be.p.types.default_type(t)
    }

    pub fn node_type(&self, id: NodeId) -> Option<TypeId> {
        self.be.p.info.types.get(id).map(|tv| tv.typ)
    }
}
