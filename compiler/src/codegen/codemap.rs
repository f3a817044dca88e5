//! What the runtime needs to know about compiled code: each function's Go name
//! and source lines (for tracebacks) and each call site's landing pad (for
//! recovery). Collected as functions are compiled, published once their addresses
//! are final.

use super::{Backend, FnKey};
use crate::syntax::pos::FileSet;
use cranelift_codegen::{ir, CompiledCode, FinalizedMachExceptionHandler};
use cranelift_jit::JITModule;
use cranelift_module::FuncId;
use minigo_runtime::traceback::{FuncInfo, Inlined, Line, OpenDefers, OpenSite};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// A compiled function, as tracebacks see it.
#[derive(Clone, Serialize, Deserialize)]
struct Func {
    id: FuncId,
    name: String,
    hidden: bool,
    params: bool,
    size: usize,
    lines: Vec<SrcLine>,
    /// The code where a goroutine may be stopped asynchronously (`ASYNC_SAFE`).
    async_safe: Vec<(u32, u32)>,
    /// Its open-coded defers: the bytes from its frame block up to its frame
    /// pointer, and the block's sites (`defer::OpenDeferTable`).
    open_defers: Option<(u32, Vec<super::defer::OpenSite>)>,
}

/// A `traceback::Line`: where the code at `offset` comes from, and for inlined
/// code the functions it was inlined from, innermost first (name, file, line,
/// hidden). Files and names are indices into `Pending`'s tables.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
struct SrcLine {
    offset: u32,
    file: u32,
    line: u32,
    inlined: Vec<(u32, u32, u32, bool)>,
    func: Option<u32>,
}

/// What is recorded until the code's addresses are final.
#[derive(Clone, Default, Serialize, Deserialize)]
pub struct Pending {
    funcs: Vec<Func>,
    /// (function, return address offset, handler offset, frame offset)
    pads: Vec<(FuncId, u32, u32, u32)>,
    /// Every file so far, by index (a later publication repeats the earlier ones).
    files: Vec<String>,
    /// Every name of an inlined function or package initialization so far, by
    /// index, as `files`. Lines refer to them by index: an image then holds
    /// each name once, and loading it makes no string per line.
    names: Vec<String>,
}

impl Pending {
    /// Hands the functions and landing pads to the runtime (the module is
    /// finalized).
    pub fn publish(self, module: &JITModule) {
        let addr = |id: FuncId| module.get_finalized_function(id) as usize;
        let funcs = self
            .funcs
            .into_iter()
            .map(|f| {
                let start = addr(f.id);
                let lines = f
                    .lines
                    .into_iter()
                    .map(|l| Line {
                        offset: l.offset,
                        file: l.file,
                        line: l.line,
                        inlined: l.inlined.into_iter().map(|(name, file, line, hidden)| Inlined { name, file, line, hidden }).collect(),
                        func: l.func,
                    })
                    .collect();
                let open_defers = f.open_defers.map(|(below_fp, sites)| OpenDefers {
                    below_fp: below_fp as usize,
                    sites: sites.into_iter().map(|s| OpenSite { word: s.word, words: s.words, thunk: s.thunk.map_or(0, addr) }).collect(),
                });
                FuncInfo { start, end: start + f.size, name: f.name, lines, hidden: f.hidden, params: f.params, async_safe: f.async_safe, open_defers }
            })
            .collect();
        let pads = self.pads.iter().map(|&(id, ret, h, fo)| (addr(id) + ret as usize, addr(id) + h as usize, fo as usize)).collect();
        minigo_runtime::traceback::register(funcs, self.files, self.names, pads);
    }

