//! The type checker: Go's rules for declarations, types, constants and statements, with
//! gc's diagnostics. Its result is the `Program` (types, objects, packages) plus the
//! `Info` side tables keyed by node ids, which the back end lowers.

mod assign;
mod builtins;
mod call;
pub mod check;
pub mod constant;
mod decl;
mod expr;
pub mod exprstring;
mod infer;
mod initorder;
pub mod instantiate;
mod labels;
pub mod lookup;
mod mono;
pub mod object;
mod operand;
mod rangefunc;
pub mod repl;
pub mod sizes;
mod stmt;
pub mod typ;
mod typexpr;
mod under;
mod universe;
mod zeroed;

use crate::syntax::ast::{File, IdGen};
use crate::syntax::build::Arena;
use crate::syntax::parser::{parse_file, Diagnostic};
use crate::syntax::pos::{FileSet, Pos};
use crate::syntax::token::Name;
use object::{Info, ObjId, Object, Package, PkgId, Scope};
use rustc_hash::FxHashMap;
use std::rc::Rc;
use typ::{TypeId, TypeTable};

/// Everything known about the program being compiled: grows as packages (and REPL
/// inputs) are added.
pub struct Program {
    pub types: TypeTable,
    pub objs: Vec<Object>,
    pub pkgs: Vec<Package>,
    pub universe: Scope,
    pub info: Info,
    pub error_type: TypeId,
    pub fset: FileSet,
    pub ids: IdGen,
    by_path: FxHashMap<Name, PkgId>,
    /// Generic functions, types and methods of generic types, with their instances.
    pub generics: FxHashMap<ObjId, instantiate::Generic>,
    /// Instance bodies waiting to be checked (see `instantiate`).
    pub(crate) instance_bodies: Vec<instantiate::InstanceBody>,
    /// The nesting level of the instance whose body is being checked (0: none): an
    /// instance made while checking a body of level n has level n + 1.
    pub(crate) instance_level: usize,
    /// How deep type instances are being completed inside each other.
    pub(crate) type_nesting: usize,
    /// Range-over-func loops rewritten so far (numbering their names).
    pub(crate) rangefuncs: usize,
    /// The number of each function-local type declaration (by its name's
    /// position) among its package's (see `NamedInfo::local`).
    pub(crate) local_types: FxHashMap<Pos, u32>,
    /// Whether the files about to be checked had errors already (lexical
    /// ones, misused directives): gc then stops once they are type-checked,
    /// before the checks of its back end (`Checker::check_late`).
    pub errors_before_check: bool,
    /// The arenas of every syntax tree parsed into the program, and of the nodes
    /// the checker makes itself: the trees live exactly as long as the program
    /// (see `syntax::build::Arena`).
    trees: Vec<Arena>,
    /// The module the program is in, whose packages it may import.
    pub modules: crate::modload::Loader,
}

impl Default for Program {
    fn default() -> Self {
        Self::new()
    }
}

impl Program {
    pub fn new() -> Program {
        let mut p = Program {
            types: TypeTable::default(),
            objs: Vec::new(),
            pkgs: Vec::new(),
            universe: Scope::default(),
            info: Info::default(),
            error_type: typ::INVALID,
            fset: FileSet::default(),
            ids: IdGen::default(),
            by_path: FxHashMap::default(),
            generics: FxHashMap::default(),
            instance_bodies: Vec::new(),
            instance_level: 0,
            type_nesting: 0,
            rangefuncs: 0,
            local_types: FxHashMap::default(),
            errors_before_check: false,
            trees: vec![Arena::default()],
            modules: Default::default(),
        };
        p.init_universe();
        p
    }

    pub fn new_object(&mut self, o: Object) -> ObjId {
        self.objs.push(o);
        ObjId(self.objs.len() as u32 - 1)
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objs[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objs[id.0 as usize]
    }

    pub fn pkg(&self, id: PkgId) -> &Package {
        &self.pkgs[id.0 as usize]
    }

    /// Parses a file into the program; the syntax tree lives as long as the program
    /// (the REPL keeps referring to earlier inputs' declarations).
    /// Lexical errors come with a syntax tree (gc type-checks despite them); a syntax
    /// error leaves none.
    pub fn parse(&mut self, name: &str, src: &str) -> (Option<&'static File>, Vec<Diagnostic>) {
        self.parse_shifted(name, src, 0)
    }

    /// `parse`, for a file whose first `line_shift` lines positions do not count.
    pub fn parse_shifted(&mut self, name: &str, src: &str, line_shift: usize) -> (Option<&'static File>, Vec<Diagnostic>) {
        let base = self.fset.add_shifted(name, Rc::from(src), line_shift);
        let mut parsed = parse_file(src, base, &self.ids);
        // malformed line directives and misused `//go:` ones: errors the file
        // is type-checked despite, as in gc
        if let Some(f) = self.fset.last() {
            let syntax_errors = parsed.errors.iter().any(|d| d.msg.starts_with("syntax error"));
            let pragmas = f.pragmas.errors.iter().chain(f.pragmas.dropped.iter().filter(|_| !syntax_errors));
            let lines = f.line_errors.iter().map(|(pos, msg)| Diagnostic::new(*pos, msg.clone()));
            merge_by_position(&mut parsed.errors, lines.chain(pragmas.map(|(at, msg)| Diagnostic::new(f.base + *at as u32, msg.clone()))));
        }
        self.trees.extend(parsed.arenas);
        if let Some(f) = parsed.recovered {
            let at: Vec<Pos> = parsed.errors.iter().map(|d| d.pos).collect();
            merge_by_position(&mut parsed.errors, labels::branch_errors(&[f], &self.fset, &at));
        }
        (parsed.file, parsed.errors)
    }

    /// The arena for trees the checker makes (copies of generic declarations).
    pub(crate) fn arena(&self) -> &Arena {
        &self.trees[0]
    }

    /// A syntax node the checker makes (a stand-in for one the source leaves
    /// implicit), living as long as the program's trees.
    pub fn synthetic<T>(&self, node: T) -> &'static T {
        self.trees[0].alloc(node)
    }

