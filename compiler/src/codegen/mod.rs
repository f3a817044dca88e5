//! The back end: lowers the checked program to Cranelift IR function by function,
//! JIT-compiles it, and hands the entry point to the runtime.
//!
//! Functions are compiled on demand from a worklist starting at the program entry
//! (package initialization, then `main.main`), so only what a program can reach is
//! compiled — most of the standard library never is.
//!
//! ABI (see docs/DESIGN.md, "The runtime boundary"): every Go function takes `g` (VMContext) and a closure
//! context first, uses Cranelift's `tail` convention, and returns its flattened
//! results in registers when they fit (8 integer, 8 float), else in `m.retbuf`.
//! Runtime entry points and natives use System V with `g` first.

mod bce;
mod branchelim;
mod builtins;
mod call;
mod chan;
mod checkelim;
mod codemap;
mod composite;
mod convert;
mod deadcode;
mod defer;
mod entry;
mod escape;
mod expr;
mod func;
pub mod image;
mod inline;
mod jitmem;
pub mod layout;
mod leaks;
mod looppoll;
mod order;
mod parallel;
mod phielim;
mod placement;
mod rtype;
mod shortcircuit;
mod sidestack;
mod slicestore;
mod stackcheck;
mod stmt;
mod tier;

use crate::syntax::ast::NodeId;
use crate::types::object::{DeclRef, ObjId, ObjKind, PkgId};
use crate::types::typ::{TypeId, INVALID};
use crate::types::Program;
use cranelift_codegen::ir::{self, types::*, AbiParam, ArgumentPurpose, Signature};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{DataDescription, DataId, FuncId, Init, Linkage, Module, ModuleReloc};
use layout::{is_float, Layouts, Repr};
use minigo_runtime::entries::{Conv, Entry, Word};
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// A function the back end can compile.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FnKey {
    /// A declared function or method.
    Func(ObjId),
    /// A function literal.
    Lit(NodeId),
    /// Method `method` reached through embedded fields `path` from receiver type
    /// `recv`, taking the receiver as a value. Method tables use these with the
    /// receiver type whose one word an interface holds (`rtype::data_recv`).
    Method { recv: TypeId, method: ObjId, path: Vec<usize> },
    /// An interface method called on a value of interface type reached through
    /// embedding (`recv.path...`), as a method of `recv`.
    IfaceMethod { recv: TypeId, path: Vec<usize>, index: usize },
    /// The code of a method value `x.M`: calls `target` (a method, or an
    /// interface method wrapper) on the receiver of type `recv` stored in the func
    /// value after the code pointer.
    Bound { recv: TypeId, target: Box<FnKey> },
    /// A native function as a Go func value.
    NativeWrapper(ObjId),
    /// The closure a `go` or `defer` statement builds for its call.
    Thunk(NodeId),
    /// The same call, given the thunk's captured values as arguments (after
    /// `g` and the context): how an open-coded deferred call is made.
    ThunkArgs(NodeId),
    /// How reflect's Value.Call calls a func value of this func type: a
    /// `func(fn, args, results unsafe.Pointer)` (see `abi::TypeDesc::call`).
    ReflectCall(TypeId),
    /// The code of the func values of this func type that reflect's MakeFunc
    /// makes (see `abi::TypeDesc::make_func`).
    ReflectStub(TypeId),
    /// Package initialization followed by `main.main`.
    Entry,
    /// The `serial`th REPL input: initialization of the packages it imports first
    /// and of the variables it declares, then its statements (function `run`).
    Input { serial: u32, run: Option<ObjId> },
}

/// How a function returns its results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetConv {
    Regs,
    /// All results go to `m.retbuf` (they would not fit in registers).
    Buf,
}

/// What the back end produced: code addresses the runtime starts from, and the
/// module that owns the code and data (which must outlive the program).
pub struct Compiled {
    pub adapter: usize,
    pub entry_fv: usize,
    pub module: JITModule,
}

/// The symbols compiled code imports: the runtime's entry points (and
/// `runtime.zerobase`) and the natives.
fn symbols() -> impl Iterator<Item = (&'static str, *const u8)> {
    minigo_runtime::entries::table().into_iter().chain(minigo_stdlib::natives::table())
}

/// A JIT module that resolves the runtime's entry points and the natives, with
/// its code and data in one reserved region (`jitmem`).
fn new_module() -> (JITModule, jitmem::Placement) {
    let mut jb = JITBuilder::with_isa(tier::isa(false), cranelift_module::default_libcall_names());
    for (name, f) in symbols() {
        jb.symbol(name, f);
    }
    let placement = jitmem::Placement::default();
    if let Some(memory) = jitmem::JitMemory::new(placement.clone()) {
        jb.memory_provider(Box::new(memory));
    }
    (JITModule::new(jb), placement)
}

/// Tells the collector where the package variables in `data` are (its roots).
fn publish_roots(module: &JITModule, data: &[DataId]) {
    for &d in data {
        let (p, size) = module.get_finalized_data(d);
        minigo_runtime::mgcmark::add_data_root(p as usize, size);
    }
}

/// Tells the runtime where the descriptors `links` are (see `rtype::Descriptors::links`).
fn publish_typelinks(module: &JITModule, links: &[DataId]) {
    // SAFETY: they are type descriptors, in the module's memory, which lives
    // as long as the program.
    unsafe { minigo_runtime::typelinks::add(links.iter().map(|&d| module.get_finalized_data(d).0 as usize)) };
}

