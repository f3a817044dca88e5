//! `defer`, `recover`, and the calls `defer` and `go` make later ("thunks").
//!
//! A `defer` statement evaluates the call's function and operands into a `func()`
//! value (a thunk closure holding them, or the function literal itself) and pushes
//! a `Defer` record {link, depth, fv} on `g.defer_` — inline, no runtime call.
//! Every way out of the function goes through its exit block, which pops and
//! calls the records whose depth is this frame's (Go's `deferreturn`), then
//! returns the results (named results as the deferred calls left them).
//!
//! In a function with `defer`, every Go call is a `try_call` whose exception edge
//! is the function's landing pad: when a deferred call run by `gopanic` recovers,
//! the runtime resumes this frame there (docs/DESIGN.md, "Recovery resumes the
//! deferring frame at a landing pad"), and the pad continues into the exit block.
//! Depths (`g.stack_hi` minus a frame pointer) identify frames because, unlike
//! frame pointers, they survive stack copying.
//!
//! Open-coded defers (Go 1.14's). When no `defer` of a function can run twice
//! in one call — none in a loop, none in a range-over-func body, no `goto` —
//! its deferred calls run in the reverse of their source order and need no
//! records. The frame holds a block of words (a stack slot, `OpenFrame`): word
//! 0 has bit `i` set while the call of `defer` statement `i` is pending, and
//! each statement saves there what its call needs (the operands of its thunk,
//! or its `func()` value). Each `return` tests the bits, clearing each before
//! its call, and calls the deferred function directly with the operands the
//! statement evaluated, where the inliner can reach the call. As in gc, each
//! `return` makes these calls itself (they are placed at its line in
//! tracebacks), so a function is open-coded only while returns times defers
//! stays small. A panic finds the pending calls in the frame, through the
//! function's table of its block (`OpenDeferTable`, published with its code as
//! `traceback::OpenDefers`), and makes each from a closure it builds of the
//! saved words and the statement's thunk; a recovery resumes the frame at its
//! landing pad, whose way out makes the calls still pending from the block.
//!
//! The block is never addressed: it is read and written only as a stack slot,
//! at offsets from the frame the code computes at each access, so stack copying
//! moves it with the frame and nothing points into it (docs/DESIGN.md, "The
//! stack invariant"). Word 0 is zeroed at entry, before the first call: from then on a
//! panic may read it. A function with such a block is not inlined (its block
//! is its own frame's).
//!
//! A call needs the landing pad only where a deferred call of this frame may
//! be pending: only then can a deferred call recover and resume this frame.
//! Where none can be, the call is a plain `call`, which leaves the frame free
//! of what a `try_call` costs (every register is clobbered on its exception
//! edge, so the prologue saves all callee-saved registers and live values sit
//! in stack slots). In an open-coded function a call may be pending only in
//! code lowered after the first `defer` statement: code is lowered in source
//! order and no backward jump crosses a `defer` (none is in a loop, none
//! follows a label a `goto` can reach). An open-coded `return` clears the bits
//! as it goes, so the call of the first `defer`'s function, made last, needs
//! no landing pad either.

use super::call::Callee;
use super::func::{CallTarget, FnCtx, Val};
use super::FnKey;
use crate::syntax::ast::{Block as AstBlock, Branch, Expr, ExprKind, NodeId, Stmt, StmtKind};
use crate::syntax::walk::{walk_block, walk_expr, walk_stmt, Visitor};
use crate::types::object::{Builtin, ObjId};
use crate::types::typ::TypeId;
use cranelift_codegen::ir::{self, condcodes::IntCC, types::*, Block, InstBuilder, Value};
use cranelift_frontend::Variable;
use cranelift_module::FuncId;
use minigo_runtime::abi;
use rustc_hash::FxHashSet;
use serde::{Deserialize, Serialize};

/// The exit path of a function with deferred calls.
pub struct Defers {
    /// Where a recovered panic resumes this frame.
    pub landing: Block,
    /// Runs the frame's deferred calls (the general way), then returns.
    pub exit: Block,
    /// Returns the results.
    done: Block,
    /// The results on their way out.
    pub ret_vars: Vec<Variable>,
    /// Where the frame keeps its deferred calls.
    kept: Kept,
    /// The closing brace of the function body, where Go places the calls its
    /// general exit makes (an open-coded exit's are at each `return`).
    pub rbrace: u32,
    /// Whether a deferred call of this frame may be pending at the code being
    /// lowered, so that its calls need the landing pad (see the overview).
    /// Always true unless the defers are open-coded.
    pub pushed: bool,
    /// Whether a call has the landing pad as its exception edge. An open-coded
    /// function without one needs neither the pad nor the general exit.
    pub landed: bool,
}

/// Where a frame keeps its deferred calls.
#[derive(Clone)]
enum Kept {
    /// In records on `g.defer_`, which carry the frame's depth (this variable).
    Records(Variable),
    /// In the frame's block: open-coded (see the overview), the `defer`
    /// statements lowered so far with it.
    Open(OpenFrame),
}

