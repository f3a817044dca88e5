//! Branch elimination, as gc's `branchelim`: a branch around a block that only
//! computes one value — `if x < m { m = x }`, `if p { n++ }` — becomes a
//! conditional move.
//!
//! ```text
//! dom:    brif c, simple, post(v1)        dom:    v2 = iadd_imm v1, 1
//! simple: v2 = iadd_imm v1, 1       =>            v4 = select c, v2, v1
//!         jump post(v2)                           jump post(v4)
//! post(v3): ...                           post(v3): ...
//! ```
//!
//! A branch the processor predicts well costs less than the move, which waits
//! for the condition; one it cannot predict (data-dependent: a sieve's flags, a
//! running minimum over random numbers) costs a pipeline flush each time it
//! guesses wrong, some fifteen cycles, and that is what gc avoids here. The
//! shapes and limits are gc's:
//!
//! - a *triangle*: `dom` ends in a `brif` one of whose targets, `simple`, is
//!   reached only from `dom`, has no parameters, holds at most two instructions
//!   besides its `jump` to the other target, `post`;
//! - a *diamond*: both targets are such blocks, with at most one instruction
//!   each, and jump to the same `post`, which then has exactly one parameter (a
//!   second would make a second conditional move, and gc's cost model says the
//!   branch is then cheaper);
//!
//! - a branch both of whose edges go to `post` (the shape of a triangle once
//!   `shortcircuit` has threaded an arm that did nothing): it only chooses
//!   `post`'s arguments, whatever else reaches `post`;
//!
//! and in the first two, `post` is reached from these edges only; in all, it has parameters,
//! each an integer of 16 to 64 bits (x86 has no 8-bit conditional move; a float
//! select is a branch again) that is not used to compute the address of a load:
//! the load would then wait for the condition, where the branch lets it start
//! at once (go.dev/issue/26306). A `brif` with a cold target is left alone: the
//! branch is predicted, its cold side is a failure path or a poll.
//!
//! The instructions moved into `dom` run whichever way the branch goes, so they
//! must be unable to do anything but produce their value: no call, load, store,
//! trap (a division traps on zero) or other effect.
//!
//! Why the result is valid SSA: `simple`'s only predecessor is `dom`, so the
//! values its instructions use are available at the end of `dom`, and its
//! results are used only in `simple` itself (the jump's arguments) or in blocks
//! `simple` dominates — none, since `post` is also reached from `dom` directly
//! (in a diamond, from the other arm).

use super::shortcircuit::constant;
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::{self, types, BlockArg, InstBuilder, InstructionData, Value, ValueDef};
use rustc_hash::FxHashSet;

/// Instructions (besides its jump) an arm of a triangle may hold, and one of a
/// diamond (gc's `maxfuseinsts` and its limit for if/else arms).
const TRIANGLE_INSTS: usize = 2;
const DIAMOND_INSTS: usize = 1;

/// Turns every branch of `func` that has one of the shapes above into
/// conditional moves.
pub fn run(func: &mut ir::Function) {
    let addresses = load_addresses(func);
    // one rewrite at a time, each on a fresh control-flow graph: a rewrite
    // changes the predecessors of the blocks around it, and may make a new
    // triangle of an enclosing branch
    'again: loop {
        let cfg = ControlFlowGraph::with_function(func);
        let domtree = DominatorTree::with_function(func, &cfg);
        let g = Graph { cfg: &cfg, domtree: &domtree };
        let blocks: Vec<ir::Block> = func.layout.blocks().skip(1).collect();
        for dom in blocks {
            if eliminate(func, &g, &addresses, dom) {
                continue 'again;
            }
        }
        return;
    }
}

/// The control-flow graph, and which blocks are reachable: lowering leaves
/// unreachable blocks behind (the join after an `if` whose arms both return),
/// and an edge from one of those is no way into a block.
struct Graph<'a> {
    cfg: &'a ControlFlowGraph,
    domtree: &'a DominatorTree,
}

impl Graph<'_> {
    /// The blocks reachable blocks reach `b` from.
    fn preds(&self, b: ir::Block) -> impl Iterator<Item = ir::Block> + '_ {
        self.cfg.pred_iter(b).map(|p| p.block).filter(|&p| self.domtree.is_reachable(p))
    }
}