/// Tells the signal handler where the stack checks of `traps` (function,
/// offset) are, and the entry of the function each is in.
fn publish_traps(module: &JITModule, traps: &[(FuncId, u32)]) {
    let traps: Vec<(usize, usize)> = traps
        .iter()
        .map(|&(f, off)| {
            let entry = module.get_finalized_function(f) as usize;
            (entry + off as usize, entry)
        })
        .collect();
    minigo_runtime::signal::add_stack_traps(traps);
}

/// Where compilation time goes (`minigo run --timing`).
#[derive(Default, Clone, Copy)]
pub struct Stats {
    pub functions: usize,
    /// Of `functions`, those found in the code cache.
    pub cached: usize,
    /// Lowering checked syntax to Cranelift IR.
    pub lower: std::time::Duration,
    /// Cranelift: optimization, register allocation, emission.
    pub cranelift: std::time::Duration,
}

/// What `minigo build --emit` prints.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Emit {
    None,
    Clif,
    Asm,
}

/// The back end of one program (or one REPL session): the checked program, the
/// JIT module its code goes into, and the state of compiling it, in parts that
/// each have one job.
pub struct Backend<'p> {
    pub p: &'p mut Program,
    pub module: JITModule,
    /// Where in its first bytes after a boundary the module places each function.
    placement: jitmem::Placement,
    pub isa: tier::Tiers,
    /// Functions compiled before, by this program or another (see `crate::cache`);
    /// none when listing code (a function found there has no listing).
    code: Option<crate::cache::CodeStore>,
    fbc: FunctionBuilderContext,
    pub layouts: Layouts,
    /// The program's functions and which are still to compile.
    fns: FuncTable,
    /// Lowered bodies kept for inlining (see `inline`).
    inl: inline::InlineCache,
    /// Type descriptors and itabs (see `rtype`).
    rtypes: rtype::Descriptors,
    /// Static data: string constants, package variables, static func values.
    statics: Statics,
    /// Runtime entry points and natives, as imported into the module.
    imports: Imports,
    /// What escape analysis and lowering learned about functions and their
    /// variables (see `escape`).
    pub facts: escape::Facts,
    /// Packages whose initialization an earlier REPL input compiled.
    inited: rustc_hash::FxHashSet<PkgId>,
    /// The pure initializers of those packages' variables that no input has
    /// read yet (`deadcode`), in initialization order: the input that first
    /// reads one runs it.
    left_out: Vec<(PkgId, crate::types::object::VarInit)>,
    /// Compiling for a REPL session: code is added input by input, so type
    /// descriptors list every method (a later input may call any through an
    /// interface).
    session: bool,
    /// (function, offset) of each prologue stack-check trap.
    traps: Vec<(FuncId, u32)>,
    /// Line tables and landing pads of the compiled functions.
    codemap: codemap::CodeMap,
    /// Functions lowered and waiting for Cranelift (see `parallel`).
    pending: Vec<parallel::Job>,
    pub emit: Emit,
    pub listing: String,
    pub stats: Stats,
    /// What the module was given, when the program is to be cached.
    pub image: Option<image::Image>,
    /// The runtime package, whose Go functions compiled code calls.
    pub rt_pkg: PkgId,
    pub errors: Vec<String>,
}

/// The functions of the program the back end has declared: each `FnKey` has one
/// `FuncId` (and back); `queue` holds those declared but not lowered yet, and
/// `defined` those handed to Cranelift.
#[derive(Default)]
struct FuncTable {
    funcs: FxHashMap<FnKey, FuncId>,
    keys: FxHashMap<FuncId, FnKey>,
    queue: Vec<FnKey>,
    defined: rustc_hash::FxHashSet<FuncId>,
    /// The frame blocks of the functions lowered with open-coded defers, until
    /// their code is recorded for the runtime.
    open_defers: FxHashMap<FuncId, defer::OpenDeferTable>,
}

/// The contents of a static value: its bytes, and the data addresses written
/// at offsets in them.
type StaticValue = (Vec<u8>, Vec<(u32, DataId)>);

/// Static data, each item defined once: string constants by content, package
/// variables by object, static func values by function; `next_data` numbers
/// the anonymous data objects.
#[derive(Default)]
struct Statics {
    strings: FxHashMap<Vec<u8>, DataId>,
    /// The bytes of each string constant's data (`strings` the other way):
    /// comparisons with a constant compare against immediates.
    string_bytes: FxHashMap<DataId, Vec<u8>>,
    /// Values boxed in interfaces at compile time, by contents.
    values: FxHashMap<StaticValue, DataId>,
    globals: FxHashMap<ObjId, DataId>,
    funcvals: FxHashMap<FnKey, DataId>,
    /// The other way round: whose static func value each is.
    funcval_keys: FxHashMap<DataId, FnKey>,
    next_data: u32,
    /// Package variables defined since the last unit was finalized: the
    /// collector's roots once they have addresses (`publish_roots`).
    new_globals: Vec<DataId>,
}

/// Imports into the module: runtime entries as declared, the names of the
/// natives the standard library provides, and the natives declared.
struct Imports {
    runtime: FxHashMap<Entry, FuncId>,
    natives: rustc_hash::FxHashSet<String>,
    native_ids: FxHashMap<ObjId, FuncId>,
}