/// The frame block of an open-coded function (see the overview).
#[derive(Clone)]
struct OpenFrame {
    slot: ir::StackSlot,
    /// The value word 0 has: bit `i` set while statement `i`'s call is pending.
    bits: Variable,
    /// The `defer` statements lowered so far, in source order.
    sites: Vec<OpenDefer>,
    /// Words of the block given out so far (word 0 included).
    words: u32,
}

/// A `defer` statement of an open-coded function.
#[derive(Clone)]
struct OpenDefer {
    /// The first of the words it saves in the block.
    word: u32,
    call: OpenCall,
}

/// How an open-coded deferred call is made.
#[derive(Clone)]
enum OpenCall {
    /// A call of `callee` with `g`, `g` and the thunk's captured values (as the
    /// statement evaluated them: variables, and the types of the words saved):
    /// the declared function or method the thunk calls, or the thunk's
    /// `ThunkArgs` form. `thunk` is the statement, whose thunk a panic calls.
    Direct { callee: FnKey, operands: Vec<Variable>, types: Vec<ir::Type>, thunk: NodeId },
    /// A call of a `func()` value (a function literal deferred as it is).
    Value(Variable),
}

/// What the runtime is told of a function with open-coded defers: its block,
/// and its statements in source order. See `traceback::OpenDefers`.
pub struct OpenDeferTable {
    pub slot: ir::StackSlot,
    pub sites: Vec<OpenSite>,
}

/// A statement of an `OpenDeferTable`: its first word in the block, its
/// number of words, and the thunk a panic makes its call with (None: the word
/// is a `func()` value).
#[derive(Clone, Serialize, Deserialize)]
pub struct OpenSite {
    pub word: u32,
    pub words: u32,
    pub thunk: Option<FuncId>,
}

/// The key of the stack slot holding a frame's open-coded defers.
const OPEN_DEFERS_SLOT: u64 = 1;

/// Whether lowered function `f` keeps open-coded defers in its frame.
pub fn has_open_defers(f: &ir::Function) -> bool {
    f.sized_stack_slots.values().any(|s| s.key == Some(ir::StackSlotKey::new(OPEN_DEFERS_SLOT)))
}

/// Whether compiled function `f` (its IR as Cranelift optimized it) never
/// has an address of its frame block in a register: every `stack_addr` of the
/// block is used only as the address of a load or store, which x64's lowering
/// folds into an operand relative to %rsp (`to_amode`) and never materializes.
/// Stack copying could not relocate an address kept in a register, which
/// Cranelift's optimizer might otherwise make of one (a `stack_addr` merged
/// with another or hoisted, then passed on).
pub fn block_never_addressed(f: &ir::Function) -> bool {
    let key = Some(ir::StackSlotKey::new(OPEN_DEFERS_SLOT));
    let block_addr = |v: Value| match f.dfg.value_def(v) {
        ir::ValueDef::Result(i, _) => matches!(f.dfg.insts[i], ir::InstructionData::StackAddr { stack_slot, .. } if f.sized_stack_slots[stack_slot].key == key),
        _ => false,
    };
    f.layout.blocks().flat_map(|b| f.layout.block_insts(b)).all(|inst| {
        f.dfg.inst_values(inst).enumerate().all(|(k, v)| {
            !block_addr(v)
                || match f.dfg.insts[inst] {
                    ir::InstructionData::Load { .. } => k == 0,
                    ir::InstructionData::Store { .. } => k == 1,
                    _ => false,
                }
        })
    })
}

/// A call evaluated now and made later: a function literal deferred as it
/// is (its func value), or the thunk made of the call's statement and the
/// values it captures.
pub enum Delay {
    Lit(Value),
    Thunk(NodeId, Vec<Value>),
}

/// Open-coded defers per function at most, and their number times that of
/// `return` statements (gc's limits): each adds a test and a call to each return.
const MAX_OPEN_DEFERS: usize = 8;
const MAX_OPEN_EXITS: usize = 15;

/// What a thunk calls, with the values it captured (in the closure after its code
/// pointer, one 8-byte slot per scalar).
#[derive(Debug)]
pub enum ThunkCall {
    /// A declared function or method (the receiver is among the captures).
    Func(ObjId),
    Native(ObjId),
    /// Captures the itab and data word first.
    Iface {
        index: usize,
    },
    /// Captures the func value first.
    Value,
    /// A builtin (`panic`, `print`, `println`, `close`, `copy`, `delete`,
    /// `clear`) of operands of these types, with their positions.
    Builtin(Builtin, Vec<(TypeId, u32)>),
}

#[derive(Debug)]
pub struct Thunk {
    pub call: ThunkCall,
    /// The called function's type (for its signature and results).
    pub sig_t: Option<TypeId>,
    pub caps: Vec<ir::Type>,
}