/// The values a load's address is computed from: the addresses themselves, the
/// integer operands of the instructions defining them, and so on, through block
/// parameters to the values every edge passes them (gc's `loadAddr`).
fn load_addresses(func: &ir::Function) -> FxHashSet<Value> {
    let mut work: Vec<Value> = Vec::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            match func.dfg.insts[inst] {
                InstructionData::Load { arg, .. } | InstructionData::LoadNoOffset { arg, .. } => work.push(arg),
                InstructionData::AtomicRmw { args: [addr, _], .. } | InstructionData::AtomicCas { args: [addr, ..], .. } => work.push(addr),
                _ => {}
            }
        }
    }
    // the values passed for each block parameter
    let mut incoming: rustc_hash::FxHashMap<Value, Vec<Value>> = Default::default();
    for block in func.layout.blocks() {
        let Some(term) = func.layout.last_inst(block) else { continue };
        for call in func.dfg.insts[term].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables) {
            let to = call.block(&func.dfg.value_lists);
            for (&param, arg) in func.dfg.block_params(to).iter().zip(call.args(&func.dfg.value_lists)) {
                if let Some(v) = arg.as_value() {
                    incoming.entry(param).or_default().push(v);
                }
            }
        }
    }
    let mut out = FxHashSet::default();
    while let Some(v) = work.pop() {
        let v = func.dfg.resolve_aliases(v);
        if !func.dfg.value_type(v).is_int() || !out.insert(v) {
            continue;
        }
        match func.dfg.value_def(v) {
            ValueDef::Result(inst, _) => work.extend(func.dfg.inst_args(inst)),
            ValueDef::Param(..) => work.extend(incoming.get(&v).into_iter().flatten()),
            _ => {}
        }
    }
    out
}

/// Rewrites the branch ending `dom` if it has one of the shapes; whether it did.
fn eliminate(func: &mut ir::Function, g: &Graph, addresses: &FxHashSet<Value>, dom: ir::Block) -> bool {
    let Some(term) = func.layout.last_inst(dom) else { return false };
    let InstructionData::Brif { arg: cond, blocks: [yes, no], .. } = func.dfg.insts[term] else { return false };
    let pool = &func.dfg.value_lists;
    let (yb, nb) = (yes.block(pool), no.block(pool));
    if yb == dom || nb == dom || func.layout.is_cold(yb) || func.layout.is_cold(nb) {
        return false;
    }
    // `post`, the arms to absorb, and the arguments `post` gets when `cond`
    // holds and when it does not
    let arm = |b: ir::Block, limit: usize| arm(func, g, dom, b, limit);
    let (post, moved, edges) = if yb == nb {
        (yb, vec![], [values(func, yes), values(func, no)])
    } else if let Some((post, args)) = arm(yb, TRIANGLE_INSTS).filter(|&(p, _)| p == nb) {
        (post, vec![yb], [args, values(func, no)])
    } else if let Some((post, args)) = arm(nb, TRIANGLE_INSTS).filter(|&(p, _)| p == yb) {
        (post, vec![nb], [values(func, yes), args])
    } else {
        match (arm(yb, DIAMOND_INSTS), arm(nb, DIAMOND_INSTS)) {
            (Some((p, a)), Some((q, b))) if p == q && func.dfg.num_block_params(p) == 1 => (p, vec![yb, nb], [a, b]),
            _ => return false,
        }
    };
    let [Some(when_yes), Some(when_no)] = edges else { return false };
    let params = func.dfg.block_params(post);
    let selectable = |&p: &Value| matches!(func.dfg.value_type(p), types::I16 | types::I32 | types::I64) && !addresses.contains(&p);
    if params.is_empty() || !params.iter().all(selectable) || yb != nb && g.preds(post).count() != 2 {
        return false;
    }
    // now committed: the arms' instructions move up into `dom`, and `dom`
    // jumps to `post` with the values selected by `cond`
    for block in moved {
        let insts: Vec<ir::Inst> = func.layout.block_insts(block).collect();
        let (jump, body) = insts.split_last().unwrap();
        for &inst in body {
            func.layout.remove_inst(inst);
            func.layout.insert_inst(inst, term);
        }
        func.layout.remove_inst(*jump);
        func.layout.remove_block(block);
    }
    let loc = func.srcloc(term);
    let mut pos = FuncCursor::new(func).at_inst(term).with_srcloc(loc);
    let mut args = Vec::new();
    for (a, b) in when_yes.into_iter().zip(when_no) {
        args.push(BlockArg::Value(if a == b { a } else { select(&mut pos, cond, a, b) }));
    }
    func.stencil.replace(term).jump(post, &args);
    true
}

/// `cond ? a : b`, as gc makes it: a conditional move, except that `if c { x
/// += k }` for k = 1, 2, 4 or 8 becomes `x += int(c) * k`, an addition (and
/// a shift), since a conditional move waits for both of its inputs and the
/// addition for one: a loop counting with it runs at one cycle an iteration
/// instead of two. `cond` is then a Go bool, 0 or 1, as every `i8` condition
/// the back end branches on is (its other tests are of wider words).
fn select(pos: &mut FuncCursor, cond: Value, a: Value, b: Value) -> Value {
    if pos.func.dfg.value_type(cond) == types::I8 {
        // `a` is `b + k` (the addition made when the condition holds), or the reverse
        let (flip, x, k) = match (added(pos.func, a, b), added(pos.func, b, a)) {
            (Some(k), _) => (false, b, k),
            (_, Some(k)) => (true, a, k),
            _ => (false, b, 0),
        };
        if matches!(k, 1 | 2 | 4 | 8) {
            let c = if flip { pos.ins().bxor_imm_u(cond, 1) } else { cond };
            let t = pos.func.dfg.value_type(x);
            let c = pos.ins().uextend(t, c);
            let c = if k > 1 { pos.ins().ishl_imm_u(c, k.trailing_zeros() as i64) } else { c };
            return pos.ins().iadd(x, c);
        }
    }
    pos.ins().select(cond, a, b)
}

