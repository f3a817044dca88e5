//! Redundant check elimination, gc's `nilcheckelim` generalized to every
//! run-time check: a check that an earlier one, on every path to it, has
//! already passed is removed.
//!
//! The code generator guards each dereference, index, slice and division with
//! a check of its own (`FnCtx::fail_if`): `brif cond, fail, ok` with a cold
//! `fail` block that panics. A method reading three fields of its receiver
//! checks the receiver three times, `s[i] = s[i] + 1` checks `i` against
//! `len(s)` twice, and inlining repeats its callee's checks of values the
//! caller has checked already. Cranelift keeps them all: it does not reason
//! about branch conditions.
//!
//! The rule: when a block's terminator is such a check and its `ok` block has no
//! other predecessor, the check's condition is false everywhere `ok` dominates.
//! A later check there of the same condition — the same comparison of the same
//! SSA values, constants compared by value — cannot fail, and becomes a jump to
//! its own `ok` block. The values are SSA values, so "the same" means the same
//! at both points: a pointer reloaded from memory is a new value, and its check
//! stays.

use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, InstructionData, Opcode, Value, ValueDef};
use rustc_hash::FxHashMap;

/// An operand of a compared condition: a value, or a constant by its bits.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Operand {
    Value(Value),
    Const(u64),
}

/// A condition: an integer comparison of two operands.
type Cond = (IntCC, Operand, Operand);

/// Removes the checks of `func` that an earlier check makes redundant.
pub fn run(func: &mut ir::Function) {
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    // every check's condition, and the `ok` blocks where it is known false
    let mut checks: Vec<(ir::Inst, Cond, ir::BlockCall)> = Vec::new();
    let mut passed: FxHashMap<Cond, Vec<ir::Block>> = FxHashMap::default();
    for block in func.layout.blocks() {
        let Some(term) = func.layout.last_inst(block) else { continue };
        let InstructionData::Brif { opcode: Opcode::Brif, arg, blocks: [fail, ok] } = func.dfg.insts[term] else { continue };
        let pool = &func.dfg.value_lists;
        let (fail_block, ok_block) = (fail.block(pool), ok.block(pool));
        if !func.layout.is_cold(fail_block) || fail_block == ok_block {
            continue;
        }
        let Some(cond) = condition(func, arg) else { continue };
        checks.push((term, cond, ok));
        if cfg.pred_iter(ok_block).count() == 1 {
            passed.entry(cond).or_default().push(ok_block);
        }
    }
    for (term, cond, ok) in checks {
        let Some(blocks) = passed.get(&cond) else { continue };
        let here = func.layout.inst_block(term).expect("a terminator in the layout");
        if blocks.iter().any(|&b| b != ok.block(&func.dfg.value_lists) && domtree.block_dominates(b, here)) {
            func.dfg.insts[term] = InstructionData::Jump { opcode: Opcode::Jump, destination: ok };
        }
    }
}

/// The comparison that defines `v`, if an integer comparison does.
fn condition(func: &ir::Function, v: Value) -> Option<Cond> {
    let ValueDef::Result(inst, 0) = func.dfg.value_def(v) else { return None };
    match func.dfg.insts[inst] {
        InstructionData::IntCompare { opcode: Opcode::Icmp, args: [a, b], cond } => Some((cond, operand(func, a), operand(func, b))),
        _ => None,
    }
}

fn operand(func: &ir::Function, v: Value) -> Operand {
    let v = func.dfg.resolve_aliases(v);
    super::shortcircuit::constant(func, v).map_or(Operand::Value(v), Operand::Const)
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_codegen::ir::{types, AbiParam, InstBuilder};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// `func(p) { check p != nil; check p != nil (or q != nil); return }`,
    /// each check failing to a cold block of its own.
    fn checked_twice(same: bool) -> (ir::Function, ir::Block) {
        let mut sig = ir::Signature::new(cranelift_codegen::isa::CallConv::SystemV);
        sig.params.extend([AbiParam::new(types::I64), AbiParam::new(types::I64)]);
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::default(), sig);
        let mut fbc = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fbc);
        let [entry, fail1, ok1, fail2, ok2] = [(); 5].map(|_| b.create_block());
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let (p, q) = (b.block_params(entry)[0], b.block_params(entry)[1]);
        let z = b.ins().iconst(types::I64, 0);
        let c = b.ins().icmp(IntCC::Equal, p, z);
        b.ins().brif(c, fail1, &[], ok1, &[]);
        for (fail, ok) in [(fail1, ok1), (fail2, ok2)] {
            b.set_cold_block(fail);
            b.switch_to_block(fail);
            b.ins().trap(ir::TrapCode::unwrap_user(2));
            b.switch_to_block(ok);
            if ok == ok2 {
                b.ins().return_(&[]);
            }
            if ok == ok1 {
                // a constant of its own, as each check makes one
                let z = b.ins().iconst(types::I64, 0);
                let c = b.ins().icmp(IntCC::Equal, if same { p } else { q }, z);
                b.ins().brif(c, fail2, &[], ok2, &[]);
            }
        }
        crate::codegen::testutil::finish(b);
        (func, ok1)
    }

    fn opcode_at_end(func: &ir::Function, block: ir::Block) -> Opcode {
        func.dfg.insts[func.layout.last_inst(block).unwrap()].opcode()
    }

    #[test]
    fn a_repeated_check_goes() {
        let (mut func, second) = checked_twice(true);
        run(&mut func);
        assert_eq!(opcode_at_end(&func, second), Opcode::Jump);
        crate::codegen::testutil::verify(&func);
    }

    #[test]
    fn a_check_of_another_value_stays() {
        let (mut func, second) = checked_twice(false);
        run(&mut func);
        assert_eq!(opcode_at_end(&func, second), Opcode::Brif);
    }
}