    /// Checks what `publish` indexes (for a cached image): functions as
    /// `code_size` knows them (thunks of open-coded defers too), offsets
    /// within their code, files and names by index.
    pub fn validate(&self, code_size: &dyn Fn(FuncId) -> Option<usize>) -> Result<(), String> {
        let (file_ok, name_ok) = (|i: u32| (i as usize) < self.files.len(), |i: u32| (i as usize) < self.names.len());
        for f in &self.funcs {
            let size = code_size(f.id).filter(|&s| s == f.size).ok_or("a line table of a function not in the image")?;
            for l in &f.lines {
                let tables_ok = file_ok(l.file) && l.func.is_none_or(name_ok) && l.inlined.iter().all(|i| name_ok(i.0) && file_ok(i.1));
                if l.offset as usize > size || !tables_ok {
                    return Err("a line outside its function, file table or name table".into());
                }
            }
            for s in f.open_defers.iter().flat_map(|(_, sites)| sites) {
                if s.thunk.is_some_and(|t| code_size(t).is_none()) {
                    return Err("a deferred call's thunk not in the image".into());
                }
            }
        }
        for &(id, ret, handler, _) in &self.pads {
            let size = code_size(id).ok_or("a landing pad of a function not in the image")?;
            if ret as usize > size || handler as usize >= size {
                return Err("a landing pad outside its function".into());
            }
        }
        Ok(())
    }

    /// Adds a later publication.
    pub fn extend(&mut self, p: &Pending) {
        self.funcs.extend(p.funcs.iter().cloned());
        self.pads.extend_from_slice(&p.pads);
        self.files = p.files.clone();
        self.names = p.names.clone();
    }
}

/// Replaces the source location of each of `func`'s instructions by a dense
/// index into the returned table of the locations it had (`record` maps them
/// back). Locations are program-wide (positions in the program's file set,
/// `INLINED` indexes into the program's table of inlined calls), so that the same
/// function lowered the same way in two programs had different locations and —
/// locations being part of Cranelift's incremental-cache key — different keys:
/// localized, its key is that of its code alone, and compiled code from the
/// cache (whose locations are the same indices) is mapped through this
/// program's table.
pub fn localize(func: &mut ir::Function) -> Vec<u32> {
    // instructions the passes removed keep theirs, and the key hashes them too
    for i in 0..func.dfg.num_insts() {
        let inst = ir::Inst::from_u32(i as u32);
        if func.layout.inst_block(inst).is_none() {
            func.set_srcloc(inst, ir::SourceLoc::default());
        }
    }
    let mut table = Vec::new();
    let mut index: FxHashMap<u32, u32> = FxHashMap::default();
    let insts: Vec<ir::Inst> = func.layout.blocks().flat_map(|b| func.layout.block_insts(b)).collect();
    for inst in insts {
        let loc = func.srcloc(inst);
        if loc.is_default() {
            continue;
        }
        let local = *index.entry(loc.bits()).or_insert_with(|| {
            table.push(loc.bits());
            table.len() as u32 - 1
        });
        func.set_srcloc(inst, ir::SourceLoc::new(local));
    }
    table
}

/// Marks the source location of code where a goroutine may be stopped
/// asynchronously (the runtime's `preempt`; see `looppoll`): a flag on a
/// position (below 1 << 30) or on an inlined location (`INLINED` | an index
/// below 1 << 30), never on the default location (all ones).
pub const ASYNC_SAFE: u32 = 1 << 30;

/// Whether location `bits` is one `ASYNC_SAFE` marks.
fn is_async_safe(bits: u32) -> bool {
    bits != u32::MAX && bits & ASYNC_SAFE != 0
}

/// The source position code at location `bits` has in its physical function;
/// pushes onto `frames` the functions it was inlined from, innermost first, with
/// its position in each (`inlined` as `InlineCache::inline_locs`).
pub(super) fn expand_inlined(bits: u32, inlined: &[(u32, u32, String, bool)], frames: &mut Vec<(String, u32, bool)>) -> u32 {
    // (the default location, all ones, is no synthetic one)
    if bits == u32::MAX {
        return bits;
    }
    let bits = bits & !ASYNC_SAFE;
    if bits & super::inline::INLINED == 0 {
        return bits;
    }
    let (callee_pos, call_pos, callee, hidden) = &inlined[(bits & !super::inline::INLINED) as usize];
    let pos = expand_inlined(*callee_pos, inlined, frames);
    frames.push((callee.clone(), pos, *hidden));
    expand_inlined(*call_pos, inlined, frames)
}