/// The constant `k` if `v` is `x + k` (as the bits of its type).
fn added(func: &ir::Function, v: Value, x: Value) -> Option<u64> {
    let ValueDef::Result(inst, 0) = func.dfg.value_def(v) else { return None };
    match func.dfg.insts[inst] {
        InstructionData::Binary { opcode: ir::Opcode::Iadd, args: [p, q] } if p == x => constant(func, q),
        InstructionData::Binary { opcode: ir::Opcode::Iadd, args: [p, q] } if q == x => constant(func, p),
        _ => None,
    }
}

/// If `b` is an arm `dom` can absorb — reached from `dom` only, without
/// parameters, at most `limit` instructions that only compute values, then a
/// `jump` — where the jump goes and its arguments (None if one is not a value).
fn arm(func: &ir::Function, g: &Graph, dom: ir::Block, b: ir::Block, limit: usize) -> Option<(ir::Block, Option<Vec<Value>>)> {
    if func.dfg.num_block_params(b) != 0 || g.preds(b).ne([dom]) {
        return None;
    }
    let insts: Vec<ir::Inst> = func.layout.block_insts(b).collect();
    let (&jump, body) = insts.split_last()?;
    let InstructionData::Jump { destination, .. } = func.dfg.insts[jump] else { return None };
    if body.len() > limit || !body.iter().all(|&i| speculable(func, i)) {
        return None;
    }
    Some((destination.block(&func.dfg.value_lists), values(func, destination)))
}

/// The arguments of edge `call`, if all are values.
fn values(func: &ir::Function, call: ir::BlockCall) -> Option<Vec<Value>> {
    call.args(&func.dfg.value_lists).map(|a| a.as_value()).collect()
}

/// Whether instruction `inst` may run when its result is not wanted: it
/// produces values and does nothing else.
fn speculable(func: &ir::Function, inst: ir::Inst) -> bool {
    let op = func.dfg.insts[inst].opcode();
    !(op.is_call() || op.can_load() || op.can_store() || op.can_trap() || op.other_side_effects() || op.is_branch() || op.is_terminator())
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::codegen::testutil;
    use cranelift_codegen::ir::{self, condcodes::IntCC, types::*, AbiParam, InstBuilder, MemFlagsData, Signature};
    use cranelift_codegen::isa::CallConv;
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// `fn(a, b) -> if a < b { b + 1 } else { a }`, its arm `if_arm`
    /// instructions long, or the same with the result used as a load address.
    fn triangle(if_arm: usize, address: bool) -> ir::Function {
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.extend([AbiParam::new(I64), AbiParam::new(I64)]);
        sig.returns.push(AbiParam::new(I64));
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::default(), sig);
        let mut fbc = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fbc);
        let [entry, dom, simple, post] = [(); 4].map(|_| b.create_block());
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let (x, y) = (b.block_params(entry)[0], b.block_params(entry)[1]);
        b.ins().jump(dom, &[]);
        b.switch_to_block(dom);
        let c = b.ins().icmp(IntCC::SignedLessThan, x, y);
        b.ins().brif(c, simple, &[], post, &[x.into()]);
        b.switch_to_block(simple);
        let mut v = y;
        for _ in 0..if_arm {
            v = b.ins().iadd_imm_s(v, 1);
        }
        b.ins().jump(post, &[v.into()]);
        let r = b.append_block_param(post, I64);
        b.switch_to_block(post);
        let r = if address { b.ins().load(I64, MemFlagsData::trusted(), r, 0) } else { r };
        b.ins().return_(&[r]);
        testutil::finish(b);
        func
    }

    fn selects(func: &ir::Function) -> usize {
        let insts = func.layout.blocks().flat_map(|b| func.layout.block_insts(b));
        insts.filter(|&i| func.dfg.insts[i].opcode() == ir::Opcode::Select).count()
    }

    #[test]
    fn small_arms_become_selects() {
        let mut f = triangle(1, false);
        run(&mut f);
        assert_eq!((selects(&f), f.layout.blocks().count()), (1, 3), "{}", f.display());
        testutil::verify(&f);
    }

    #[test]
    fn long_arms_and_load_addresses_stay_branches() {
        for mut f in [triangle(3, false), triangle(1, true)] {
            run(&mut f);
            assert_eq!(selects(&f), 0, "{}", f.display());
        }
    }
}
