//! Inlining of small functions, as gc inlines them: Cranelift does the splicing
//! (`Context::inline`); this decides which calls, and supplies callee bodies from
//! the lowered (not yet compiled) IR the back end keeps for that purpose.

use super::{Backend, FnKey};
use cranelift_codegen::inline::{Inline, InlineCommand};
use cranelift_codegen::ir::{self, ExternalName, Opcode};
use cranelift_module::FuncId;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;

/// gc's inlining budget and what a call costs in it: a function calling a
/// function that is not inlined itself is rarely inlined. An IR instruction here
/// counts as one of gc's nodes.
pub const BUDGET: usize = 80;

/// The budget of a body inlined where it pays more (see `larger_bodies`).
pub const LARGER_BUDGET: usize = 4 * BUDGET;

/// Callee bodies for inlining. Inlining is bottom-up, as gc's: a function's own
/// calls are inlined into it before it is judged small enough to be inlined
/// itself, so a chain of small functions (`Swap` called by `swapRange` called by
/// `rotate`) inlines all the way into the first caller that is not small.
#[derive(Default)]
pub struct InlineCache {
    /// Functions lowered (and inlined into) ahead of their turn, with their titles.
    pub lowered: FxHashMap<FuncId, (ir::Function, String)>,
    /// The bodies small enough to inline, after their own inlining, without
    /// their entry stack check.
    pub inline_bodies: FxHashMap<FuncId, ir::Function>,
    /// Bodies too large for that but small enough where inlining pays more:
    /// replacing the one call of a wrapper (an interface method's or a method
    /// value's, which only forwards its receiver; gc inlines the method into
    /// it), or a call passed a function literal, which the inlined body then
    /// calls directly.
    pub larger_bodies: FxHashMap<FuncId, ir::Function>,
    pub not_inlinable: FxHashSet<FuncId>,
    /// The functions lowered so far that have a `go` statement (never inlined).
    pub spawners: FxHashSet<FuncId>,
    /// The functions whose calls are being inlined into them now, innermost
    /// last: a call back into one of them (recursion) stays a call.
    pub in_progress: Vec<FuncId>,
    /// The functions being lowered now, innermost last. A loop asks whether
    /// the calls in it will be inlined (`Backend::will_inline`), which lowers
    /// the callees ahead — at most `LOOKAHEAD` lowerings deep, and never one
    /// of these again.
    pub lowering: Vec<FuncId>,
    /// Where inlined code came from — (callee position, call position, callee
    /// name, whether tracebacks leave the callee out). A callee position may be
    /// synthetic itself (`INLINED`): code inlined into the callee before it was
    /// inlined here.
    pub inline_locs: Vec<(u32, u32, String, bool)>,
}

/// How deep bottom-up inlining looks ahead along a chain of calls before it
/// leaves the rest of the chain as calls: it lowers each function of the chain
/// on the way, and the compiler's stack is finite.
pub const MAX_DEPTH: usize = 64;
pub const CALL_COST: usize = 57;

/// How many lowerings deep `Backend::will_inline` lowers callees ahead.
pub const LOOKAHEAD: usize = 4;

/// Calls inlined into one function at most. Cranelift splices each inlined
/// body by splitting the caller's block at the call, at a cost proportional
/// to the block: without a cap, a statement of thousands of nested calls
/// (`f(f(f(...)))`) would take time quadratic in their number to compile.
const MAX_SITES: usize = 1000;

pub struct Inliner<'a, 'p> {
    pub be: &'a mut Backend<'p>,
    pub caller: FuncId,
    /// The caller's own body, for its calls of itself (`own_body`).
    pub own: Option<ir::Function>,
    /// The calls inlined: (call instruction, callee, callee body).
    pub sites: Vec<(ir::Inst, FuncId, ir::Function)>,
}

impl Inline for Inliner<'_, '_> {
    fn inline(&mut self, caller: &ir::Function, inst: ir::Inst, opcode: Opcode, callee: ir::FuncRef, args: &[ir::Value]) -> InlineCommand<'_> {
        match self.decide(caller, inst, opcode, callee, args) {
            Some((id, f)) => {
                self.sites.push((inst, id, f.clone()));
                InlineCommand::Inline { callee: Cow::Owned(f), visit_callee: false }
            }
            None => InlineCommand::KeepCall,
        }
    }
}