impl<'p> Backend<'p> {
    pub fn new(p: &'p mut Program, emit: Emit) -> Result<Backend<'p>, String> {
        let rt_pkg = p.import("runtime")?;
        let isa = tier::Tiers::new();
        let natives = minigo_stdlib::natives::table().into_iter().map(|(name, _)| name.to_string()).collect();
        let (module, placement) = new_module();
        Ok(Backend {
            p,
            module,
            placement,
            isa,
            code: if emit == Emit::None { crate::cache::CodeStore::open() } else { None },
            fbc: FunctionBuilderContext::new(),
            layouts: Layouts::default(),
            fns: FuncTable::default(),
            inl: Default::default(),
            rtypes: Default::default(),
            statics: Statics::default(),
            imports: Imports { runtime: FxHashMap::default(), natives, native_ids: FxHashMap::default() },
            facts: Default::default(),
            inited: Default::default(),
            left_out: Vec::new(),
            session: false,
            traps: Vec::new(),
            codemap: Default::default(),
            pending: Vec::new(),
            emit,
            listing: String::new(),
            stats: Stats::default(),
            image: None,
            rt_pkg,
            errors: Vec::new(),
        })
    }

    /// A back end for a REPL session (see `session`).
    pub fn for_session(p: &'p mut Program) -> Result<Backend<'p>, String> {
        let mut be = Backend::new(p, Emit::None)?;
        be.session = true;
        be.codemap.names_as_given = true;
        Ok(be)
    }

    pub fn repr(&mut self, t: TypeId) -> Rc<Repr> {
        self.layouts.repr(&mut self.p.types, t)
    }

    /// The Cranelift signature of a Go function type (with an optional receiver, or
    /// with a receiver passed as an interface data word).
    pub fn go_sig(&mut self, sig_t: TypeId, recv: Option<TypeId>, data_recv: bool) -> (Signature, RetConv) {
        let sig = self.p.types.signature(sig_t).expect("function type");
        let mut s = Signature::new(CallConv::Tail);
        s.params.push(AbiParam::special(I64, ArgumentPurpose::VMContext));
        s.params.push(AbiParam::new(I64));
        if data_recv {
            s.params.push(AbiParam::new(I64));
        } else if let Some(r) = recv {
            for t in self.repr(r).ssa() {
                s.params.push(AbiParam::new(t));
            }
        }
        for p in &sig.params {
            for t in self.repr(p.typ).ssa() {
                s.params.push(AbiParam::new(t));
            }
        }
        let rets: Vec<ir::Type> = sig.results.iter().flat_map(|r| self.repr(r.typ).ssa()).collect();
        let (ni, nf) = (rets.iter().filter(|t| !is_float(**t)).count(), rets.iter().filter(|t| is_float(**t)).count());
        if ni <= 8 && nf <= 8 {
            s.returns = rets.into_iter().map(AbiParam::new).collect();
            (s, RetConv::Regs)
        } else {
            (s, RetConv::Buf)
        }
    }

    pub fn funcs_has(&self, key: &FnKey) -> bool {
        self.fns.funcs.contains_key(key)
    }

    /// Declares (and queues for compilation) the function for `key`.
    pub fn func_id(&mut self, key: FnKey) -> FuncId {
        if let Some(&id) = self.fns.funcs.get(&key) {
            return id;
        }
        let sig = self.key_sig(&key);
        let name = format!("f{}", self.fns.funcs.len());
        let id = self.module.declare_function(&name, Linkage::Local, &sig).expect("declare function");
        self.fns.funcs.insert(key.clone(), id);
        self.fns.keys.insert(id, key.clone());
        self.fns.queue.push(key);
        id
    }

    /// The Cranelift signature of the function `key` denotes.
    pub fn key_sig(&mut self, key: &FnKey) -> Signature {
        match key {
            FnKey::Func(o) | FnKey::NativeWrapper(o) => {
                let (t, recv) = (self.p.obj(*o).typ, self.p.obj(*o).recv);
                self.go_sig(t, recv, false).0
            }
            FnKey::Lit(id) => {
                let t = self.p.info.types.get(*id).expect("func literal type").typ;
                self.go_sig(t, None, false).0
            }
            FnKey::Method { recv, method, .. } => {
                let t = self.p.obj(*method).typ;
                self.go_sig(t, Some(*recv), false).0
            }
            FnKey::IfaceMethod { recv, path, index } => {
                let it = self.embedded_type(*recv, path);
                let m = self.p.types.interface(it).unwrap().methods[*index].sig;
                self.go_sig(m, Some(*recv), false).0
            }
            FnKey::Bound { recv, target } => {
                let t = match &**target {
                    FnKey::Func(m) | FnKey::NativeWrapper(m) => self.p.obj(*m).typ,
                    FnKey::IfaceMethod { index, .. } => self.p.types.interface(*recv).unwrap().methods[*index].sig,
                    k => unreachable!("bound {k:?}"),
                };
                self.go_sig(t, None, false).0
            }
            FnKey::Thunk(id) | FnKey::ThunkArgs(id) => {
                let t = self.p.types.func(vec![], vec![], false);
                let mut s = self.go_sig(t, None, false).0;
                s.returns = defer::thunk_results(self, *id);
                if let FnKey::ThunkArgs(_) = key {
                    s.params.extend(self.facts.thunks[id].caps.iter().map(|&t| AbiParam::new(t)));
                }
                s
            }
            FnKey::ReflectStub(t) => self.go_sig(*t, None, false).0,
            FnKey::ReflectCall(_) => {
                let t = self.reflect_call_type();
                self.go_sig(t, None, false).0
            }
            FnKey::Entry | FnKey::Input { .. } => {
                let t = self.p.types.func(vec![], vec![], false);
                self.go_sig(t, None, false).0
            }
        }
    }

    /// Package reflect, if the program has it.
    fn reflect_package(&self) -> Option<&crate::types::object::Package> {
        self.p.pkgs.iter().find(|p| &*p.path == "reflect")
    }

    /// Package reflect's function `name`, if the program has reflect.
    pub fn reflect_func(&self, name: &str) -> Option<ObjId> {
        self.reflect_package().and_then(|p| p.scope.get(name)).copied()
    }

    /// The function of method expression `recv.M`, of method `method` (None:
    /// an interface's) reached from `recv` by the selection path `path` (the
    /// embedded fields' indices, then the method's).
    pub fn method_expr_key(&mut self, recv: TypeId, method: Option<ObjId>, path: &[usize]) -> FnKey {
        let (last, path) = path.split_last().expect("a method's index");
        match method {
            Some(m) if path.is_empty() && self.p.types.identical(self.p.obj(m).recv.unwrap(), recv) => {
                if self.is_native(m) {
                    FnKey::NativeWrapper(m)
                } else {
                    FnKey::Func(m)
                }
            }
            Some(m) => FnKey::Method { recv, method: m, path: path.to_vec() },
            None => FnKey::IfaceMethod { recv, path: path.to_vec(), index: *last },
        }
    }

    /// The type of a `FnKey::ReflectCall`: `func(fn, args, results unsafe.Pointer)`.
    pub fn reflect_call_type(&mut self) -> TypeId {
        let p = crate::types::typ::UNSAFE_POINTER;
        self.p.types.func(vec![p, p, p], vec![], false)
    }

    /// The type reached from `t` through embedded fields `path` (dereferencing
    /// embedded pointers).
    pub fn embedded_type(&mut self, t: TypeId, path: &[usize]) -> TypeId {
        let mut cur = t;
        for &i in path {
            let base = self.p.types.deref(cur).unwrap_or(cur);
            cur = self.p.types.struct_fields(base).expect("embedded struct")[i].typ;
        }
        cur
    }

    /// A runtime entry point, imported with the signature its declaration gives
    /// (`minigo_runtime::entries`).
    pub fn runtime_fn(&mut self, entry: Entry) -> FuncId {
        if let Some(&id) = self.imports.runtime.get(&entry) {
            return id;
        }
        let sig = entry.sig();
        let word = |w: &Word| {
            AbiParam::new(match w {
                Word::I8 => I8,
                Word::I64 => I64,
                Word::F64 => F64,
            })
        };
        let mut s = Signature::new(match sig.conv {
            Conv::SystemV => CallConv::SystemV,
            Conv::PreserveAll => CallConv::PreserveAll,
        });
        s.params.push(AbiParam::new(I64));
        s.params.extend(sig.params.iter().map(word));
        s.returns.extend(sig.results.iter().map(word));
        let id = self.module.declare_function(sig.name, Linkage::Import, &s).expect("runtime import");
        self.imports.runtime.insert(entry, id);
        id
    }

    /// The symbol name of a native (bodiless standard-library function).
    pub fn native_name(&self, o: ObjId) -> String {
        let obj = self.p.obj(o);
        let pkg = &self.p.types.pkg_paths[obj.pkg.unwrap().0 as usize];
        match obj.recv {
            Some(r) => {
                let base = self.p.types.deref(r).unwrap_or(r);
                let tn = self.p.types.named_info(self.p.types.unalias(base)).map(|n| n.name.to_string()).unwrap_or_default();
                format!("{pkg}.{tn}.{}", obj.name)
            }
            None => format!("{pkg}.{}", obj.name),
        }
    }

    pub fn is_native(&self, o: ObjId) -> bool {
        matches!(self.p.obj(o).decl(), Some(DeclRef::Func(fd)) if fd.body.is_none())
    }

    /// A native, imported with its System V signature (see `call::native_sig`).
    pub fn native_fn(&mut self, o: ObjId) -> Result<FuncId, String> {
        if let Some(&id) = self.imports.native_ids.get(&o) {
            return Ok(id);
        }
        let name = self.native_name(o);
        if !self.imports.natives.contains(&name) {
            return Err(format!("{name} (no native implementation)"));
        }
        let (sig, _, _) = self.native_sig(o);
        let id = self.module.declare_function(&name, Linkage::Import, &sig).expect("native import");
        self.imports.native_ids.insert(o, id);
        Ok(id)
    }

    /// Fresh anonymous data.
    pub fn data(&mut self, bytes: Vec<u8>, relocs: &dyn Fn(&mut Backend, &mut DataDescription), writable: bool, align: u64) -> DataId {
        self.define_data(Init::Bytes { contents: bytes.into_boxed_slice() }, relocs, writable, align)
    }

    /// Fresh anonymous data of `init` (zeroed data is recorded by its size only,
    /// in the module and in the image: a big package variable costs nothing
    /// until it is touched).
    fn define_data(&mut self, init: Init, relocs: &dyn Fn(&mut Backend, &mut DataDescription), writable: bool, align: u64) -> DataId {
        let name = format!("d{}", self.statics.next_data);
        self.statics.next_data += 1;
        let size = match &init {
            Init::Zeros { size } => *size,
            Init::Bytes { contents } => contents.len(),
            Init::Uninitialized => 0,
        };
        // Code reaches `Local` data RIP-relative, with the offset of a field or
        // constant index folded in: 32 bits, which a large object's far end
        // (the JIT places it where it can) may exceed. Data of 64 MiB or more
        // is addressed by absolute address instead (`Preemptible` is not
        // colocated; in the non-PIC JIT that is a 64-bit immediate).
        let linkage = if size >= jitmem::ABSOLUTE_DATA { Linkage::Preemptible } else { Linkage::Local };
        let id = self.module.declare_data(&name, linkage, writable, false).expect("declare data");
        let mut d = DataDescription::new();
        d.init = init;
        d.set_align(align.max(1));
        relocs(self, &mut d);
        self.module.define_data(id, &d).expect("define data");
        if let Some(img) = &mut self.image {
            img.add_data(id, &d);
        }
        id
    }

    /// The bytes of a string constant (deduplicated).
    pub fn string_data(&mut self, s: &[u8]) -> DataId {
        if let Some(&d) = self.statics.strings.get(s) {
            return d;
        }
        let d = self.data(if s.is_empty() { vec![0] } else { s.to_vec() }, &|_, _| {}, false, 1);
        self.statics.strings.insert(s.to_vec(), d);
        self.statics.string_bytes.insert(d, s.to_vec());
        d
    }

    /// The bytes of string constant data `d` (made by `string_data`).
    pub fn string_bytes(&self, d: DataId) -> Option<&[u8]> {
        self.statics.string_bytes.get(&d).map(Vec::as_slice)
    }

    /// Read-only data holding `bytes` with the addresses of `relocs` written
    /// at their offsets (deduplicated): an interface's data for a constant.
    pub fn static_value(&mut self, bytes: Vec<u8>, relocs: Vec<(u32, DataId)>) -> DataId {
        let key = (bytes, relocs);
        if let Some(&d) = self.statics.values.get(&key) {
            return d;
        }
        let rs = key.1.clone();
        let d = self.data(
            key.0.clone(),
            &|be, desc| {
                for &(off, target) in &rs {
                    let gv = be.module.declare_data_in_data(target, desc);
                    desc.write_data_addr(off, gv, 0);
                }
            },
            false,
            8,
        );
        self.statics.values.insert(key, d);
        d
    }

    /// The storage of a package-level variable.
    pub fn global(&mut self, o: ObjId) -> DataId {
        if let Some(&d) = self.statics.globals.get(&o) {
            return d;
        }
        let r = self.repr(self.p.obj(o).typ);
        let d = self.define_data(Init::Zeros { size: r.size.max(1) as usize }, &|_, _| {}, true, r.align.max(8));
        self.statics.globals.insert(o, d);
        self.statics.new_globals.push(d);
        d
    }

    /// A static func value `{code}` for a function that captures nothing.
    pub fn static_funcval(&mut self, key: FnKey) -> DataId {
        if let Some(&d) = self.statics.funcvals.get(&key) {
            return d;
        }
        let f = self.func_id(key.clone());
        let d = self.data(
            vec![0; 8],
            &|be, desc| {
                let fr = be.module.declare_func_in_data(f, desc);
                desc.write_function_addr(0, fr);
            },
            false,
            8,
        );
        self.statics.funcvals.insert(key.clone(), d);
        self.statics.funcval_keys.insert(d, key);
        d
    }

    /// The function whose static func value (`static_funcval`) is `d`.
    pub fn static_funcval_target(&self, d: DataId) -> Option<FnKey> {
        self.statics.funcval_keys.get(&d).cloned()
    }

    /// Compiles everything reachable from the program entry; with the program's
    /// image if one was being recorded (`image`).
    pub fn compile(mut self) -> Result<(Compiled, String, Stats, Option<image::Image>), Vec<String>> {
        let main_pkg = self.p.pkgs.iter().position(|p| &*p.path == "main").map(|i| PkgId(i as u32));
        let Some(_) = main_pkg else {
            return Err(vec!["no main package".into()]);
        };
        let entry_fv = self.compile_unit(FnKey::Entry)?;
        let (adapter_id, adapter) = self.finalized_adapter();
        if let Some(img) = &mut self.image {
            img.finish(&self.module, self.statics.funcvals[&FnKey::Entry], adapter_id);
        }
        let listing = std::mem::take(&mut self.listing);
        let image = self.image.take();
        Ok((Compiled { adapter, entry_fv, module: self.module }, listing, self.stats, image))
    }

    /// Compiles `entry` and everything it reaches that is not compiled yet, and
    /// makes it executable; returns the address of `entry`'s static func value.
    /// Called once for a program, once per input in a REPL session.
    pub fn compile_unit(&mut self, entry: FnKey) -> Result<usize, Vec<String>> {
        // an input may have given earlier types methods, or imported reflect
        self.rtypes.method_sets.clear();
        self.rtypes.reflect = self.reflect_package().is_some();
        self.rtypes.reflect_caller =
            self.reflect_package().and_then(|p| p.funcs.iter().copied().find(|&o| self.p.obj(o).recv.is_some() && &*self.p.obj(o).name == "call"));
        self.rtypes.reflect_maker = self.reflect_func("MakeFunc");
        if self.p.info.heap_profile {
            minigo_runtime::mprof::ENABLED.store(true, std::sync::atomic::Ordering::Relaxed);
            if let Some(img) = &mut self.image {
                img.heap_profile = true;
            }
        }
        let entry_fv = self.static_funcval(entry);
        loop {
            while let Some(key) = self.fns.queue.pop() {
                if let Err(e) = self.define(&key) {
                    self.errors.push(e);
                }
                if !self.errors.is_empty() {
                    return Err(std::mem::take(&mut self.errors));
                }
            }
            if !self.close_descs() {
                break;
            }
        }
        self.define_pending().map_err(|e| vec![e])?;
        self.define_descs();
        self.module.finalize_definitions().map_err(|e| vec![format!("JIT: {e}")])?;
        let traps = std::mem::take(&mut self.traps);
        publish_traps(&self.module, &traps);
        publish_roots(&self.module, &std::mem::take(&mut self.statics.new_globals));
        let links = std::mem::take(&mut self.rtypes.links);
        publish_typelinks(&self.module, &links);
        let codemap = self.codemap.take();
        if let Some(img) = &mut self.image {
            img.add_traps(&traps);
            img.add_typelinks(&links);
            img.add_codemap(&codemap);
        }
        codemap.publish(&self.module);
        Ok(self.module.get_finalized_data(entry_fv).0 as usize)
    }

    /// Compiles and defines one function.
    fn define(&mut self, key: &FnKey) -> Result<(), String> {
        let id = self.fns.funcs[key];
        let (func, title) = match self.inl.lowered.remove(&id) {
            Some(l) => l,
            None => self.lower_inlined(id)?,
        };
        self.finish(id, Context::for_function(func), &title)
    }

    /// Lowers function `id`, inlines the calls in it that can be, and records
    /// whether the result is small enough to be inlined in turn.
    fn lower_inlined(&mut self, id: FuncId) -> Result<(ir::Function, String), String> {
        let (func, title) = self.lower(id)?;
        self.inl.in_progress.push(id);
        let func = self.inline_into(id, func, &title);
        self.inl.in_progress.pop();
        let (func, own) = func?;
        // a self-recursive function inlines elsewhere as into itself: its
        // body before it was inlined into its own calls, which stay calls
        self.note_inlinable(id, own.as_ref().unwrap_or(&func));
        Ok((func, title))
    }

    /// Inlines the calls of lowered function `id` that can be, removes
    /// redundant block parameters and the run-time checks earlier ones make
    /// redundant, threads the branches on the booleans inlined functions
    /// return, and makes conditional moves of branches around one value.
    /// With the function, the body it inlined into its own calls, if it did
    /// (`inline::own_body`).
    fn inline_into(&mut self, id: FuncId, mut func: ir::Function, title: &str) -> Result<(ir::Function, Option<ir::Function>), String> {
        inline::prepare(self, &mut func, id);
        let mut ctx = Context::for_function(func);
        let mut inliner = inline::Inliner { be: self, caller: id, own: None, sites: Vec::new() };
        ctx.inline(&mut inliner).map_err(|e| format!("internal compiler error inlining into {title}: {e:?}"))?;
        inliner.attribute_lines(&mut ctx.func);
        // a function literal passed to a function inlined here is now called
        // directly, and may be inlined in turn
        if inline::devirtualize(self, &mut ctx.func) {
            inline::prepare(self, &mut ctx.func, id);
            let mut inliner = inline::Inliner { be: self, caller: id, own: None, sites: Vec::new() };
            ctx.inline(&mut inliner).map_err(|e| format!("internal compiler error inlining into {title}: {e:?}"))?;
            inliner.attribute_lines(&mut ctx.func);
        }
        // a small self-recursive function, its other calls inlined, is then
        // inlined into its own calls, and again into the calls its copies
        // make while it stays small enough
        let own = self.fns.keys.get(&id).and_then(|key| inline::own_body(key, id, &ctx.func));
        if let Some(own) = &own {
            for round in 0..inline::RECURSIVE_ROUNDS {
                if round > 0 && !inline::recurse_again(id, &ctx.func, own) {
                    break;
                }
                let mut inliner = inline::Inliner { be: self, caller: id, own: Some(own.clone()), sites: Vec::new() };
                ctx.inline(&mut inliner).map_err(|e| format!("internal compiler error inlining into {title}: {e:?}"))?;
                inliner.attribute_lines(&mut ctx.func);
            }
        }
        phielim::run(&mut ctx.func);
        checkelim::run(&mut ctx.func);
        shortcircuit::run(&mut ctx.func);
        branchelim::run(&mut ctx.func);
        stackcheck::drop_leaf_check(&mut ctx.func);
        Ok((ctx.func, own))
    }

    /// The Cranelift IR or machine code of the function `key` (compiled anew and
    /// not kept: the REPL's `:clif` and `:asm`).
    pub fn listing(&mut self, key: FnKey, emit: Emit) -> Result<String, String> {
        let id = self.func_id(key);
        let (func, title) = self.lower(id)?;
        let mut ctx = Context::for_function(self.inline_into(id, func, &title)?.0);
        if emit == Emit::Clif {
            return Ok(format!("; {title}\n{}", ctx.func.display()));
        }
        ctx.set_disasm(true);
        // not from the code cache: a function found there has no listing
        stackcheck::compile(&self.isa, &mut ctx, None).map_err(|e| format!("internal compiler error in {title}: {e}"))?;
        Ok(format!("; {title}\n{}", ctx.compiled_code().and_then(|cc| cc.vcode.as_deref()).unwrap_or("")))
    }

    /// Lowers function `id` to Cranelift IR.
    fn lower(&mut self, id: FuncId) -> Result<(ir::Function, String), String> {
        let key = self.fns.keys[&id].clone();
        let sig = self.key_sig(&key);
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, id.as_u32()), sig);
        // Cranelift keeps source locations relative to the first one set, and
        // one just before it would read as none (`RelSourceLoc` -1 is the
        // default): with 0 as the base, every position is kept as it is
        func.params.ensure_base_srcloc(ir::SourceLoc::new(0));
        let mut fbc = std::mem::take(&mut self.fbc);
        let start = std::time::Instant::now();
        self.inl.lowering.push(id);
        let r = func::lower(self, &key, &mut func, &mut fbc);
        self.inl.lowering.pop();
        self.stats.lower += start.elapsed();
        self.fbc = fbc;
        Ok((func, r?))
    }

