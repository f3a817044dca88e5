//! Branch threading, as gc's `shortcircuit` pass: an edge into a block that
//! does nothing but branch on is pointed straight at where that block would go;
//! and a branch on a condition known at compile time becomes a jump.
//!
//! The shape it is for is what inlining a function that returns a `bool` leaves
//! behind. `d.Less(i, j)` inlined into `for ... && d.Less(i, j)` becomes
//!
//! ```text
//! block1: ... brif v1, block2, block3    ; the callee's condition
//! block2: v2 = iconst.i8 1; jump block4(v2)
//! block3: v3 = iconst.i8 0; jump block4(v3)
//! block4(v4: i8): jump block5(v4)       ; the callee's return
//! block5(v5: i8): brif v5, body, exit   ; the caller's condition
//! ```
//!
//! and Cranelift keeps every step: it materializes the boolean, merges it,
//! and tests it again. Threaded, `block2` jumps to `body` and `block3` to `exit`.
//!
//! First, a block that ends in a `jump` to a block it is the only way into
//! absorbs that block (`merge_straight`): `block4(v4): jump block5; block5:
//! brif v4, ...` is one block, whose parameter only its terminator uses.
//!
//! An edge `P → B(args)` is threaded when `B` holds nothing but its terminator,
//! a `jump`; or when `B` ends in a `brif` whose condition the edge decides: the
//! `brif` tests a parameter for which the edge passes an integer constant (or
//! the condition of the `brif` the edge leaves, which the edge decides: see
//! `edge_fact`), or a
//! comparison, among `B`'s only other instructions (constants and integer
//! comparisons), of such parameters and constants. The edge then goes where
//! `B`'s would go, with `B`'s parameters replaced by `args` in that edge's
//! arguments.
//!
//! Why this keeps SSA form valid: every value `B`'s terminator uses other than
//! its parameters and its own instructions' results is defined in a block that
//! strictly dominates `B`, and so is available at the end of each predecessor
//! `P`. `B`'s parameters are the exception, and the edge substitutes them; so a
//! block one of whose parameters is used anywhere but in its own terminator, or
//! one of whose instructions' results is used in another block (by a block `B`
//! dominates, which the new edge would reach without passing `B`), is never
//! threaded through.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, BlockArg, BlockCall, InstructionData, Opcode, Value, ValueDef};
use rustc_hash::FxHashSet;

/// How many blocks one edge is threaded through at most: a cycle of blocks that
/// only jump to each other must not keep it busy forever.
const MAX_HOPS: usize = 8;

/// Threads the edges of `func`'s `jump`s and `brif`s. The entry block's are
/// left as they are: its stack check must keep the shape `drop_entry_check`
/// removes from bodies to be inlined.
pub fn run(func: &mut ir::Function) {
    merge_straight(func);
    func.dfg.resolve_all_aliases();
    let entry = func.layout.entry_block();
    let escaping = unskippable(func);
    let blocks: Vec<ir::Block> = func.layout.blocks().skip(1).collect();
    for &p in &blocks {
        fold(func, p);
    }
    for p in blocks {
        let Some(term) = func.layout.last_inst(p) else { continue };
        let edges = match func.dfg.insts[term] {
            InstructionData::Jump { .. } => 1,
            InstructionData::Brif { .. } => 2,
            _ => continue,
        };
        for k in 0..edges {
            let fact = edge_fact(func, term, k);
            for _ in 0..MAX_HOPS {
                let call = edge(func, term, k);
                let b = call.block(&func.dfg.value_lists);
                if Some(b) == entry || escaping.contains(&b) {
                    break;
                }
                let Some(next) = thread(func, call, fact) else { break };
                set_edge(func, term, k, next);
            }
        }
    }
}