impl Inliner<'_, '_> {
    fn decide(&mut self, caller: &ir::Function, inst: ir::Inst, opcode: Opcode, callee: ir::FuncRef, args: &[ir::Value]) -> Option<(FuncId, ir::Function)> {
        // calls on failure paths (bounds checks, nil checks) stay calls; a
        // `try_call` (in a function with `defer`) inlines like a call, its
        // exception edge given to each call of the inlined body
        let cold = caller.layout.inst_block(inst).is_some_and(|b| caller.layout.is_cold(b));
        if !matches!(opcode, Opcode::Call | Opcode::TryCall) || cold || self.sites.len() >= MAX_SITES {
            return None;
        }
        let ExternalName::User(r) = caller.dfg.ext_funcs[callee].name else { return None };
        let name = &caller.params.user_named_funcs()[r];
        if name.namespace != 0 {
            return None;
        }
        let id = FuncId::from_u32(name.index);
        if id == self.caller {
            return self.own.clone().and_then(|f| rename_symbols(caller, f)).map(|f| (id, f));
        }
        // the program entry runs once; main.main and init functions keep their frames
        if matches!(self.be.fns.keys.get(&self.caller), Some(FnKey::Entry | FnKey::Input { .. })) {
            return None;
        }
        if self.in_copy_of(caller.srcloc(inst), id) {
            return None;
        }
        // a larger body is worth it in a wrapper, and where a function literal
        // is passed: inlined, the calls of it become direct (`devirtualize`)
        let larger = is_wrapper(self.be, self.caller) || args.iter().any(|&a| static_funcval(self.be, caller, a).is_some());
        self.be.inlinable(id, larger).and_then(|f| rename_symbols(caller, f)).map(|f| (id, f))
    }

    /// Whether code at location `loc` is in a copy of function `id` inlined
    /// here: inlining stops where it would recurse, as gc's does. (A
    /// self-recursive function's body keeps its calls of itself; a second
    /// pass, after `devirtualize`, sees them in the copies it inlined.)
    fn in_copy_of(&self, loc: ir::SourceLoc, id: FuncId) -> bool {
        if loc.bits() & INLINED == 0 {
            return false;
        }
        let (name, _) = self.be.go_name(self.be.fns.keys.get(&id));
        let mut frames = Vec::new();
        super::codemap::expand_inlined(loc.bits(), &self.be.inl.inline_locs, &mut frames);
        frames.iter().any(|(f, _, _)| *f == name)
    }

    /// Gives inlined instructions source locations that say where they were
    /// inlined from (Cranelift's inliner drops them): a synthetic location indexes
    /// `be.inl.inline_locs`, which tracebacks expand into the inlined frame and the
    /// call site. The inliner copies callee blocks in order and their instructions
    /// one for one, which is what makes the correspondence exact — except that at a
    /// `try_call` site it turns each call of the callee into a `try_call` that ends
    /// its block, the rest of the block moving to the call's normal-return block,
    /// where the walk continues.
    pub fn attribute_lines(self, func: &mut ir::Function) {
        for (call, callee_id, callee) in self.sites {
            let call_loc = func.srcloc(call);
            // the call became a jump to the inlined entry block
            let Some(dest) =
                func.dfg.insts[call].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables).first().map(|bc| bc.block(&func.dfg.value_lists))
            else {
                continue;
            };
            let Some(entry) = callee.layout.entry_block() else { continue };
            let offset = dest.as_u32() - entry.as_u32();
            let (name, hidden) = self.be.go_name(self.be.fns.keys.get(&callee_id));
            for cb in callee.layout.blocks() {
                let ib = ir::Block::from_u32(cb.as_u32() + offset);
                if !func.layout.is_block_inserted(ib) {
                    continue;
                }
                let mut next = func.layout.first_inst(ib);
                for ci in callee.layout.block_insts(cb) {
                    let Some(ii) = next else { break };
                    next = func.layout.next_inst(ii).or_else(|| split_continuation(func, ii));
                    let loc = callee.srcloc(ci);
                    if loc.is_default() {
                        continue;
                    }
                    let idx = self.be.inl.inline_locs.len() as u32;
                    self.be.inl.inline_locs.push((loc.bits(), call_loc.bits(), name.clone(), hidden));
                    // code that may be stopped asynchronously stays so, inlined
                    let async_safe = loc.bits() & super::codemap::ASYNC_SAFE;
                    func.set_srcloc(ii, ir::SourceLoc::new(INLINED | async_safe | idx));
                }
            }
        }
    }
}

/// Where the instructions after `inst`, the last of its block, went: the
/// normal-return block of a `try_call` the inliner made of a call.
fn split_continuation(func: &ir::Function, inst: ir::Inst) -> Option<ir::Inst> {
    let et = func.dfg.insts[inst].exception_table()?;
    let block = func.dfg.exception_tables[et].normal_return().block(&func.dfg.value_lists);
    func.layout.first_inst(block)
}

/// Marks synthetic source locations of inlined instructions.
pub const INLINED: u32 = 1 << 31;

