//! Inlining of small functions, as gc inlines them: Cranelift does the splicing
//! (`Context::inline`); this decides which calls, and supplies callee bodies from
//! the lowered (not yet compiled) IR the back end keeps for that purpose.

use super::{Backend, FnKey};
use cranelift_codegen::inline::{Inline, InlineCommand};
use cranelift_codegen::ir::{self, ExternalName, Opcode};
use cranelift_module::FuncId;
use std::borrow::Cow;

/// Callees up to this many IR instructions are inlined (gc's budget is 80 nodes
/// of its own IR; this is about the same amount of code).
const BUDGET: usize = 60;

pub struct Inliner<'a, 'p> {
    pub be: &'a mut Backend<'p>,
    pub caller: FuncId,
}

impl Inline for Inliner<'_, '_> {
    fn inline(&mut self, caller: &ir::Function, inst: ir::Inst, opcode: Opcode, callee: ir::FuncRef, _args: &[ir::Value]) -> InlineCommand<'_> {
        // calls on failure paths (bounds checks, nil checks) stay calls
        let cold = caller.layout.inst_block(inst).is_some_and(|b| caller.layout.is_cold(b));
        if opcode != Opcode::Call || cold {
            return InlineCommand::KeepCall;
        }
        let ExternalName::User(r) = caller.dfg.ext_funcs[callee].name else { return InlineCommand::KeepCall };
        let name = &caller.params.user_named_funcs()[r];
        if name.namespace != 0 {
            return InlineCommand::KeepCall;
        }
        let id = FuncId::from_u32(name.index);
        if id == self.caller {
            return InlineCommand::KeepCall;
        }
        match self.be.inlinable(id).and_then(|f| rename_symbols(caller, f)) {
            Some(f) => InlineCommand::Inline { callee: Cow::Owned(f), visit_callee: false },
            None => InlineCommand::KeepCall,
        }
    }
}

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
        if let Some(f) = be.inlinable(c) {
            for (_, name) in f.params.user_named_funcs().iter() {
                func.declare_imported_user_function(name.clone());
            }
        }
    }
}

/// Whether lowered function `f` (with id `id`) is worth inlining: small, and not
/// calling itself.
pub fn small(id: FuncId, f: &ir::Function) -> bool {
    let mut n = 0;
    for block in f.layout.blocks() {
        for inst in f.layout.block_insts(block) {
            n += 1;
            if n > BUDGET {
                return false;
            }
            if let ir::InstructionData::Call { func_ref, .. } = f.dfg.insts[inst] {
                if let ExternalName::User(r) = f.dfg.ext_funcs[func_ref].name {
                    let name = &f.params.user_named_funcs()[r];
                    if name.namespace == 0 && name.index == id.as_u32() {
                        return false;
                    }
                }
            }
        }
    }
    true
}

/// Which functions may be inlined at all: declared Go functions (wrappers and
/// literals have their own shapes; natives have no body).
pub fn candidate(key: &FnKey) -> bool {
    matches!(key, FnKey::Func(_))
}