/// How a function body defers: None without `defer` statements (not counting
/// those of function literals in it, but counting those of the range-over-func
/// loop bodies in `range_bodies`, which defer to this function); otherwise
/// whether its defers can be open-coded (see the overview).
pub fn defer_kind(body: &'static AstBlock, range_bodies: &FxHashSet<NodeId>) -> Option<bool> {
    struct Find<'a> {
        range_bodies: &'a FxHashSet<NodeId>,
        defers: usize,
        returns: usize,
        /// Loops (and range-over-func bodies) around the statement visited.
        loops: usize,
        /// Whether some `defer` may run twice, or out of source order.
        repeats: bool,
    }
    impl Visitor for Find<'_> {
        fn stmt(&mut self, s: &'static Stmt) {
            match &s.kind {
                StmtKind::Defer(_) => {
                    self.defers += 1;
                    self.repeats |= self.loops > 0;
                }
                StmtKind::Branch(Branch::Goto, _) => self.repeats = true,
                StmtKind::Return(_) => self.returns += 1,
                _ => {}
            }
            let looping = matches!(s.kind, StmtKind::For { .. } | StmtKind::Range { .. });
            self.loops += looping as usize;
            walk_stmt(self, s);
            self.loops -= looping as usize;
        }
        fn expr(&mut self, e: &'static Expr) {
            match &e.kind {
                ExprKind::FuncLit(lit) if self.range_bodies.contains(&e.id) => {
                    self.loops += 1;
                    walk_block(self, &lit.body);
                    self.loops -= 1;
                }
                ExprKind::FuncLit(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    let mut f = Find { range_bodies, defers: 0, returns: 0, loops: 0, repeats: false };
    walk_block(&mut f, body);
    (f.defers > 0).then_some(!f.repeats && f.defers <= MAX_OPEN_DEFERS && f.defers * f.returns <= MAX_OPEN_EXITS)
}

impl FnCtx<'_, '_, '_> {
    /// Prepares the exit path of a function with `defer` (after its parameters and
    /// results are bound), with open-coded defers if `open`.
    pub fn init_defers(&mut self, open: bool, rbrace: u32) {
        let kept = match open {
            true => {
                let data = ir::StackSlotData::new_with_key(ir::StackSlotKind::ExplicitSlot, 8, 3, ir::StackSlotKey::new(OPEN_DEFERS_SLOT));
                let slot = self.b.create_sized_stack_slot(data);
                let zero = self.iconst(I64, 0);
                // before the first call, from which on a panic may read it
                self.b.ins().stack_store(I64, zero, slot, 0);
                Kept::Open(OpenFrame { slot, bits: self.def_new_var(I64, zero), sites: Vec::new(), words: 1 })
            }
            false => {
                let d = self.frame_depth();
                Kept::Records(self.def_new_var(I64, d))
            }
        };
        let types: Vec<ir::Type> = self.results.clone().iter().flat_map(|&t| self.be.repr(t).ssa()).collect();
        let ret_vars = types.iter().map(|&t| self.b.declare_var(t)).collect();
        let (landing, exit, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(landing);
        let pushed = !open;
        self.defers = Some(Defers { landing, exit, done, ret_vars, kept, rbrace, pushed, landed: false });
    }

    /// A `return` of `vals` (or the end of the body) in a function with `defer`:
    /// the deferred calls, then the return.
    pub fn defer_return(&mut self, vals: &[Value]) {
        let d = self.defers.as_ref().expect("function with defer");
        let (vars, exit, done, kept) = (d.ret_vars.clone(), d.exit, d.done, d.kept.clone());
        for (&var, &v) in vars.iter().zip(vals) {
            self.b.def_var(var, v);
        }
        match kept {
            Kept::Open(frame) => {
                let pushed = self.defers.as_ref().is_some_and(|d| d.pushed);
                for (i, site) in frame.sites.iter().enumerate().rev() {
                    self.run_open_defer(&frame, i, site, false);
                }
                self.jump(done);
                // later code (after a `return` in a branch) may have calls pending
                self.defers.as_mut().expect("function with defer").pushed = pushed;
            }
            Kept::Records(_) => self.jump(exit),
        }
    }

    /// Emits the landing pad and the exit block (at the end of the function).
    pub fn finish_defers(&mut self) {
        let d = self.defers.take().unwrap();
        if let Kept::Open(frame) = &d.kept {
            self.b.func.sized_stack_slots[frame.slot].size = 8 * frame.words;
            let sites = frame
                .sites
                .iter()
                .map(|s| match &s.call {
                    OpenCall::Direct { types, thunk, .. } => {
                        OpenSite { word: s.word, words: types.len() as u32, thunk: Some(self.be.func_id(FnKey::Thunk(*thunk))) }
                    }
                    OpenCall::Value(_) => OpenSite { word: s.word, words: 1, thunk: None },
                })
                .collect();
            self.open_defers = Some(OpenDeferTable { slot: frame.slot, sites });
            if !d.landed {
                // nothing resumes the frame, and every return made its calls
                self.forget_side_resume();
                self.start_block_unreachable(d.done);
                self.return_results(&d.ret_vars);
                return;
            }
        }
        // resumed after a recovery: unnamed results are zero values
        self.start_block_unreachable(d.landing);
        self.side_resume();
        if self.result_vars.is_empty() {
            let types: Vec<TypeId> = self.results.clone();
            let zeros: Vec<Value> = types.iter().flat_map(|&t| self.zero(t)).collect();
            for (&var, z) in d.ret_vars.iter().zip(zeros) {
                self.b.def_var(var, z);
            }
        }
        self.b.ins().jump(d.exit, &[]);
        // deferred calls made here can panic too: their recovery lands here again
        self.defers = Some(Defers { pushed: true, ret_vars: d.ret_vars.clone(), kept: d.kept.clone(), ..d });
        self.b.switch_to_block(d.exit);
        self.dead = false;
        self.b.set_srcloc(ir::SourceLoc::new(d.rbrace));
        match &d.kept {
            Kept::Open(frame) => {
                self.exit_open(frame);
                self.b.ins().jump(d.done, &[]);
            }
            &Kept::Records(depth) => self.exit_records(d.exit, depth, d.done),
        }
        self.b.switch_to_block(d.done);
        self.defers = None;
        self.return_results(&d.ret_vars);
    }

    /// The general exit of a function whose deferred calls are records, from
    /// block `head`: pops and calls those of this frame (at `depth`), then goes
    /// to `done`.
    fn exit_records(&mut self, head: Block, depth: Variable, done: Block) {
        let (check, run) = (self.b.create_block(), self.b.create_block());
        let rec = self.load(I64, self.g, abi::G_DEFER);
        self.b.ins().brif(rec, check, &[], done, &[]);
        self.b.switch_to_block(check);
        let rd = self.load(I64, rec, abi::DEFER_DEPTH);
        let me = self.b.use_var(depth);
        let mine = self.b.ins().icmp(IntCC::Equal, rd, me);
        self.b.ins().brif(mine, run, &[], done, &[]);
        self.b.switch_to_block(run);
        let link = self.load(I64, rec, abi::DEFER_LINK);
        self.store(link, self.g, abi::G_DEFER);
        let fv = self.load(I64, rec, abi::DEFER_FN);
        self.call_func0(fv);
        // the call returned: nothing refers to the record (or its thunk) any more
        self.free_defer(rec);
        self.b.ins().jump(head, &[]);
    }

    /// The general exit of an open-coded function, where a recovery resumes
    /// it: the calls still pending, newest first, from the frame's block (the
    /// values lowered for the returns are lost with the registers).
    fn exit_open(&mut self, frame: &OpenFrame) {
        for (i, site) in frame.sites.iter().enumerate().rev() {
            self.run_open_defer(frame, i, site, true);
        }
    }

    /// Returns the results: unnamed ones from `ret_vars`, named ones as the
    /// deferred calls left them.
    fn return_results(&mut self, ret_vars: &[Variable]) {
        let vals: Vec<Value> = if self.result_vars.is_empty() {
            ret_vars.iter().map(|&v| self.b.use_var(v)).collect()
        } else {
            let vars = self.result_vars.clone();
            vars.iter()
                .flat_map(|&o| {
                    let p = self.var_place(o);
                    self.read(&p)
                })
                .collect()
        };
        self.return_now(&vals);
    }

    /// If statement `i` (`site`) ran, clears its bit and makes its call: at a
    /// `return`, as the bits variable says and with the operands the statement
    /// evaluated; after a recovery (`saved`), as the block says and with the
    /// words it saved there.
    fn run_open_defer(&mut self, frame: &OpenFrame, i: usize, site: &OpenDefer, saved: bool) {
        let (run, next) = (self.b.create_block(), self.b.create_block());
        let bits = if saved { self.b.ins().stack_load(I64, I64, frame.slot, 0) } else { self.b.use_var(frame.bits) };
        let pending = self.b.ins().band_imm_s(bits, 1 << i);
        self.b.ins().brif(pending, run, &[], next, &[]);
        self.b.switch_to_block(run);
        // cleared first: a panic in the call must not make it again
        let cleared = self.b.ins().band_imm_s(bits, !(1 << i));
        self.b.ins().stack_store(I64, cleared, frame.slot, 0);
        if !saved {
            self.b.def_var(frame.bits, cleared);
            // the calls of the statements before may still be pending
            self.defers.as_mut().expect("function with defer").pushed = i > 0;
        }
        let word = |k: usize| 8 * (site.word as i32 + k as i32);
        match &site.call {
            OpenCall::Direct { callee, operands, types, .. } => {
                let operands: Vec<Value> = if saved {
                    types.iter().enumerate().map(|(k, &t)| self.b.ins().stack_load(I64, t, frame.slot, word(k))).collect()
                } else {
                    operands.iter().map(|&v| self.b.use_var(v)).collect()
                };
                self.call_direct_defer(callee.clone(), &operands);
            }
            OpenCall::Value(fv) => {
                let fv = if saved { self.b.ins().stack_load(I64, I64, frame.slot, word(0)) } else { self.b.use_var(*fv) };
                self.call_func0(fv);
            }
        }
        self.b.ins().jump(next, &[]);
        self.b.switch_to_block(next);
    }

    /// Calls `callee` (a declared function or method, or a thunk's
    /// `ThunkArgs`) with `g`, `g` and `operands`.
    fn call_direct_defer(&mut self, callee: FnKey, operands: &[Value]) {
        let fid = self.be.func_id(callee);
        let f = self.fref(fid);
        let mut args = vec![self.g, self.g];
        args.extend_from_slice(operands);
        self.emit_call(CallTarget::Direct(f), &args);
    }

    /// Switches to a block only exceptional control flow reaches.
    fn start_block_unreachable(&mut self, blk: Block) {
        if !self.dead {
            self.b.ins().trap(ir::TrapCode::unwrap_user(1));
        }
        self.b.switch_to_block(blk);
        self.dead = false;
    }

    /// Calls a `func()` value (deferred calls; their results, if any, are dropped).
    fn call_func0(&mut self, fv: Value) {
        let t = self.be.p.types.func(vec![], vec![], false);
        let (sig, _) = self.be.go_sig(t, None, false);
        let sref = self.b.import_signature(sig);
        let code = self.load(I64, fv, abi::FUNCVAL_CODE);
        self.emit_call(CallTarget::Indirect(sref, code), &[self.g, fv]);
    }

    /// `defer f(args)`: in an open-coded function, its words saved in the
    /// frame's block and its bit set; otherwise (or in a range-over-func body,
    /// for the enclosing function) a record from `g.deferpool` (or new),
    /// holding the call's func value when it fits.
    pub fn defer_stmt(&mut self, call: &'static Expr) -> Result<(), String> {
        let outer = self.be.p.info.outer_defers.contains_key(&call.id);
        if !outer && self.defers.as_ref().is_some_and(|d| matches!(d.kept, Kept::Open(_))) {
            self.open_defer_stmt(call);
            return Ok(());
        }
        let free = self.load(I64, self.g, abi::G_DEFERPOOL);
        let (reuse, fresh, got) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(got, I64);
        self.b.ins().brif(free, reuse, &[], fresh, &[]);
        self.b.switch_to_block(reuse);
        let next = self.load(I64, free, abi::DEFER_LINK);
        self.store(next, self.g, abi::G_DEFERPOOL);
        self.b.ins().jump(got, &[free.into()]);
        self.b.switch_to_block(fresh);
        let new = self.alloc(abi::DEFER_SIZE);
        self.b.ins().jump(got, &[new.into()]);
        self.b.switch_to_block(got);
        let rec = self.b.block_params(got)[0];
        let thunk = self.b.ins().iadd_imm_s(rec, abi::DEFER_THUNK as i64);
        let Some(fv) = self.delayed_call(call, Some((thunk, abi::DEFER_THUNK_WORDS))) else {
            // nothing to call: the record goes back
            self.free_defer(rec);
            return Ok(());
        };
        if let Some(&frame) = self.be.p.info.outer_defers.get(&call.id) {
            // in a range-over-func body: the enclosing function's defer
            let p = self.var_place(frame);
            let depth = self.read(&p)[0];
            self.file_defer_at(rec, fv, depth);
            return Ok(());
        }
        let head = self.load(I64, self.g, abi::G_DEFER);
        self.store(head, rec, abi::DEFER_LINK);
        let Some(Defers { kept: Kept::Records(depth), .. }) = self.defers else { unreachable!("a function with defer records") };
        let depth = self.b.use_var(depth);
        self.store(depth, rec, abi::DEFER_DEPTH);
        self.store(fv, rec, abi::DEFER_FN);
        self.store(rec, self.g, abi::G_DEFER);
        Ok(())
    }

    /// `defer f(args)` in an open-coded function (see the overview): what the
    /// call needs saved in the frame's block, then its bit set.
    fn open_defer_stmt(&mut self, call: &'static Expr) {
        let Some(delay) = self.delay(call) else { return };
        let Some(Defers { kept: Kept::Open(frame), .. }) = &self.defers else { unreachable!("an open-coded function") };
        let (slot, word, i, bits) = (frame.slot, frame.words, frame.sites.len(), frame.bits);
        let (call, words) = match delay {
            Delay::Lit(fv) => {
                self.b.ins().stack_store(I64, fv, slot, 8 * word as i32);
                (OpenCall::Value(self.def_new_var(I64, fv)), 1)
            }
            Delay::Thunk(thunk, caps) => {
                for (k, &c) in caps.iter().enumerate() {
                    self.b.ins().stack_store(I64, c, slot, 8 * (word as i32 + k as i32));
                }
                let callee = match self.be.facts.thunks[&thunk].call {
                    ThunkCall::Func(o) => FnKey::Func(o),
                    _ => FnKey::ThunkArgs(thunk),
                };
                let types: Vec<ir::Type> = caps.iter().map(|&v| self.b.func.dfg.value_type(v)).collect();
                let operands = caps.iter().zip(&types).map(|(&v, &t)| self.def_new_var(t, v)).collect();
                (OpenCall::Direct { callee, operands, types, thunk }, caps.len() as u32)
            }
        };
        let set = self.b.use_var(bits);
        let set = self.b.ins().bor_imm_s(set, 1 << i);
        self.b.def_var(bits, set);
        self.b.ins().stack_store(I64, set, slot, 0);
        let d = self.defers.as_mut().expect("function with defer");
        d.pushed = true;
        let Kept::Open(frame) = &mut d.kept else { unreachable!("an open-coded function") };
        frame.sites.push(OpenDefer { word, call });
        frame.words += words;
    }

    /// A new variable, holding `v`.
    fn def_new_var(&mut self, ty: ir::Type, v: Value) -> Variable {
        let var = self.b.declare_var(ty);
        self.b.def_var(var, v);
        var
    }

    /// Links defer record `rec` (calling `fv`) into `g.defer_` as a record of the
    /// frame at `depth`, an enclosing frame: below the records of the frames
    /// called since (deeper, so of greater depth), which run first.
    fn file_defer_at(&mut self, rec: Value, fv: Value, depth: Value) {
        let (head, test, next, link) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        for b in [head, test, link] {
            self.b.append_block_param(b, I64); // the address of the link to follow
        }
        self.b.append_block_param(test, I64);
        self.b.append_block_param(link, I64); // the record it points to
        let first = self.b.ins().iadd_imm_s(self.g, abi::G_DEFER as i64);
        self.b.ins().jump(head, &[first.into()]);
        self.b.switch_to_block(head);
        let slot = self.b.block_params(head)[0];
        let cur = self.load(I64, slot, 0);
        self.b.ins().brif(cur, test, &[slot.into(), cur.into()], link, &[slot.into(), cur.into()]);
        self.b.switch_to_block(test);
        let (slot, cur) = (self.b.block_params(test)[0], self.b.block_params(test)[1]);
        let d = self.load(I64, cur, abi::DEFER_DEPTH);
        let deeper = self.b.ins().icmp(IntCC::UnsignedGreaterThan, d, depth);
        self.b.ins().brif(deeper, next, &[], link, &[slot.into(), cur.into()]);
        self.b.switch_to_block(next);
        let after = self.b.ins().iadd_imm_s(cur, abi::DEFER_LINK as i64);
        self.b.ins().jump(head, &[after.into()]);
        self.b.switch_to_block(link);
        let (slot, cur) = (self.b.block_params(link)[0], self.b.block_params(link)[1]);
        self.store(cur, rec, abi::DEFER_LINK);
        self.store(depth, rec, abi::DEFER_DEPTH);
        self.store(fv, rec, abi::DEFER_FN);
        self.store(rec, slot, 0);
    }

    /// Returns a `Defer` record to `g.deferpool`.
    fn free_defer(&mut self, rec: Value) {
        let free = self.load(I64, self.g, abi::G_DEFERPOOL);
        self.store(free, rec, abi::DEFER_LINK);
        self.store(rec, self.g, abi::G_DEFERPOOL);
    }

    /// Evaluates the function and operands of a deferred (or `go`) call now, into
    /// a `func()` value that makes the call later, made in `room` (an address and
    /// its size in words) when it fits.
    pub fn delayed_call(&mut self, call: &'static Expr, room: Option<(Value, usize)>) -> Option<Value> {
        let (id, caps) = match self.delay(call)? {
            Delay::Lit(fv) => return Some(fv),
            Delay::Thunk(id, caps) => (id, caps),
        };
        let fv = match room {
            Some((at, words)) if caps.len() < words => at,
            _ => self.alloc(abi::FUNCVAL_CAPTURED as u64 + 8 * caps.len() as u64),
        };
        let fid = self.be.func_id(FnKey::Thunk(id));
        let f = self.fref(fid);
        let code = self.b.ins().func_addr(I64, f);
        self.store(code, fv, abi::FUNCVAL_CODE);
        for (i, &c) in caps.iter().enumerate() {
            self.store(c, fv, abi::FUNCVAL_CAPTURED + 8 * i as i32);
        }
        Some(fv)
    }

    /// Evaluates the function and operands of a deferred (or `go`) call now:
    /// a function literal to call as it is, or the values the call's thunk
    /// captures.
    fn delay(&mut self, call: &'static Expr) -> Option<Delay> {
        let ExprKind::Call { fun, args, dots, .. } = &call.unparen().kind else { unreachable!("checked: a call") };
        let f = fun.unparen();
        // a function literal without parameters or results is its own thunk
        if let ExprKind::FuncLit(lit) = &f.kind {
            if args.is_empty() && lit.sig.params.is_empty() && lit.sig.results.is_empty() {
                return Some(Delay::Lit(self.closure(f)));
            }
        }
        let (thunk, caps): (Thunk, Vec<Value>) = if let Some(b) = self.builtin_of(f) {
            match b {
                Builtin::Panic | Builtin::Print | Builtin::Println | Builtin::Close => {
                    let any = self.be.p.types.empty_interface();
                    let mut ops = Vec::new();
                    let mut caps = Vec::new();
                    for a in args.iter() {
                        let t = if b == Builtin::Panic { any } else { self.type_of(a) };
                        caps.extend(self.expr_to(a, t));
                        ops.push((t, a.pos));
                    }
                    let types = caps.iter().map(|&v| self.b.func.dfg.value_type(v)).collect();
                    (Thunk { call: ThunkCall::Builtin(b, ops), sig_t: None, caps: types }, caps)
                }
                Builtin::Copy | Builtin::Delete | Builtin::Clear => {
                    // the operands now, the operation when the call runs
                    let mut ops = Vec::new();
                    let mut caps = Vec::new();
                    for (v, t) in self.spread_operands(args) {
                        caps.extend(v);
                        ops.push((t, call.pos));
                    }
                    let types = caps.iter().map(|&v| self.b.func.dfg.value_type(v)).collect();
                    (Thunk { call: ThunkCall::Builtin(b, ops), sig_t: None, caps: types }, caps)
                }
                // `defer recover()`: see `recover_for`
                Builtin::Recover => (Thunk { call: ThunkCall::Builtin(b, vec![]), sig_t: None, caps: vec![] }, vec![]),
                _ => {
                    self.unsupported(call.pos, &format!("deferring the builtin {}", crate::types::exprstring::expr_string(f)));
                    return None;
                }
            }
        } else {
            let (callee, sig_t) = self.callee(f, false);
            let argv = self.call_args(call.id, sig_t, args, *dots);
            let (call, mut caps) = match callee {
                Callee::Func(o) => (ThunkCall::Func(o), vec![]),
                Callee::Native(o) => (ThunkCall::Native(o), vec![]),
                Callee::Method(m, recv) if self.be.is_native(m) => (ThunkCall::Native(m), recv.to_vec()),
                Callee::Method(m, recv) => (ThunkCall::Func(m), recv.to_vec()),
                Callee::Iface(itab, data, index) => (ThunkCall::Iface { index }, vec![itab, data]),
                Callee::Value(fv) => (ThunkCall::Value, vec![fv]),
            };
            caps.extend(argv);
            let types = caps.iter().map(|&v| self.b.func.dfg.value_type(v)).collect();
            (Thunk { call, sig_t: Some(sig_t), caps: types }, caps)
        };
        self.be.facts.thunks.insert(call.id, std::rc::Rc::new(thunk));
        Some(Delay::Thunk(call.id, caps))
    }

    /// The body of a thunk: loads what it captured and makes the call (a tail call,
    /// so that a deferred function's caller is whoever runs the thunk — `recover`
    /// checks that). With `args`, its `ThunkArgs` form, which is given them.
    pub fn thunk_body(&mut self, id: NodeId, args: Option<&[Value]>) -> Result<String, String> {
        let t = self.be.facts.thunks[&id].clone();
        let caps: Vec<Value> = match args {
            Some(args) => args.to_vec(),
            None => t.caps.iter().enumerate().map(|(i, &ty)| self.load(ty, self.ctxv, abi::FUNCVAL_CAPTURED + 8 * i as i32)).collect(),
        };
        match &t.call {
            ThunkCall::Func(o) => {
                let fid = self.be.func_id(FnKey::Func(*o));
                let f = self.fref(fid);
                let mut all = vec![self.g, self.g];
                all.extend(caps);
                self.b.ins().return_call(f, &all);
            }
            ThunkCall::Native(o) => {
                self.call_native(*o, &caps);
                self.return_now(&[]);
            }
            ThunkCall::Iface { index } => {
                let sig_t = t.sig_t.unwrap();
                self.nil_check(caps[0]);
                let code = self.load(I64, caps[0], abi::ITAB_FUN + 8 * *index as i32);
                let (sig, _) = self.be.go_sig(sig_t, None, true);
                let sref = self.b.import_signature(sig);
                let mut all = vec![self.g, self.g];
                all.extend_from_slice(&caps[1..]);
                self.b.ins().return_call_indirect(sref, code, &all);
            }
            ThunkCall::Value => {
                let sig_t = t.sig_t.unwrap();
                self.nil_check(caps[0]);
                let code = self.load(I64, caps[0], abi::FUNCVAL_CODE);
                let (sig, _) = self.be.go_sig(sig_t, None, false);
                let sref = self.b.import_signature(sig);
                let mut all = vec![self.g, caps[0]];
                all.extend_from_slice(&caps[1..]);
                self.b.ins().return_call_indirect(sref, code, &all);
            }
            ThunkCall::Builtin(b, ops) => {
                let mut vals = Vec::new();
                let mut i = 0;
                for &(t, pos) in ops {
                    let n = self.be.repr(t).nssa();
                    let v: Val = caps[i..i + n].iter().copied().collect();
                    vals.push((v, t, pos));
                    i += n;
                }
                match b {
                    Builtin::Panic => self.gopanic(&vals[0].0),
                    Builtin::Close => {
                        self.close_chan(vals[0].0[0]);
                        self.return_now(&[]);
                    }
                    Builtin::Copy => {
                        self.copy_op(&vals[0].0, vals[0].1, &vals[1].0);
                        self.return_now(&[]);
                    }
                    Builtin::Delete => {
                        let (m, mt) = (vals[0].0[0], vals[0].1);
                        let (k, kt) = (vals[1].0.clone(), vals[1].1);
                        self.delete_op(m, mt, k, kt);
                        self.return_now(&[]);
                    }
                    Builtin::Clear => {
                        self.clear_op(&vals[0].0, vals[0].1);
                        self.return_now(&[]);
                    }
                    Builtin::Recover => {
                        self.recover_for(2);
                        self.return_now(&[]);
                    }
                    _ => {
                        self.print_vals(&vals, *b == Builtin::Println);
                        self.return_now(&[]);
                    }
                }
            }
        }
        self.mark_dead();
        Ok("deferred call".into())
    }

    /// `recover()`: the runtime checks that the caller of this function is the
    /// panic running deferred calls, by its depth.
    pub fn recover(&mut self) -> Val {
        self.recover_for(1)
    }

    /// `recover()` on behalf of the function `up` frames above this one: it
    /// recovers when that function's caller is the panic running deferred
    /// calls. A deferred `recover()` is a thunk recovering for its caller (up
    /// 2): run by the exit of the function that deferred it, it recovers as that
    /// function's own `recover()` would (as gc's does); run by a panic unwinding
    /// that function, its caller's caller is not the panic, and it recovers
    /// nothing.
    ///
    /// Wrappers' frames do not count: a method called by its interface
    /// wrapper, by a method value or by a function reflect.MakeFunc made, run
    /// as a deferred call, recovers as if called directly (gc's wrapper frames
    /// are transparent to recover too).
    fn recover_for(&mut self, up: usize) -> Val {
        // where the frame is now: its depth from the stack's current top
        let mine = self.frame_depth();
        let hi = self.load(I64, self.g, abi::G_STACK_HI);
        let mut fp = self.b.ins().isub(hi, mine);
        for _ in 1..up {
            fp = self.load(I64, fp, 0);
        }
        // as a depth: the call may move the stack
        let depth = self.b.ins().isub(hi, fp);
        self.call_runtime_go("gorecover", &[depth])
    }

    /// `panic(v)` with `v` already an `any`.
    pub fn gopanic(&mut self, v: &[Value]) {
        self.call_runtime_go("gopanic", v);
        self.b.ins().trap(ir::TrapCode::unwrap_user(3));
        self.mark_dead();
    }
}

/// A `func()` signature for thunks' results: what the called function returns
/// (the thunk returns it through, though callers ignore it).
pub fn thunk_results(be: &mut super::Backend, id: NodeId) -> Vec<ir::AbiParam> {
    let t = be.facts.thunks[&id].clone();
    match (&t.call, t.sig_t) {
        (ThunkCall::Func(_) | ThunkCall::Iface { .. } | ThunkCall::Value, Some(sig_t)) => be.go_sig(sig_t, None, false).0.returns,
        _ => vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// A function with a frame block, whose body `body` makes of the
    /// block's address (and its one parameter).
    fn with_block(body: impl FnOnce(&mut FunctionBuilder, Value, Value)) -> ir::Function {
        let mut sig = ir::Signature::new(cranelift_codegen::isa::CallConv::SystemV);
        sig.params.push(ir::AbiParam::new(I64));
        let mut f = ir::Function::with_name_signature(ir::UserFuncName::user(0, 0), sig);
        let mut fbc = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut f, &mut fbc);
        let data = ir::StackSlotData::new_with_key(ir::StackSlotKind::ExplicitSlot, 16, 3, ir::StackSlotKey::new(OPEN_DEFERS_SLOT));
        let slot = b.create_sized_stack_slot(data);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let p = b.block_params(entry)[0];
        let addr = b.ins().stack_addr(I64, slot, 8);
        body(&mut b, addr, p);
        b.ins().return_(&[]);
        super::super::testutil::finish(b);
        f
    }

    #[test]
    fn block_addressed_only_by_loads_and_stores() {
        let flags = ir::MemFlagsData::trusted();
        let ok = with_block(|b, addr, p| {
            let v = b.ins().load(I64, flags, addr, 0);
            b.ins().store(flags, v, addr, 0);
            b.ins().store(flags, p, addr, 0);
        });
        assert!(block_never_addressed(&ok));
        // the address as a stored value, or any other operand, is kept
        let stored = with_block(|b, addr, p| {
            b.ins().store(flags, addr, p, 0);
        });
        assert!(!block_never_addressed(&stored));
        let added = with_block(|b, addr, _| {
            b.ins().iadd_imm_s(addr, 8);
        });
        assert!(!block_never_addressed(&added));
    }
}