/// Cranelift 0.135's inliner copies the callee's symbol global values without
/// translating their external-name references into the caller's table (it does
/// translate those of called functions). So `prepare` declares every callee name
/// in the caller first, and this points the callee's symbols at those entries.
fn rename_symbols(caller: &ir::Function, mut f: ir::Function) -> Option<ir::Function> {
    let names = f.params.user_named_funcs().clone();
    for gv in f.global_values.values_mut() {
        if let ir::GlobalValueData::Symbol { name: ExternalName::User(r), .. } = gv {
            let want = &names[*r];
            let (cr, _) = caller.params.user_named_funcs().iter().find(|(_, n)| *n == want)?;
            *r = cr;
        }
    }
    Some(f)
}

/// Calls through a static func value become direct calls: `f(x)` in the body
/// of `Reduce(xs, 0, func(a, x int) int { return a + x })` inlined into its
/// caller calls through `load (symbol_value fv)`, where `fv` is the literal's
/// func value in static data (a literal that captures nothing), whose first
/// word is the literal's code. The func value stays the call's context
/// argument, as a call through it passes it. Returns whether any call changed
/// (the inliner may then inline the literal).
pub fn devirtualize(be: &mut Backend, func: &mut ir::Function) -> bool {
    let mut changed = false;
    for block in func.layout.blocks().collect::<Vec<_>>() {
        for inst in func.layout.block_insts(block).collect::<Vec<_>>() {
            let ir::InstructionData::CallIndirect { opcode: Opcode::CallIndirect, args, sig_ref } = func.dfg.insts[inst] else { continue };
            let values = args.as_slice(&func.dfg.value_lists).to_vec();
            let Some(key) = static_callee(be, func, values[0]) else { continue };
            let id = be.func_id(key.clone());
            if be.key_sig(&key) != func.dfg.signatures[sig_ref] {
                continue;
            }
            let func_ref = cranelift_module::Module::declare_func_in_func(&mut be.module, id, func);
            let args = ir::ValueList::from_slice(&values[1..], &mut func.dfg.value_lists);
            func.dfg.insts[inst] = ir::InstructionData::Call { opcode: Opcode::Call, args, func_ref };
            changed = true;
        }
    }
    changed
}

/// The function a call through `callee` reaches when `callee` is the code
/// word of a static func value.
fn static_callee(be: &Backend, func: &ir::Function, callee: ir::Value) -> Option<FnKey> {
    let ir::ValueDef::Result(load, 0) = func.dfg.value_def(callee) else { return None };
    let ir::InstructionData::Load { opcode: Opcode::Load, arg, offset, .. } = func.dfg.insts[load] else { return None };
    if i32::from(offset) != 0 {
        return None;
    }
    static_funcval(be, func, arg)
}

/// The function whose static func value `v` is the address of, if it is one.
fn static_funcval(be: &Backend, func: &ir::Function, v: ir::Value) -> Option<FnKey> {
    let ir::ValueDef::Result(sym, 0) = func.dfg.value_def(v) else { return None };
    let ir::InstructionData::UnaryGlobalValue { opcode: Opcode::SymbolValue, global_value } = func.dfg.insts[sym] else { return None };
    let ir::GlobalValueData::Symbol { name: ExternalName::User(r), offset: sym_offset, .. } = func.global_values[global_value] else { return None };
    let name = &func.params.user_named_funcs()[r];
    if name.namespace != 1 || i64::from(sym_offset) != 0 {
        return None;
    }
    be.static_funcval_target(cranelift_module::DataId::from_u32(name.index))
}

/// Declares in `func` the external names of every callee it will inline.
pub fn prepare(be: &mut Backend, func: &mut ir::Function, id: FuncId) {
    let mut callees = Vec::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            if let ir::InstructionData::Call { opcode: Opcode::Call, func_ref, .. } = func.dfg.insts[inst] {
                if let ExternalName::User(r) = func.dfg.ext_funcs[func_ref].name {
                    let name = &func.params.user_named_funcs()[r];
                    if name.namespace == 0 && name.index != id.as_u32() {
                        callees.push(FuncId::from_u32(name.index));
                    }
                }
            }
        }
    }
    for c in callees {
        if let Some(f) = be.inlinable(c, true) {
            for (_, name) in f.params.user_named_funcs().iter() {
                func.declare_imported_user_function(name.clone());
            }
        }
    }
}

/// Whether function `id` only forwards to the method it wraps.
fn is_wrapper(be: &Backend, id: FuncId) -> bool {
    matches!(be.fns.keys.get(&id), Some(FnKey::Method { .. } | FnKey::IfaceMethod { .. } | FnKey::Bound { .. }))
}

/// Whether lowered function `f` (with id `id`) is worth inlining: small, a
/// call of itself costing `own_call` — `CALL_COST` as any call, where `f` is
/// inlined into another function, its calls of itself staying calls (gc's
/// count); one node where `f` is inlined only into itself (see `own_body`).
pub fn small(id: FuncId, f: &ir::Function, budget: usize, own_call: usize) -> bool {
    cost(id, f, budget, own_call).is_some()
}

