//! A compiled program's image: everything the JIT module was given (declarations
//! in order, machine code with its relocations, data) and what the runtime was
//! told about the code (stack-check traps, tracebacks' line tables, landing
//! pads). Replaying it into a fresh module gives the same program without the
//! front end or Cranelift — how `minigo run` reuses a program compiled before
//! (see `crate::cache`), as `go run` reuses a cached executable.
//!
//! It can be replayed because compiled code refers to nothing outside itself by
//! address: runtime entry points and data (`runtime.zerobase`) are imports
//! resolved by name, everything else by relocation.

use super::codemap::Pending;
use cranelift_codegen::binemit::Reloc;
use cranelift_codegen::ir;
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::Context;
use cranelift_jit::JITModule;
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module, ModuleReloc, ModuleRelocTarget};
use serde::{Deserialize, Serialize};

#[derive(Default, Serialize, Deserialize)]
pub struct Image {
    /// Function and data declarations, by id.
    funcs: Vec<(String, Linkage)>,
    data: Vec<(String, Linkage, bool)>,
    code: Vec<Code>,
    defined_data: Vec<(DataId, DataDescription)>,
    traps: Vec<(FuncId, u32)>,
    codemap: Pending,
    entry_fv: Option<DataId>,
    adapter: Option<FuncId>,
}

#[derive(Serialize, Deserialize)]
struct Code {
    id: FuncId,
    align: u64,
    bytes: Vec<u8>,
    relocs: Vec<(u32, Reloc, ModuleRelocTarget, i64)>,
}

impl Image {
    /// Records function `id` as Cranelift compiled it in `ctx`.
    pub fn add_code(&mut self, id: FuncId, ctx: &Context) {
        let cc = ctx.compiled_code().expect("compiled");
        let relocs = cc
            .buffer
            .relocs()
            .iter()
            .map(|r| {
                let m = ModuleReloc::from_mach_reloc(r, &ctx.func, id);
                (m.offset, m.kind, m.name, m.addend)
            })
            .collect();
        self.code.push(Code { id, align: cc.buffer.alignment as u64, bytes: cc.code_buffer().to_vec(), relocs });
    }

    pub fn add_data(&mut self, id: DataId, d: &DataDescription) {
        self.defined_data.push((id, d.clone()));
    }

    pub fn add_traps(&mut self, traps: &[(FuncId, u32)]) {
        self.traps.extend_from_slice(traps);
    }

    pub fn add_codemap(&mut self, p: &Pending) {
        self.codemap.extend(p);
    }

    /// Completes the image of a compiled program with the module's declarations
    /// and its entry points.
    pub fn finish(&mut self, module: &JITModule, entry_fv: DataId, adapter: FuncId) {
        let d = module.declarations();
        self.funcs = d.get_functions().map(|(_, f)| (f.name.clone().unwrap_or_default(), f.linkage)).collect();
        self.data = d.get_data_objects().map(|(_, o)| (o.name.clone().unwrap_or_default(), o.linkage, o.writable)).collect();
        self.entry_fv = Some(entry_fv);
        self.adapter = Some(adapter);
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("serializing an image")
    }

    pub fn from_bytes(b: &[u8]) -> Option<Image> {
        postcard::from_bytes(b).ok()
    }

    /// Replays the image into a fresh module; the program's addresses (as
    /// `codegen::Compiled`) once it is executable.
    pub fn load(self) -> Result<super::Compiled, String> {
        let mut module = super::new_module();
        // a signature is needed to declare, but not used to define from bytes
        let sig = ir::Signature::new(CallConv::SystemV);
        for (i, (name, linkage)) in self.funcs.iter().enumerate() {
            let id = module.declare_function(name, *linkage, &sig).map_err(|e| e.to_string())?;
            debug_assert_eq!(id.as_u32() as usize, i);
        }
        for (name, linkage, writable) in &self.data {
            module.declare_data(name, *linkage, *writable, false).map_err(|e| e.to_string())?;
        }
        for c in &self.code {
            let relocs: Vec<ModuleReloc> =
                c.relocs.iter().map(|(offset, kind, name, addend)| ModuleReloc { offset: *offset, kind: *kind, name: name.clone(), addend: *addend }).collect();
            module.define_function_bytes(c.id, c.align, &c.bytes, &relocs).map_err(|e| e.to_string())?;
        }
        for (id, d) in &self.defined_data {
            module.define_data(*id, d).map_err(|e| e.to_string())?;
        }
        module.finalize_definitions().map_err(|e| e.to_string())?;
        super::publish_traps(&module, &self.traps);
        self.codemap.publish(&module);
        let (Some(entry_fv), Some(adapter)) = (self.entry_fv, self.adapter) else { return Err("incomplete image".into()) };
        let entry_fv = module.get_finalized_data(entry_fv).0 as usize;
        let adapter = module.get_finalized_function(adapter) as usize;
        Ok(super::Compiled { adapter, entry_fv, module })
    }
}