    /// Whether a direct call of `id` will be inlined, asked while its caller
    /// is lowered (lowering `id` now if it is not yet, within
    /// `inline::LOOKAHEAD`; beyond, the answer is no).
    pub fn will_inline(&mut self, id: FuncId) -> bool {
        self.inl.lowering.len() <= inline::LOOKAHEAD && self.inlinable(id, false).is_some()
    }

    /// The body of `id` to inline at a call, if it is small enough (lowering it
    /// now if it is not yet; it keeps its place in the queue).
    /// `larger`: the call may inline a larger body (`InlineCache::larger_bodies`).
    pub fn inlinable(&mut self, id: FuncId, larger: bool) -> Option<ir::Function> {
        if let Some(f) = self.inl.inline_bodies.get(&id).or_else(|| self.inl.larger_bodies.get(&id).filter(|_| larger)) {
            return Some(f.clone());
        }
        let busy = self.inl.in_progress.contains(&id) || self.inl.lowering.contains(&id) || self.inl.in_progress.len() >= inline::MAX_DEPTH;
        if busy || self.inl.not_inlinable.contains(&id) || self.fns.defined.contains(&id) || !self.fns.keys.get(&id).is_some_and(inline::candidate) {
            return None;
        }
        if !self.inl.lowered.contains_key(&id) {
            match self.lower_inlined(id) {
                Ok(l) => {
                    self.inl.lowered.insert(id, l);
                }
                Err(e) => {
                    self.errors.push(e);
                    return None;
                }
            }
        }
        self.inl.inline_bodies.get(&id).or_else(|| self.inl.larger_bodies.get(&id).filter(|_| larger)).cloned()
    }

