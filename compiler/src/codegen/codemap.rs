//! What the runtime needs to know about compiled code: each function's Go name
//! and source lines (for tracebacks) and each call site's landing pad (for
//! recovery). Collected as functions are compiled, published once their addresses
//! are final.

use super::{Backend, FnKey};
use crate::syntax::pos::FileSet;
use cranelift_codegen::{CompiledCode, FinalizedMachExceptionHandler};
use cranelift_jit::JITModule;
use cranelift_module::FuncId;
use minigo_runtime::traceback::{FuncInfo, Inlined, Line};
use rustc_hash::FxHashMap;

struct Func {
    id: FuncId,
    name: String,
    hidden: bool,
    params: bool,
    size: usize,
    lines: Vec<Line>,
}

#[derive(Default)]
pub struct CodeMap {
    funcs: Vec<Func>,
    /// (function, return address offset, handler offset, frame offset)
    pads: Vec<(FuncId, u32, u32, u32)>,
    files: Vec<String>,
    file_index: FxHashMap<String, u32>,
    /// Keep file names as given (a REPL's inputs are no files in a directory).
    pub names_as_given: bool,
}

impl CodeMap {
    pub fn record(&mut self, id: FuncId, name: String, hidden: bool, params: bool, cc: &CompiledCode, fset: &FileSet, inlined: &[(u32, u32, String, bool)]) {
        let mut lines: Vec<Line> = Vec::new();
        for s in cc.buffer.get_srclocs_sorted() {
            if s.loc.is_default() {
                continue;
            }
            let bits = s.loc.bits();
            let (pos, inline) = if bits & super::inline::INLINED != 0 {
                let (callee_pos, call_pos, callee, hidden) = &inlined[(bits & !super::inline::INLINED) as usize];
                let (file, line) = self.file_line(fset, *callee_pos);
                (*call_pos, Some(Inlined { name: callee.clone(), file, line, hidden: *hidden }))
            } else {
                (bits, None)
            };
            let (file, line) = self.file_line(fset, pos);
            let l = Line { offset: s.start, file, line, inlined: inline };
            if lines.last().is_none_or(|p| (p.file, p.line, &p.inlined) != (l.file, l.line, &l.inlined)) {
                lines.push(l);
            }
        }
        for site in cc.buffer.call_sites() {
            let handler = site.exception_handlers.iter().find_map(|h| match h {
                FinalizedMachExceptionHandler::Tag(_, o) | FinalizedMachExceptionHandler::Default(o) => Some(*o),
                _ => None,
            });
            if let (Some(h), Some(fo)) = (handler, site.frame_offset) {
                self.pads.push((id, site.ret_addr, h, fo));
            }
        }
        self.funcs.push(Func { id, name, hidden, params, size: cc.buffer.data().len(), lines });
    }

    fn file_line(&mut self, fset: &FileSet, pos: u32) -> (u32, u32) {
        let f = fset.file(pos);
        let line = f.line_col(pos).0 as u32;
        (self.file(&f.name), line)
    }

    fn file(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.file_index.get(name) {
            return i;
        }
        // Go prints absolute paths; the standard library's are under $GOROOT
        let full = if name.starts_with('$') || name.starts_with('/') || self.names_as_given {
            name.to_string()
        } else {
            std::env::current_dir().map(|d| d.join(name).to_string_lossy().into_owned()).unwrap_or_else(|_| name.to_string())
        };
        let i = self.files.len() as u32;
        self.files.push(full);
        self.file_index.insert(name.to_string(), i);
        i
    }

    /// Hands what was recorded to the runtime (after the module is finalized).
    pub fn publish(&mut self, module: &JITModule) {
        let addr = |id: FuncId| module.get_finalized_function(id) as usize;
        let funcs = std::mem::take(&mut self.funcs)
            .into_iter()
            .map(|f| {
                let start = addr(f.id);
                FuncInfo { start, end: start + f.size, name: f.name, lines: f.lines, hidden: f.hidden, params: f.params }
            })
            .collect();
        let pads = std::mem::take(&mut self.pads).into_iter().map(|(id, ret, h, fo)| (addr(id) + ret as usize, addr(id) + h as usize, fo as usize)).collect();
        minigo_runtime::traceback::register(funcs, self.files.clone(), pads);
    }
}

impl Backend<'_> {
    /// Go's name for a compiled function (`main.f`, `main.(*T).M`,
    /// `main.main.func1`), and whether tracebacks leave it out.
    pub fn go_name(&self, key: Option<&FnKey>) -> (String, bool) {
        match key {
            Some(FnKey::Func(o)) => {
                let obj = self.p.obj(*o);
                let pkg = self.p.pkg(obj.pkg.unwrap()).path.to_string();
                let name = match obj.recv {
                    Some(r) => {
                        let base = self.p.types.deref(r);
                        let tn = self.p.types.named_info(self.p.types.unalias(base.unwrap_or(r))).map(|n| n.name.to_string()).unwrap_or_default();
                        if base.is_some() {
                            format!("{pkg}.(*{tn}).{}", obj.name)
                        } else {
                            format!("{pkg}.{tn}.{}", obj.name)
                        }
                    }
                    None => format!("{pkg}.{}", obj.name),
                };
                (name, pkg == "runtime")
            }
            Some(FnKey::Lit(id)) => (self.lit_names.get(id).cloned().unwrap_or_else(|| "func literal".into()), false),
            _ => ("minigo.wrapper".into(), true),
        }
    }
}
