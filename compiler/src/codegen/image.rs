//! A compiled program's image: everything the JIT module was given (declarations
//! in order, machine code with its relocations, data) and what the runtime was
//! told about the code (stack-check traps, tracebacks' line tables, landing
//! pads, the descriptors reflect's type makers look up). Replaying it into a
//! fresh module gives the same program without the front end or Cranelift —
//! how `minigo run` reuses a program compiled before (see `crate::cache`), as
//! `go run` reuses a cached executable.
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
use cranelift_module::{DataDescription, DataId, FuncId, Init, Linkage, Module, ModuleReloc, ModuleRelocTarget};
use serde::{Deserialize, Serialize};

/// Zeroed data at least this big is defined after the code when replayed.
const BIG_DATA: usize = 1 << 20;

#[derive(Default, Serialize, Deserialize)]
pub struct Image {
    /// Function and data declarations, by id.
    funcs: Vec<(String, Linkage)>,
    data: Vec<(String, Linkage, bool)>,
    code: Vec<Code>,
    defined_data: Vec<(DataId, DataDescription)>,
    traps: Vec<(FuncId, u32)>,
    typelinks: Vec<DataId>,
    codemap: Pending,
    entry_fv: Option<DataId>,
    adapter: Option<FuncId>,
    /// The program reads the heap profile (`Info::heap_profile`).
    pub heap_profile: bool,
}

#[derive(Serialize, Deserialize)]
struct Code {
    id: FuncId,
    align: u64,
    /// Where the code starts past an `align` boundary (`placement::offset`).
    offset: usize,
    /// Read as one block (as a sequence, serde would decode it a byte at a time).
    #[serde(with = "serde_bytes")]
    bytes: Vec<u8>,
    relocs: Vec<(u32, Reloc, ModuleRelocTarget, i64)>,
}

impl Image {
    /// Records function `id` as Cranelift compiled it in `ctx`, placed `offset`
    /// bytes past an alignment boundary.
    pub fn add_code(&mut self, id: FuncId, offset: usize, ctx: &Context) {
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
        self.code.push(Code { id, align: cc.buffer.alignment as u64, offset, bytes: cc.code_buffer().to_vec(), relocs });
    }

    pub fn add_data(&mut self, id: DataId, d: &DataDescription) {
        self.defined_data.push((id, d.clone()));
    }

    pub fn add_traps(&mut self, traps: &[(FuncId, u32)]) {
        self.traps.extend_from_slice(traps);
    }