    /// Records whether lowered function `id` is small enough to inline.
    fn note_inlinable(&mut self, id: FuncId, f: &ir::Function) {
        let candidate = self.fns.keys.get(&id).is_some_and(inline::candidate) && !self.inl.spawners.contains(&id);
        if candidate && inline::small(id, f, inline::LARGER_BUDGET, inline::CALL_COST) {
            let mut body = f.clone();
            stackcheck::drop_entry_check(&mut body);
            if inline::small(id, f, inline::BUDGET, inline::CALL_COST) {
                self.inl.inline_bodies.insert(id, body);
                return;
            }
            self.inl.larger_bodies.insert(id, body);
        }
        self.inl.not_inlinable.insert(id);
    }

    /// Runs Cranelift on a lowered function and records its traps.
    fn finish(&mut self, id: FuncId, mut ctx: Context, title: &str) -> Result<(), String> {
        self.fns.defined.insert(id);
        if self.emit == Emit::Clif {
            self.listing += &format!("; {title}\n{}\n", ctx.func.display());
        }
        ctx.set_disasm(self.emit == Emit::Asm);
        self.stats.functions += 1;
        let locs = codemap::localize(&mut ctx.func);
        self.pending.push(parallel::Job { id, ctx, title: title.to_string(), locs, cached: false });
        // a compiled function's Cranelift context is tens of kilobytes: big
        // programs are compiled in batches rather than all held at once
        if self.pending.len() >= parallel::BATCH {
            self.define_pending()?;
        }
        Ok(())
    }