    /// Loads the main module's package `path` (see `driver::load_package`). A
    /// package that fails leaves its errors in `modules.dep_errors` and is
    /// reported as `Err("")`.
    fn import_local(&mut self, path: &str, dir: &std::path::Path) -> Result<PkgId, String> {
        self.modules.loading.push(path.to_string());
        let id = crate::driver::load_package(self, path, dir);
        self.modules.loading.pop();
        id.ok_or_else(String::new)
    }

    /// The go command's report of the import cycle that importing `path`
    /// again closes: the chain of imports from the main package, each with
    /// the file importing it.
    fn import_cycle(&self, path: &str) -> String {
        let mut s = format!("package {}", self.modules.main_import_path());
        let chain: Vec<&str> = self.modules.loading.iter().map(String::as_str).chain([path]).collect();
        for (i, imported) in chain.iter().enumerate() {
            let importer = if i == 0 { "main" } else { chain[i - 1] };
            let file = self.by_path.get(importer).and_then(|&id| {
                let files = &self.pkgs[id.0 as usize].files;
                let f = files.iter().find(|f| f.imports.iter().any(|imp| imp.path_value() == *imported))?;
                let name = &self.fset.file(f.package.pos).name;
                Some(name.rsplit('/').next().unwrap_or(name).to_string())
            });
            s += &format!("\n\timports {imported}{}", file.map(|f| format!(" from {f}")).unwrap_or_default());
        }
        s + ": import cycle not allowed"
    }

    /// Type-checks the files of one package. Imports are loaded on demand.
    pub fn check_package(&mut self, path: &str, files: Vec<&'static File>) -> Result<PkgId, Vec<Diagnostic>> {
        let n = self.ids.nodes();
        // room for the packages it imports, which are checked after its nodes are
        // counted: growing a table would copy it
        self.info.reserve_nodes(&self.ids, n);
        // about one object per 7 nodes (see `reserve_nodes`)
        self.objs.reserve(n as usize / 4);
        check::Checker::check_files(self, path, files, minigo_stdlib::package_sources(path).is_some())
    }

    /// Finds or loads a package by import path.
    pub fn import(&mut self, path: &str) -> Result<PkgId, String> {
        if let Some(dir) = &self.modules.package_dir(path) {
            // (a package being loaded is registered already)
            if self.modules.loading.iter().any(|p| p == path) {
                let cycle = self.import_cycle(path);
                self.modules.dep_errors.push(Diagnostic::new(u32::MAX, cycle));
                return Err(String::new());
            }
            if !self.by_path.contains_key(path) {
                return self.import_local(path, dir);
            }
        }
        if let Some(&id) = self.by_path.get(path) {
            return Ok(id);
        }
        if path == "unsafe" {
            return Ok(self.unsafe_package());
        }
        let Some(sources) = minigo_stdlib::package_sources(path) else {
            return Err(if minigo_stdlib::is_go_std(path) {
                format!("minigo does not support package {path}")
            } else {
                format!("package {path} is not in std")
            });
        };
        let mut files = Vec::new();
        for (name, src) in sources {
            match self.parse(&format!("$GOROOT/src/{path}/{name}"), src) {
                (Some(f), errs) if errs.is_empty() => files.push(f),
                (_, errs) => return Err(self.render(&errs)),
            }
        }
        check::Checker::check_files(self, path, files, true).map_err(|errs| self.render(&errs))
    }

    fn render(&self, errs: &[Diagnostic]) -> String {
        errs.iter().map(|e| format!("{}: {}", self.fset.position(e.pos), e.msg)).collect::<Vec<_>>().join("\n")
    }

    pub(crate) fn register_package(&mut self, path: &str, pkg: Package) -> PkgId {
        let id = PkgId(self.pkgs.len() as u32);
        self.types.pkg_names.push(pkg.name.clone());
        self.types.pkg_paths.push(Name::from(path));
        self.pkgs.push(pkg);
        self.by_path.insert(Name::from(path), id);
        id
    }
}

/// Adds `more` to a file's syntax `errors`, each before the first error after
/// it: `errors` are in the order gc's parser finds them, which decides the one
/// error of a line gc keeps (`driver::render_errors`), and sorting them by
/// position would lose it.
fn merge_by_position(errors: &mut Vec<Diagnostic>, more: impl IntoIterator<Item = Diagnostic>) {
    for d in more {
        let at = errors.iter().position(|e| e.pos > d.pos).unwrap_or(errors.len());
        errors.insert(at, d);
    }
}