/// The cost `small` counts for `f` (`id`), if it is within `budget` and `f`
/// does not look at its own frame.
fn cost(id: FuncId, f: &ir::Function, budget: usize, own_call: usize) -> Option<usize> {
    // nor keeps deferred calls in it (`defer`: the runtime finds them there)
    if super::defer::has_open_defers(f) {
        return None;
    }
    let mut n = 0;
    let entry = f.layout.entry_block();
    for block in f.layout.blocks() {
        // failure paths (cold blocks) are not part of gc's cost, nor is the
        // entry block, which only checks the stack (`morestack_check`)
        let cold = f.layout.is_cold(block);
        let free = cold || Some(block) == entry;
        for inst in f.layout.block_insts(block) {
            // constants are operands in gc's nodes, not nodes of their own;
            // traps end failure paths
            let own = calls_self(f, inst, id);
            n += match f.dfg.insts[inst].opcode() {
                _ if own && !cold => own_call,
                op if op.is_call() && !cold => CALL_COST,
                ir::Opcode::Iconst | ir::Opcode::F32const | ir::Opcode::F64const | ir::Opcode::Trap => 0,
                _ if free => 0,
                _ => 1,
            };
            if n > budget {
                return None;
            }
            // a function that looks at its own frame (defer, recover) keeps it
            if matches!(f.dfg.insts[inst].opcode(), ir::Opcode::GetFramePointer | ir::Opcode::TryCall | ir::Opcode::TryCallIndirect) {
                return None;
            }
        }
    }
    Some(n)
}

/// Whether `inst` of `f` is a direct call of function `id`.
fn calls_self(f: &ir::Function, inst: ir::Inst, id: FuncId) -> bool {
    direct_callee(f, inst) == Some(id)
}

/// The compiled function `inst` of `f` calls directly (a `call`, not a
/// runtime entry's or a native's), if it is one.
pub fn direct_callee(f: &ir::Function, inst: ir::Inst) -> Option<FuncId> {
    let ir::InstructionData::Call { func_ref, .. } = f.dfg.insts[inst] else { return None };
    let ExternalName::User(r) = f.dfg.ext_funcs[func_ref].name else { return None };
    let name = &f.params.user_named_funcs()[r];
    (name.namespace == 0).then(|| FuncId::from_u32(name.index))
}

/// The body a small self-recursive function inlines into its own calls, as
/// gcc does: inlined once, `fib` makes half as many calls, each doing twice
/// the work, and the leaves of the recursion — most of its calls — cost no
/// frame. `f` is the function with its other calls inlined already; its
/// copies keep their calls of it, into which later rounds inline it again
/// while the whole stays within `RECURSIVE_BUDGET` (`recurse_again`).
pub fn own_body(key: &FnKey, id: FuncId, f: &ir::Function) -> Option<ir::Function> {
    let blocks = || f.layout.blocks().flat_map(|b| f.layout.block_insts(b));
    if !candidate(key) || !blocks().any(|i| calls_self(f, i, id)) || !small(id, f, BUDGET, 1) {
        return None;
    }
    let mut body = f.clone();
    super::stackcheck::drop_entry_check(&mut body);
    Some(body)
}

/// How large a self-recursive function may grow by inlining itself into its
/// own calls again (in `small`'s units; gcc's `max-inline-insns-recursive`
/// is 450 instructions), and how many times at most.
pub const RECURSIVE_BUDGET: usize = 6 * BUDGET;
pub const RECURSIVE_ROUNDS: usize = 8;

/// Whether `f` (`id`), which inlined its body `own` into its calls of itself,
/// stays within `RECURSIVE_BUDGET` when it inlines it into the calls of
/// itself that are left (`own_body`).
pub fn recurse_again(id: FuncId, f: &ir::Function, own: &ir::Function) -> bool {
    let calls = f.layout.blocks().filter(|&b| !f.layout.is_cold(b)).flat_map(|b| f.layout.block_insts(b)).filter(|&i| calls_self(f, i, id)).count();
    let (Some(now), Some(body)) = (cost(id, f, RECURSIVE_BUDGET, 1), cost(id, own, RECURSIVE_BUDGET, 1)) else { return false };
    calls > 0 && now + calls * body <= RECURSIVE_BUDGET
}

/// Which functions may be inlined at all: declared Go functions, and function
/// literals (called directly only once `devirtualize` has made them so);
/// wrappers have their own shapes, natives no body.
pub fn candidate(key: &FnKey) -> bool {
    matches!(key, FnKey::Func(_) | FnKey::Lit(_))
}