#[derive(Default)]
pub struct CodeMap {
    pending: Pending,
    file_index: FxHashMap<String, u32>,
    name_index: FxHashMap<String, u32>,
    /// Keep file names as given (a REPL's inputs are no files in a directory).
    pub names_as_given: bool,
}

/// What tracebacks call a compiled function.
pub struct FuncName {
    /// Its Go name, and whether tracebacks leave it out.
    pub name: (String, bool),
    /// Whether it has parameters beyond g and the closure context.
    pub params: bool,
    /// For the program entry, which runs the variable initializers of every
    /// package: the package of each source file.
    pub inits: Option<FxHashMap<String, String>>,
    /// Its frame block, if it has open-coded defers.
    pub open_defers: Option<super::defer::OpenDeferTable>,
}

impl CodeMap {
    /// Records function `id`'s line table; `locs` maps the source locations of
    /// its code to the program's (see `localize`).
    pub fn record(
        &mut self,
        id: FuncId,
        FuncName { name: (name, hidden), params, inits, open_defers }: FuncName,
        cc: &CompiledCode,
        locs: &[u32],
        fset: &FileSet,
        inlined: &[(u32, u32, String, bool)],
    ) {
        let mut lines: Vec<SrcLine> = Vec::new();
        let mut async_safe: Vec<(u32, u32)> = Vec::new();
        for s in cc.buffer.get_srclocs_sorted() {
            if !s.loc.is_default() && is_async_safe(locs[s.loc.bits() as usize]) {
                match async_safe.last_mut() {
                    Some(last) if last.1 == s.start => last.1 = s.end,
                    _ => async_safe.push((s.start, s.end)),
                }
            }
            if s.loc.is_default() {
                // in the program entry: the calls of init functions and
                // main.main, which are the runtime's in Go's tracebacks
                if inits.is_some() {
                    lines.push(SrcLine { offset: s.start, file: 0, line: 0, inlined: Vec::new(), func: None });
                }
                continue;
            }
            let mut frames = Vec::new();
            let pos = expand_inlined(locs[s.loc.bits() as usize], inlined, &mut frames);
            let chain = frames
                .into_iter()
                .map(|(name, pos, hidden)| {
                    let (file, line) = self.file_line(fset, pos);
                    (self.name(name), file, line, hidden)
                })
                .collect();
            let (file, line) = self.file_line(fset, pos);
            // a package variable's initializer: its package's init
            let func = inits.as_ref().and_then(|m| m.get(&fset.file(pos).name)).map(|pkg| self.name(format!("{pkg}.init")));
            let l = SrcLine { offset: s.start, file, line, inlined: chain, func };
            if lines.last().is_none_or(|p| (p.file, p.line, &p.inlined, &p.func) != (l.file, l.line, &l.inlined, &l.func)) {
                lines.push(l);
            }
        }
        for site in cc.buffer.call_sites() {
            let handler = site.exception_handlers.iter().find_map(|h| match h {
                FinalizedMachExceptionHandler::Tag(_, o) | FinalizedMachExceptionHandler::Default(o) => Some(*o),
                _ => None,
            });
            if let (Some(h), Some(fo)) = (handler, site.frame_offset) {
                self.pending.pads.push((id, site.ret_addr, h, fo));
            }
        }
        // the block's place, from the frame layout Cranelift chose
        let open_defers = open_defers.map(|t| {
            let layout = cc.buffer.frame_layout().expect("a compiled function's frame layout");
            (layout.frame_to_fp_offset - layout.stackslots[t.slot].offset, t.sites)
        });
        self.pending.funcs.push(Func { id, name, hidden, params, size: cc.buffer.data().len(), lines, async_safe, open_defers });
    }

    fn file_line(&mut self, fset: &FileSet, pos: u32) -> (u32, u32) {
        let f = fset.file(pos);
        let line = f.line_col(pos).0 as u32;
        // a line directive's empty file name is Go's "??"
        (self.file(f.file_name(pos).unwrap_or("??")), line)
    }