    /// Runs Cranelift on the functions lowered since the last time (in parallel),
    /// defines them in the module and records their traps and line tables.
    fn define_pending(&mut self) -> Result<(), String> {
        let mut jobs = std::mem::take(&mut self.pending);
        let start = std::time::Instant::now();
        // the lowering's deep recursions are over; Cranelift needs the memory
        crate::thread_stack::release_unused();
        parallel::compile_all(&self.isa, self.code.as_ref(), &mut jobs)?;
        self.stats.cranelift += start.elapsed();
        for parallel::Job { id, ctx, title, locs, cached } in jobs {
            self.stats.cached += cached as usize;
            let cc = ctx.compiled_code().expect("compiled");
            let relocs: Vec<ModuleReloc> = cc.buffer.relocs().iter().map(|r| ModuleReloc::from_mach_reloc(r, &ctx.func, id)).collect();
            let offset = placement::offset(cc.code_buffer());
            self.placement
                .define(&mut self.module, id, cc.buffer.alignment as u64, offset, cc.code_buffer(), &relocs)
                .map_err(|e| format!("internal compiler error in {title}: {e:?}"))?;
            if let Some(img) = &mut self.image {
                img.add_code(id, offset, &ctx);
            }
            // parameters beyond g and the closure context
            let params = ctx.func.signature.params.len() > 2;
            let key = self.fns.keys.get(&id);
            let inits = matches!(key, Some(FnKey::Entry)).then(|| self.package_files());
            let open_defers = self.fns.open_defers.remove(&id);
            if open_defers.is_some() && !cached && !defer::block_never_addressed(&ctx.func) {
                return Err(format!("internal compiler error in {title}: an address of the frame's defer block is kept"));
            }
            let name = codemap::FuncName { name: self.go_name(key), params, inits, open_defers };
            self.codemap.record(id, name, cc, &locs, &self.p.fset, &self.inl.inline_locs);
            self.traps.extend(stackcheck::prologue_traps(cc).map(|off| (id, off)));
            if let (Emit::Asm, Some(d)) = (self.emit, &cc.vcode) {
                self.listing += &format!("; {title}\n{d}\n");
            }
        }
        Ok(())
    }