/// Appends to each block that ends in `jump C` the block `C`, when the jump is
/// `C`'s only predecessor edge (the entry block and its edges stay as they are).
/// An inlined function's return leaves `B(v): jump C; C: brif v, ...`: merged,
/// `v` is used by its own block's terminator only, and the edges into `B` that
/// pass a constant for it can be threaded.
fn merge_straight(func: &mut ir::Function) {
    let entry = func.layout.entry_block();
    let mut preds: rustc_hash::FxHashMap<ir::Block, usize> = Default::default();
    for block in func.layout.blocks() {
        let Some(term) = func.layout.last_inst(block) else { continue };
        for call in func.dfg.insts[term].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables) {
            *preds.entry(call.block(&func.dfg.value_lists)).or_default() += 1;
        }
    }
    let blocks: Vec<ir::Block> = func.layout.blocks().filter(|&b| Some(b) != entry).collect();
    for b in blocks {
        // `b` may have been merged into its predecessor already
        if !func.layout.is_block_inserted(b) {
            continue;
        }
        while let Some(term) = func.layout.last_inst(b) {
            let InstructionData::Jump { destination, .. } = func.dfg.insts[term] else { break };
            let c = destination.block(&func.dfg.value_lists);
            if c == b || Some(c) == entry || preds.get(&c) != Some(&1) {
                break;
            }
            let args: Vec<BlockArg> = destination.args(&func.dfg.value_lists).collect();
            let params = func.dfg.block_params(c).to_vec();
            if args.iter().any(|a| a.as_value().is_none()) {
                break;
            }
            for (p, a) in params.into_iter().zip(args) {
                func.dfg.remove_block_param(p);
                func.dfg.change_to_alias(p, a.as_value().unwrap());
            }
            func.layout.remove_inst(term);
            let insts: Vec<ir::Inst> = func.layout.block_insts(c).collect();
            for i in insts {
                func.layout.remove_inst(i);
                func.layout.append_inst(i, b);
            }
            func.layout.remove_block(c);
        }
    }
}

/// Makes a `brif` that ends `block` on a condition known at compile time a
/// jump: a constant, or a comparison of a value with itself (`x != x`, generic
/// code's NaN test, instantiated with an integer type).
fn fold(func: &mut ir::Function, block: ir::Block) {
    let Some(term) = func.layout.last_inst(block) else { return };
    let InstructionData::Brif { arg, blocks, .. } = func.dfg.insts[term] else { return };
    let known = match func.dfg.value_def(arg) {
        ValueDef::Result(inst, 0) => match func.dfg.insts[inst] {
            InstructionData::UnaryImm { opcode: Opcode::Iconst, .. } => constant(func, arg).map(|c| c != 0),
            InstructionData::IntCompare { opcode: Opcode::Icmp, args: [a, b], cond } if a == b => Some(matches!(
                cond,
                IntCC::Equal
                    | IntCC::SignedLessThanOrEqual
                    | IntCC::SignedGreaterThanOrEqual
                    | IntCC::UnsignedLessThanOrEqual
                    | IntCC::UnsignedGreaterThanOrEqual
            )),
            _ => None,
        },
        _ => None,
    };
    if let Some(taken) = known {
        let destination = if taken { blocks[0] } else { blocks[1] };
        func.dfg.insts[term] = InstructionData::Jump { opcode: Opcode::Jump, destination };
    }
}

