//! Redundant block parameters, as gc's `phielim`: a block parameter that every
//! edge into its block passes the same value for (or the parameter itself, round
//! a loop) is that value; it is removed, and its uses read the value.
//!
//! Cranelift's SSA builder gives a block a parameter for each variable that
//! reaches it by more than one edge, before it knows whether the edges carry the
//! same value; inlining adds more (a callee's parameters and results become the
//! caller's block parameters). What is left looks like
//!
//! ```text
//! block1: brif v1, block2, block3(v9)
//! block2: ... jump block3(v9)
//! block3(v10: i64): ...                 ; v10 is v9 on every edge
//! ```
//!
//! and costs a register move on each edge; worse, a parameter used beyond its
//! block stops branch threading (`shortcircuit`) from skipping that block, and
//! `checkelim` sees two names for one value. This pass runs before both.
//!
//! Why the replacement is valid SSA: if every edge into `B` passes `x`, the
//! definition of `x` dominates every predecessor of `B`, and so `B` and
//! everything `B` dominates (where the parameter's uses are) — unless `x` is
//! defined in `B` itself, which only an unreachable `B` allows; such a
//! parameter is left alone.

use cranelift_codegen::ir::{self, BlockArg, Value, ValueDef};
use rustc_hash::FxHashMap;

/// What the edges into a block pass for one of its parameters.
#[derive(Clone, Copy, PartialEq)]
enum Incoming {
    /// No edge yet (or only the parameter itself).
    Nothing,
    /// The same value on every edge so far.
    One(Value),
    /// Different values, or one that is not a value (a `try_call`'s results).
    Many,
}

/// Removes redundant block parameters until there are none: removing one can
/// make another redundant (a loop's header parameter that only fed a parameter
/// of the loop's body).
pub fn run(func: &mut ir::Function) {
    while round(func) {}
}

/// One sweep over the function; whether it removed anything.
fn round(func: &mut ir::Function) -> bool {
    let incoming = incoming(func);
    // the indices of the parameters removed, by block, in descending order
    let mut removed: FxHashMap<ir::Block, Vec<usize>> = FxHashMap::default();
    for (&block, values) in &incoming {
        if Some(block) == func.layout.entry_block() {
            continue;
        }
        for (j, &inc) in values.iter().enumerate().rev() {
            let Incoming::One(x) = inc else { continue };
            let param = func.dfg.block_params(block)[j];
            let x = func.dfg.resolve_aliases(x);
            if x == param || defined_in(func, x) == Some(block) {
                continue;
            }
            func.dfg.remove_block_param(param);
            func.dfg.change_to_alias(param, x);
            removed.entry(block).or_default().push(j);
        }
    }
    if removed.is_empty() {
        return false;
    }
    let blocks: Vec<ir::Block> = func.layout.blocks().collect();
    for block in blocks {
        let Some(term) = func.layout.last_inst(block) else { continue };
        let dfg = &mut func.dfg;
        for call in dfg.insts[term].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables) {
            if let Some(js) = removed.get(&call.block(&dfg.value_lists)) {
                for &j in js {
                    call.remove(j, &mut dfg.value_lists);
                }
            }
        }
    }
    true
}

/// For each block that has parameters, what its incoming edges pass for each.
fn incoming(func: &ir::Function) -> FxHashMap<ir::Block, Vec<Incoming>> {
    let dfg = &func.dfg;
    let mut incoming: FxHashMap<ir::Block, Vec<Incoming>> = FxHashMap::default();
    for block in func.layout.blocks() {
        let Some(term) = func.layout.last_inst(block) else { continue };
        for call in dfg.insts[term].branch_destination(&dfg.jump_tables, &dfg.exception_tables) {
            let dest = call.block(&dfg.value_lists);
            let params = dfg.block_params(dest);
            if params.is_empty() {
                continue;
            }
            let seen = incoming.entry(dest).or_insert_with(|| vec![Incoming::Nothing; params.len()]);
            for (j, arg) in call.args(&dfg.value_lists).enumerate() {
                seen[j] = match (arg, seen[j]) {
                    (BlockArg::Value(v), s) => match (dfg.resolve_aliases(v), s) {
                        (v, s) if v == params[j] => s,
                        (v, Incoming::Nothing) => Incoming::One(v),
                        (v, Incoming::One(x)) if x == v => s,
                        _ => Incoming::Many,
                    },
                    _ => Incoming::Many,
                };
            }
        }
    }
    incoming
}

/// The block whose parameter or instruction defines `v`.
fn defined_in(func: &ir::Function, v: Value) -> Option<ir::Block> {
    match func.dfg.value_def(v) {
        ValueDef::Result(inst, _) => func.layout.inst_block(inst),
        ValueDef::Param(block, _) => Some(block),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_codegen::ir::{types, AbiParam, InstBuilder};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// `func(x, c) { loop: if c { x passed round } ... return param }`: a loop
    /// header whose parameter gets `x` on entry and itself on the back edge,
    /// and an exit block whose parameter gets the header's on both edges.
    fn looped() -> ir::Function {
        let mut sig = ir::Signature::new(cranelift_codegen::isa::CallConv::SystemV);
        sig.params.extend([AbiParam::new(types::I64), AbiParam::new(types::I8)]);
        sig.returns.push(AbiParam::new(types::I64));
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::default(), sig);
        let mut fbc = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fbc);
        let [entry, header, exit] = [(); 3].map(|_| b.create_block());
        b.append_block_params_for_function_params(entry);
        let h = b.append_block_param(header, types::I64);
        let e = b.append_block_param(exit, types::I64);
        b.switch_to_block(entry);
        let (x, c) = (b.block_params(entry)[0], b.block_params(entry)[1]);
        b.ins().jump(header, &[x.into()]);
        b.switch_to_block(header);
        b.ins().brif(c, header, &[h.into()], exit, &[h.into()]);
        b.switch_to_block(exit);
        let one = b.ins().iadd_imm_s(e, 1);
        b.ins().return_(&[one]);
        crate::codegen::testutil::finish(b);
        func
    }

    #[test]
    fn a_parameter_passed_round_a_loop_is_its_entry_value() {
        let mut func = looped();
        let blocks: Vec<_> = func.layout.blocks().collect();
        let x = func.dfg.block_params(blocks[0])[0];
        let e = func.dfg.block_params(blocks[2])[0];
        run(&mut func);
        assert!(func.dfg.block_params(blocks[1]).is_empty());
        assert!(func.dfg.block_params(blocks[2]).is_empty());
        assert_eq!(func.dfg.resolve_aliases(e), x);
        crate::codegen::testutil::verify(&func);
    }

    #[test]
    fn a_parameter_with_two_values_stays() {
        let mut func = looped();
        let blocks: Vec<_> = func.layout.blocks().collect();
        // the back edge passes a constant made in the header: two values
        let term = func.layout.last_inst(blocks[1]).unwrap();
        let y = {
            use cranelift_codegen::cursor::{Cursor, FuncCursor};
            let mut cur = FuncCursor::new(&mut func).at_inst(term);
            cur.ins().iconst(types::I64, 7)
        };
        let dfg = &mut func.dfg;
        let back = &mut dfg.insts[term].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables)[0];
        back.update_args(&mut dfg.value_lists, |_| y.into());
        run(&mut func);
        assert_eq!(func.dfg.block_params(blocks[1]).len(), 1);
        crate::codegen::testutil::verify(&func);
    }
}