    pub fn add_typelinks(&mut self, links: &[DataId]) {
        self.typelinks.extend_from_slice(links);
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

    /// Checks that everything `load` indexes is in range — declarations by id,
    /// relocations and traps within their code or data, line tables and landing
    /// pads within their functions — so that a damaged image is an error, never
    /// a crash or a write out of bounds. (The cache checksums entries too; this
    /// is the loader's own guard.)
    pub fn validate(&self) -> Result<(), String> {
        let (nf, nd) = (self.funcs.len(), self.data.len());
        let target_ok = |t: &ModuleRelocTarget| match t {
            ModuleRelocTarget::User { namespace: 0, index } => (*index as usize) < nf,
            ModuleRelocTarget::User { namespace: 1, index } => (*index as usize) < nd,
            ModuleRelocTarget::User { .. } => false,
            ModuleRelocTarget::FunctionOffset(f, _) => (f.as_u32() as usize) < nf,
            ModuleRelocTarget::LibCall(_) | ModuleRelocTarget::KnownSymbol(_) => true,
        };
        let mut code_size = vec![None; nf];
        for c in &self.code {
            let slot = code_size.get_mut(c.id.as_u32() as usize).ok_or("code of an undeclared function")?;
            if slot.replace(c.bytes.len()).is_some() || !c.align.is_power_of_two() || c.offset >= super::jitmem::CODE_ALIGN {
                return Err("a function defined twice, or misaligned".into());
            }
            for (offset, kind, name, _) in &c.relocs {
                let width = if matches!(kind, Reloc::Abs8) { 8 } else { 4 };
                if *offset as usize + width > c.bytes.len() || !target_ok(name) {
                    return Err("a relocation outside its function or to nothing".into());
                }
            }
        }
        let mut defined = vec![false; nd];
        for (id, d) in &self.defined_data {
            let slot = defined.get_mut(id.as_u32() as usize).ok_or("an undeclared data object")?;
            let size = match &d.init {
                Init::Bytes { contents } => contents.len(),
                Init::Zeros { size } => *size,
                Init::Uninitialized => return Err("uninitialized data".into()),
            };
            let funcs_ok = d.function_relocs.iter().all(|(off, f)| *off as usize + 8 <= size && d.function_decls.get(*f).is_some_and(target_ok));
            let data_ok = d.data_relocs.iter().all(|(off, g, _)| *off as usize + 8 <= size && d.data_decls.get(*g).is_some_and(target_ok));
            if std::mem::replace(slot, true) || !funcs_ok || !data_ok || d.align.is_some_and(|a| !a.is_power_of_two()) {
                return Err("data defined twice, or a relocation outside it".into());
            }
        }
        // imports resolve by name (the JIT cannot link an unknown one); everything
        // else must be defined
        let known: std::collections::HashSet<&str> = super::symbols().map(|(name, _)| name).collect();
        let linked = |name: &str, linkage: &Linkage, here: bool| if *linkage == Linkage::Import { known.contains(name) } else { here };
        let funcs_linked = self.funcs.iter().zip(&code_size).all(|((name, l), size)| linked(name, l, size.is_some()));
        let data_linked = self.data.iter().zip(&defined).all(|((name, l, _), &here)| linked(name, l, here));
        if !funcs_linked || !data_linked {
            return Err("a declaration neither defined nor a known import".into());
        }
        let size_of = |f: FuncId| code_size.get(f.as_u32() as usize).copied().flatten();
        if !self.traps.iter().all(|&(f, off)| size_of(f).is_some_and(|s| (off as usize) < s)) {
            return Err("a stack-check trap outside its function".into());
        }
        self.codemap.validate(&size_of)?;
        let entry_ok = self.entry_fv.is_some_and(|d| defined.get(d.as_u32() as usize) == Some(&true));
        if !entry_ok || self.adapter.and_then(size_of).is_none() {
            return Err("incomplete image".into());
        }
        Ok(())
    }

    /// Replays the image into a fresh module; the program's addresses (as
    /// `codegen::Compiled`) once it is executable.
    pub fn load(self) -> Result<super::Compiled, String> {
        let (mut module, placement) = super::new_module();
        // A signature is needed to declare, but not used to define from bytes.
        // Code refers to declarations by id: only imports (resolved by name)
        // and preemptible data (whose linkage the module must know) need a
        // name; the rest are declared anonymously, sparing the module a
        // table of hundreds of names.
        let sig = ir::Signature::new(CallConv::SystemV);
        for (i, (name, linkage)) in self.funcs.iter().enumerate() {
            let id = match linkage {
                Linkage::Local => module.declare_anonymous_function(&sig),
                _ => module.declare_function(name, *linkage, &sig),
            }
            .map_err(|e| e.to_string())?;
            debug_assert_eq!(id.as_u32() as usize, i);
        }
        for (name, linkage, writable) in &self.data {
            match linkage {
                Linkage::Local => module.declare_anonymous_data(*writable, false),
                _ => module.declare_data(name, *linkage, *writable, false),
            }
            .map_err(|e| e.to_string())?;
        }
        // Big zeroed data (a large package variable) goes last, after the code
        // and the data it refers to PC-relatively, so that it does not stand
        // between them: x86 reaches only ±2 GiB that way.
        let big = |d: &DataDescription| matches!(d.init, Init::Zeros { size } if size >= BIG_DATA);
        for (id, d) in self.defined_data.iter().filter(|(_, d)| !big(d)) {
            module.define_data(*id, d).map_err(|e| e.to_string())?;
        }
        for c in &self.code {
            let relocs: Vec<ModuleReloc> =
                c.relocs.iter().map(|(offset, kind, name, addend)| ModuleReloc { offset: *offset, kind: *kind, name: name.clone(), addend: *addend }).collect();
            placement.define(&mut module, c.id, c.align, c.offset, &c.bytes, &relocs).map_err(|e| e.to_string())?;
        }
        for (id, d) in self.defined_data.iter().filter(|(_, d)| big(d)) {
            module.define_data(*id, d).map_err(|e| e.to_string())?;
        }
        module.finalize_definitions().map_err(|e| e.to_string())?;
        super::publish_traps(&module, &self.traps);
        let writable: Vec<DataId> = self.defined_data.iter().map(|(id, _)| *id).filter(|id| self.data[id.as_u32() as usize].2).collect();
        super::publish_roots(&module, &writable);
        super::publish_typelinks(&module, &self.typelinks);
        self.codemap.publish(&module);
        if self.heap_profile {
            minigo_runtime::mprof::ENABLED.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        let (Some(entry_fv), Some(adapter)) = (self.entry_fv, self.adapter) else { return Err("incomplete image".into()) };
        let entry_fv = module.get_finalized_data(entry_fv).0 as usize;
        let adapter = module.get_finalized_function(adapter) as usize;
        Ok(super::Compiled { adapter, entry_fv, module })
    }
}