    fn file(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.file_index.get(name) {
            return i;
        }
        // Go prints absolute paths; the standard library's are under $GOROOT
        let full = if name.starts_with('$') || name.starts_with('/') || name == "??" || self.names_as_given {
            name.to_string()
        } else {
            // (cleaned, as Go's absolute file names are: `run ../a/x.go`)
            std::env::current_dir().map(|d| crate::syntax::pos::clean_path(&d.join(name).to_string_lossy())).unwrap_or_else(|_| name.to_string())
        };
        let i = self.pending.files.len() as u32;
        self.pending.files.push(full);
        self.file_index.insert(name.to_string(), i);
        i
    }

    /// The index of a function name in the name table.
    fn name(&mut self, name: String) -> u32 {
        if let Some(&i) = self.name_index.get(&name) {
            return i;
        }
        let i = self.pending.names.len() as u32;
        self.pending.names.push(name.clone());
        self.name_index.insert(name, i);
        i
    }

    /// Takes what was recorded since the last `take`, to be published once
    /// the module is finalized. The files and names stay: every publication
    /// names all.
    pub fn take(&mut self) -> Pending {
        let (files, names) = (self.pending.files.clone(), self.pending.names.clone());
        std::mem::replace(&mut self.pending, Pending { files, names, ..Default::default() })
    }
}

impl Backend<'_> {
    /// The package of each source file, by file name, for the program entry's
    /// lines: code there from a package's file is that package's variable
    /// initialization (`pkg.init`), but for the call of `main.main`, placed in
    /// the runtime's proc.go (see `entry`), which is runtime.main's own.
    pub fn package_files(&self) -> FxHashMap<String, String> {
        let mut m = FxHashMap::default();
        for pkg in &self.p.pkgs {
            for f in &pkg.files {
                m.insert(self.p.fset.file(f.package.pos).name.clone(), pkg.path.to_string());
            }
        }
        m.remove(&self.p.fset.file(self.p.obj(self.runtime_go("mainCall")).pos).name);
        m
    }

    /// Go's name for a compiled function (`main.f`, `main.(*T).M`,
    /// `main.main.func1`), and whether tracebacks leave it out. The program
    /// entry is Go's `runtime.main`, which initializes the packages and calls
    /// `main.main`.
    pub fn go_name(&self, key: Option<&FnKey>) -> (String, bool) {
        match key {
            Some(FnKey::Func(o)) => {
                let obj = self.p.obj(*o);
                let pkg = self.p.pkg(obj.pkg.unwrap()).path.to_string();
                let name = match obj.recv {
                    Some(r) => {
                        let base = self.p.types.deref(r);
                        // a generic type's methods are `main.(*List[...]).Push`
                        let named = self.p.types.named_info(self.p.types.unalias(base.unwrap_or(r)));
                        let tn = named.map(|n| if n.targs.is_empty() { n.name.to_string() } else { format!("{}[...]", n.name) }).unwrap_or_default();
                        if base.is_some() {
                            format!("{pkg}.(*{tn}).{}", obj.name)
                        } else {
                            format!("{pkg}.{tn}.{}", obj.name)
                        }
                    }
                    // init functions are numbered in their package: main.init.0
                    None => match self.p.pkg(obj.pkg.unwrap()).init_funcs.iter().position(|f| f == o) {
                        Some(i) => format!("{pkg}.init.{i}"),
                        None => format!("{pkg}.{}", obj.name),
                    },
                };
                // tracebacks leave out the runtime's functions, but for exported
                // ones (Go's showfuncinfo: runtime.Goexit runs deferred calls)
                let exported = obj.recv.is_none() && obj.name.starts_with(|c: char| c.is_ascii_uppercase());
                // and wrappers (reflect.callReflect, which gc marks one)
                let hidden = pkg == "runtime" && !exported || minigo_runtime::traceback::is_wrapper(&name);
                (name, hidden)
            }
            Some(FnKey::Lit(id)) => (self.facts.lit_names.get(id).cloned().unwrap_or_else(|| "func literal".into()), false),
            Some(FnKey::Entry) => ("runtime.main".into(), true),
            _ => (minigo_runtime::traceback::WRAPPER.into(), true),
        }
    }
}