/// Blocks an edge must not skip: those one of whose parameters is used by an
/// instruction other than the block's own terminator, or one of whose
/// instructions' results is used in another block.
fn unskippable(func: &ir::Function) -> FxHashSet<ir::Block> {
    let mut out = FxHashSet::default();
    for block in func.layout.blocks() {
        let last = func.layout.last_inst(block);
        for inst in func.layout.block_insts(block) {
            for v in func.dfg.inst_values(inst) {
                match func.dfg.value_def(v) {
                    ValueDef::Param(owner, _) if owner != block || Some(inst) != last => {
                        out.insert(owner);
                    }
                    ValueDef::Result(def, _) => {
                        if let Some(owner) = func.layout.inst_block(def).filter(|&o| o != block) {
                            out.insert(owner);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

/// Edge `k` (0 or 1) of terminator `term`, a `jump` or `brif`.
fn edge(func: &ir::Function, term: ir::Inst, k: usize) -> BlockCall {
    match func.dfg.insts[term] {
        InstructionData::Jump { destination, .. } => destination,
        InstructionData::Brif { blocks, .. } => blocks[k],
        _ => unreachable!("only jumps and brifs are threaded"),
    }
}

fn set_edge(func: &mut ir::Function, term: ir::Inst, k: usize, call: BlockCall) {
    match &mut func.dfg.insts[term] {
        InstructionData::Jump { destination, .. } => *destination = call,
        InstructionData::Brif { blocks, .. } => blocks[k] = call,
        _ => unreachable!("only jumps and brifs are threaded"),
    }
}

/// What taking edge `k` of terminator `term` says about a value: a `brif`'s
/// condition is 0 on its second edge, and 1 on its first if it is a comparison
/// (which gives 0 or 1). A string comparison leaves `brif eq, bytes, join(eq)`:
/// on that edge `eq` is known false, and the join's test of it can be skipped.
fn edge_fact(func: &ir::Function, term: ir::Inst, k: usize) -> Option<(Value, u64)> {
    let InstructionData::Brif { arg, .. } = func.dfg.insts[term] else { return None };
    let compared = matches!(func.dfg.value_def(arg), ValueDef::Result(i, 0) if matches!(func.dfg.insts[i].opcode(), Opcode::Icmp | Opcode::Fcmp));
    match k {
        1 => Some((arg, 0)),
        _ => compared.then_some((arg, 1)),
    }
}

/// Where edge `call` leads when its block only branches on (see the module
/// comment), as a new edge; None if the block does more. `fact`: a value the
/// edge is known to carry (`edge_fact`).
fn thread(func: &mut ir::Function, call: BlockCall, fact: Option<(Value, u64)>) -> Option<BlockCall> {
    let pool = &func.dfg.value_lists;
    let b = call.block(pool);
    let term = func.layout.last_inst(b)?;
    let params = func.dfg.block_params(b);
    let args: Vec<BlockArg> = call.args(pool).collect();
    let pre: Vec<ir::Inst> = func.layout.block_insts(b).take_while(|&i| i != term).collect();
    let next = match func.dfg.insts[term] {
        InstructionData::Jump { destination, .. } if pre.is_empty() => destination,
        InstructionData::Brif { arg, blocks, .. } => {
            // the condition, from the edge's constants through the block's
            // comparisons (`c != 0` of an inlined `Compare`'s -1, 0 or +1)
            let mut known: Vec<(Value, u64)> = Vec::new();
            for (&p, a) in params.iter().zip(&args) {
                if let Some(c) = a.as_value().and_then(|v| fact.filter(|f| f.0 == v).map(|f| f.1).or_else(|| constant(func, v))) {
                    known.push((p, c));
                }
            }
            let value = |known: &[(Value, u64)], v: Value| known.iter().find(|k| k.0 == v).map(|k| k.1).or_else(|| constant(func, v));
            for &i in &pre {
                let r = *func.dfg.inst_results(i).first()?;
                let c = match func.dfg.insts[i] {
                    InstructionData::UnaryImm { opcode: Opcode::Iconst, .. } => constant(func, r)?,
                    InstructionData::IntCompare { opcode: Opcode::Icmp, args: [x, y], cond } => {
                        let bits = func.dfg.value_type(x).bits();
                        compare(cond, value(&known, x)?, value(&known, y)?, bits) as u64
                    }
                    _ => return None,
                };
                known.push((r, c));
            }
            if value(&known, arg)? != 0 {
                blocks[0]
            } else {
                blocks[1]
            }
        }
        _ => return None,
    };
    let target = next.block(pool);
    if target == b {
        return None;
    }
    let inner = |v: Value| pre.iter().any(|&i| func.dfg.inst_results(i).contains(&v));
    let substituted: Option<Vec<BlockArg>> = next
        .args(pool)
        .map(|a| match a {
            // a value the skipped block computes is not there to pass
            BlockArg::Value(v) if inner(v) => None,
            BlockArg::Value(v) => Some(params.iter().position(|&p| p == v).map_or(a, |i| args[i])),
            // results of a `try_call` are not arguments of a plain edge
            _ => None,
        })
        .collect();
    Some(BlockCall::new(target, substituted?, &mut func.dfg.value_lists))
}

/// `x cond y` for constants of `bits` bits (zero-extended, as `constant`
/// gives them).
fn compare(cond: IntCC, x: u64, y: u64, bits: u32) -> bool {
    let signed = |v: u64| if bits >= 64 { v as i64 } else { ((v << (64 - bits)) as i64) >> (64 - bits) };
    let (sx, sy) = (signed(x), signed(y));
    match cond {
        IntCC::Equal => x == y,
        IntCC::NotEqual => x != y,
        IntCC::SignedLessThan => sx < sy,
        IntCC::SignedLessThanOrEqual => sx <= sy,
        IntCC::SignedGreaterThan => sx > sy,
        IntCC::SignedGreaterThanOrEqual => sx >= sy,
        IntCC::UnsignedLessThan => x < y,
        IntCC::UnsignedLessThanOrEqual => x <= y,
        IntCC::UnsignedGreaterThan => x > y,
        IntCC::UnsignedGreaterThanOrEqual => x >= y,
    }
}

/// The value of `v` if an `iconst` defines it, as the bits of its type (the
/// other passes after inlining, and lowering, ask this too).
pub(super) fn constant(func: &ir::Function, v: Value) -> Option<u64> {
    let ValueDef::Result(inst, 0) = func.dfg.value_def(v) else { return None };
    let InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } = func.dfg.insts[inst] else { return None };
    let bits = func.dfg.value_type(v).bits();
    let mask = if bits >= 64 { u64::MAX } else { (1 << bits) - 1 };
    Some(imm.bits() as u64 & mask)
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_codegen::ir::{types, AbiParam, InstBuilder};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// `func(x, y) { if x < y { return 10 }; return 20 }` with the comparison
    /// materialized as a bool, merged and branched on again, as an inlined
    /// `Less` leaves it; and with the merged bool also used after the branch
    /// (which must keep the merge block); with `via_jump`, the merge block
    /// jumps to a block of its own that branches (an inlined return's shape).
    fn materialized(use_after: bool, via_jump: bool) -> ir::Function {
        let mut sig = ir::Signature::new(cranelift_codegen::isa::CallConv::SystemV);
        sig.params.extend([AbiParam::new(types::I64), AbiParam::new(types::I64)]);
        sig.returns.push(AbiParam::new(types::I64));
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::default(), sig);
        let mut fbc = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fbc);
        let [entry, yes, no, merge, then, els] = [(); 6].map(|_| b.create_block());
        b.append_block_params_for_function_params(entry);
        let flag = b.append_block_param(merge, types::I8);
        b.switch_to_block(entry);
        let (x, y) = (b.block_params(entry)[0], b.block_params(entry)[1]);
        let lt = b.ins().icmp(ir::condcodes::IntCC::SignedLessThan, x, y);
        b.ins().brif(lt, yes, &[], no, &[]);
        b.switch_to_block(yes);
        let one = b.ins().iconst(types::I8, 1);
        b.ins().jump(merge, &[one.into()]);
        b.switch_to_block(no);
        let zero = b.ins().iconst(types::I8, 0);
        b.ins().jump(merge, &[zero.into()]);
        b.switch_to_block(merge);
        if via_jump {
            let test = b.create_block();
            b.ins().jump(test, &[]);
            b.switch_to_block(test);
        }
        b.ins().brif(flag, then, &[], els, &[]);
        b.switch_to_block(then);
        let ten = b.ins().iconst(types::I64, 10);
        let r = if use_after { b.ins().uextend(types::I64, flag) } else { ten };
        b.ins().return_(&[r]);
        b.switch_to_block(els);
        let twenty = b.ins().iconst(types::I64, 20);
        b.ins().return_(&[twenty]);
        crate::codegen::testutil::finish(b);
        func
    }

    fn target(func: &ir::Function, block: ir::Block) -> ir::Block {
        let term = func.layout.last_inst(block).unwrap();
        edge(func, term, 0).block(&func.dfg.value_lists)
    }

    #[test]
    fn constant_bools_branch_directly() {
        let mut func = materialized(false, false);
        let blocks: Vec<_> = func.layout.blocks().collect();
        run(&mut func);
        assert_eq!(target(&func, blocks[1]), blocks[4], "true goes to then");
        assert_eq!(target(&func, blocks[2]), blocks[5], "false goes to else");
        crate::codegen::testutil::verify(&func);
    }

    #[test]
    fn a_merge_that_jumps_to_its_branch_is_threaded() {
        let mut func = materialized(false, true);
        let blocks: Vec<_> = func.layout.blocks().collect();
        run(&mut func);
        // blocks: entry, yes, no, merge, test (merged into merge), then, else
        assert!(!func.layout.is_block_inserted(blocks[4]));
        assert_eq!(target(&func, blocks[1]), blocks[5], "true goes to then");
        assert_eq!(target(&func, blocks[2]), blocks[6], "false goes to else");
        crate::codegen::testutil::verify(&func);
    }

    #[test]
    fn a_value_compared_with_itself_is_known() {
        let mut func = materialized(false, false);
        let blocks: Vec<_> = func.layout.blocks().collect();
        // block1's jump becomes a branch on `x != x`
        let x = func.dfg.block_params(blocks[0])[0];
        let term = func.layout.last_inst(blocks[1]).unwrap();
        let c = {
            let mut cur = cranelift_codegen::cursor::FuncCursor::new(&mut func).at_inst(term);
            use cranelift_codegen::cursor::Cursor;
            let c = cur.ins().icmp(IntCC::NotEqual, x, x);
            cur.goto_inst(term);
            c
        };
        let (yes, no) = (edge(&func, term, 0), BlockCall::new(blocks[5], [], &mut func.dfg.value_lists));
        func.dfg.insts[term] = InstructionData::Brif { opcode: Opcode::Brif, arg: c, blocks: [no, yes] };
        run(&mut func);
        assert_eq!(func.dfg.insts[term].opcode(), Opcode::Jump);
        assert_eq!(target(&func, blocks[1]), blocks[4], "x != x is false: through the merge to then");
    }

    #[test]
    fn a_parameter_used_beyond_the_branch_keeps_its_block() {
        let mut func = materialized(true, false);
        let blocks: Vec<_> = func.layout.blocks().collect();
        run(&mut func);
        assert_eq!(target(&func, blocks[1]), blocks[3]);
        assert_eq!(target(&func, blocks[2]), blocks[3]);
    }
}