    /// `extern "C" fn(g, funcval)`: calls a Go func value of type `func()` — how
    /// the runtime starts goroutines. Its address once finalized.
    pub fn adapter(&mut self) -> usize {
        self.finalized_adapter().1
    }

    fn finalized_adapter(&mut self) -> (FuncId, usize) {
        let id = self.define_adapter();
        self.define_pending().expect("the entry adapter");
        self.module.finalize_definitions().expect("the entry adapter");
        (id, self.module.get_finalized_function(id) as usize)
    }

    fn define_adapter(&mut self) -> FuncId {
        let mut s = Signature::new(CallConv::SystemV);
        s.params.push(AbiParam::new(I64));
        s.params.push(AbiParam::new(I64));
        let id = self.module.declare_function("go_adapter", Linkage::Local, &s).unwrap();
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(1, 0), s);
        let t = self.p.types.func(vec![], vec![], false);
        let (tsig, _) = self.go_sig(t, None, false);
        {
            let mut fbc = std::mem::take(&mut self.fbc);
            let mut b = cranelift_frontend::FunctionBuilder::new(&mut func, &mut fbc);
            let blk = b.create_block();
            b.append_block_params_for_function_params(blk);
            b.switch_to_block(blk);
            let (g, fv) = (b.block_params(blk)[0], b.block_params(blk)[1]);
            use cranelift_codegen::ir::InstBuilder;
            let code = b.ins().load(I64, ir::MemFlagsData::trusted(), fv, minigo_runtime::abi::FUNCVAL_CODE);
            let sref = b.import_signature(tsig);
            b.ins().call_indirect(sref, code, &[g, fv]);
            b.ins().return_(&[]);
            b.seal_all_blocks();
            b.finalize(self.isa.frontend_config());
            self.fbc = fbc;
        }
        self.finish(id, Context::for_function(func), "go_adapter").expect("adapter");
        id
    }

    /// Drops the back end but for its code and data, which live as long as the
    /// process: goroutines (of a REPL session that ended) may still run them, and
    /// the runtime keeps their line tables.
    pub fn keep_code(self) {
        std::mem::forget(self.module);
    }

    pub fn type_string(&self, t: TypeId) -> String {
        self.p.types.type_string(t, crate::types::typ::RUNTIME_NAMES)
    }

    /// The object of a function declared in the runtime package.
    pub fn runtime_go(&self, name: &str) -> ObjId {
        *self.p.pkgs[self.rt_pkg.0 as usize].scope.get(name).unwrap_or_else(|| panic!("runtime.{name} missing"))
    }

    pub fn is_func_obj(&self, o: ObjId) -> bool {
        matches!(self.p.obj(o).kind, ObjKind::Func)
    }

    pub fn invalid(&self) -> TypeId {
        INVALID
    }
}

/// Compiles the checked program and runs it (`report` sees the compilation
/// statistics first, `save` the program's image); returns only for a listing or
/// if compilation failed.
pub fn run(p: &mut Program, emit: Emit, report: &dyn Fn(&Stats), save: Option<&dyn Fn(&image::Image)>) -> Result<String, Vec<String>> {
    let mut be = Backend::new(p, emit).map_err(|e| vec![e])?;
    if save.is_some() {
        be.image = Some(image::Image::default());
    }
    let (c, listing, stats, image) = be.compile()?;
    report(&stats);
    if emit != Emit::None {
        return Ok(listing);
    }
    if let (Some(save), Some(img)) = (save, &image) {
        save(img);
    }
    start(c)
}

/// Runs a compiled program; never returns.
pub fn start(c: Compiled) -> ! {
    // the program's code and data live until the process exits
    let (adapter, entry_fv) = (c.adapter, c.entry_fv);
    std::mem::forget(c.module);
    // SAFETY: the adapter and entry func value were compiled for this purpose.
    unsafe { minigo_runtime::proc::start(adapter, entry_fv) }
}

#[cfg(test)]
mod tests {
    use minigo_runtime::entries::Entry;

    /// The runtime's entry list holds nothing compiled code never calls: each
    /// entry is named (`Entry::NAME`) by the code generator's sources.
    #[test]
    fn every_entry_is_called() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/codegen");
        let sources: String = std::fs::read_dir(&dir)
            .expect("codegen sources")
            .map(|e| std::fs::read_to_string(e.expect("codegen source").path()).expect("codegen source"))
            .collect();
        let unused: Vec<&str> = Entry::ALL.iter().map(|e| e.sig().name).filter(|name| !sources.contains(&format!("Entry::{name}"))).collect();
        assert!(unused.is_empty(), "runtime entries compiled code never calls: {unused:?}");
    }
}

/// What the unit tests of the passes after inlining share.
#[cfg(test)]
mod testutil {
    use cranelift_codegen::ir;

    /// Seals and finalizes a function a test built.
    pub fn finish(mut b: cranelift_frontend::FunctionBuilder) {
        b.seal_all_blocks();
        b.finalize(cranelift_codegen::isa::TargetFrontendConfig {
            default_call_conv: cranelift_codegen::isa::CallConv::SystemV,
            pointer_width: target_lexicon::PointerWidth::U64,
            page_size_align_log2: 12,
        });
    }

    /// Panics unless `func` is valid IR.
    pub fn verify(func: &ir::Function) {
        cranelift_codegen::verify_function(func, &cranelift_codegen::settings::Flags::new(cranelift_codegen::settings::builder())).unwrap();
    }
}
