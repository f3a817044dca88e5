//! The checker's state and its bookkeeping: scopes, diagnostics, and the side tables
//! it records into.

use super::constant::Constant;
use super::object::*;
use super::typ::{Basic, Signature, Type, TypeId};
use super::Program;
use crate::syntax::ast::{Expr, File, Ident, NodeId};
use crate::syntax::parser::Diagnostic;
use crate::syntax::pos::Pos;
use crate::syntax::token::Name;
use std::rc::Rc;

/// The function whose body is being checked.
pub(super) struct FuncCtx {
    pub sig: Rc<Signature>,
    /// Named result variables (empty if results are unnamed).
    pub results: Vec<ObjId>,
    /// Local variables declared so far, for "declared and not used".
    pub locals: Vec<ObjId>,
}

/// The block scopes of a function, innermost last, and which of them declare
/// anything: a lookup visits only those, so a name used 100,000 blocks deep
/// does not walk 100,000 empty blocks.
#[derive(Default)]
pub struct Scopes {
    scopes: Vec<Scope>,
    /// Indices of the non-empty scopes, increasing.
    nonempty: Vec<usize>,
}

impl Scopes {
    pub fn is_empty(&self) -> bool {
        self.scopes.is_empty()
    }

    pub fn push(&mut self, s: Scope) {
        if !s.is_empty() {
            self.nonempty.push(self.scopes.len());
        }
        self.scopes.push(s);
    }

    pub fn pop(&mut self) -> Option<Scope> {
        let s = self.scopes.pop()?;
        if self.nonempty.last() == Some(&self.scopes.len()) {
            self.nonempty.pop();
        }
        Some(s)
    }

    pub fn get_innermost(&self, name: &str) -> Option<ObjId> {
        self.scopes.last().and_then(|s| s.get(name).copied())
    }

    /// Declares `name` in the innermost scope (there is one).
    pub fn insert_innermost(&mut self, name: Name, obj: ObjId) {
        let i = self.scopes.len() - 1;
        if self.scopes[i].is_empty() {
            self.nonempty.push(i);
        }
        self.scopes[i].insert(name, obj);
    }

    /// The innermost declaration of `name`.
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        self.nonempty.iter().rev().find_map(|&i| self.scopes[i].get(name).copied())
    }
}

pub struct Checker<'a> {
    pub p: &'a mut Program,
    pub pkg: PkgId,
    /// Standard-library packages may declare functions without bodies (natives).
    pub std: bool,
    /// Checking a REPL input (see `repl`): what it declared so far.
    pub(super) repl: Option<super::repl::Declared>,
    pub file_scopes: Vec<Scope>,
    pub cur_file: usize,
    /// Block scopes of the function being checked, innermost last.
    pub scopes: Scopes,
    /// Emptied scopes, to be reused (see `close_scope`).
    spare_scopes: Vec<Scope>,
    pub errors: Vec<Diagnostic>,
    pub(super) fctx: Option<FuncCtx>,
    pub iota: Option<Constant>,
    /// A type name is being evaluated where a type is wanted (not as an
    /// expression): gc names a generic type used there uninstantiated with
    /// its type parameters (`G[T any]`), as an expression by its name (`G`).
    pub(super) naming_type: bool,
    /// The package-level object whose declaration is being checked (for dependencies).
    pub cur_decl: Option<ObjId>,
    /// Methods declared for each receiver base type name, collected before resolution.
    pub(super) methods: rustc_hash::FxHashMap<ObjId, Vec<ObjId>>,
    /// The file each package-level object is declared in (for its imports).
    pub(super) obj_file: rustc_hash::FxHashMap<ObjId, usize>,
    /// Package-level objects being resolved, outermost first (for cycle errors),
    /// each with the number of indirections (pointer, slice, map, channel or
    /// function types) the type being resolved was inside when it started.
    pub(super) resolving: Vec<ObjId>,
    pub(super) resolving_indirections: Vec<u32>,
    /// How many indirections enclose the type expression being resolved: a type
    /// that refers to one still being declared through one is no cycle.
    pub(super) indirections: u32,
    /// The interface declarations whose interface is being computed ahead of
    /// their own check (see `interface_ahead`), innermost last.
    pub(super) ahead: Vec<ObjId>,
    /// Set once an error is reported that gc reports alone: later errors would
    /// only follow from it.
    pub(super) quiet: bool,
    /// Where every error is reported while a constant's inherited value is
    /// checked: the constant's name (types2's `errpos`).
    pub(super) errpos: Option<Pos>,
    /// Named types whose underlying type is that of a named type still being
    /// declared (`type T2 T1` while T1's struct, which points at T2, is checked):
    /// set once it is known (types2 resolves such chains lazily).
    pub(super) pending_underlying: Vec<(TypeId, TypeId)>,
    /// While a range-over-func loop is being checked: the variable holding the
    /// depth of the frame its body's `defer`s belong to (see `rangefunc`).
    pub(super) range_depth: Option<Name>,
    /// Type names whose declaration cycle has been reported.
    pub(super) cycle_reported: rustc_hash::FxHashSet<ObjId>,
    /// While an instance body is checked: its type arguments, which the types
    /// it declares carry (`NamedInfo::outer`).
    pub(super) outer_targs: std::rc::Rc<[TypeId]>,
    /// The dot-imports of the package's files (file, package, position), and
    /// those a name was used from.
    pub(super) dot_imports: Vec<(usize, PkgId, Pos)>,
    pub(super) dot_used: rustc_hash::FxHashSet<(usize, PkgId)>,
    /// The package names the files' imports declare (file, object), including
    /// one whose name was taken already (it can still go unused).
    pub(super) import_names: Vec<(usize, ObjId)>,
    /// The package's instantiations of its own generic code (see `mono`).
    pub(super) mono: super::mono::MonoGraph,
    /// While the package-level declarations are resolved: the checks that
    /// wait until all are (see `Later`).
    pub(super) later: Option<Vec<Later>>,
    /// Function bodies waiting for the package-level declarations to be
    /// resolved, in the order they were met, as go/types queues them with
    /// `check.later`: a declared function's in source order, a literal's in a
    /// package-level initializer as that is checked. (The order is the order of
    /// the errors found in them, and gc stops after ten.) `None` but while a
    /// package's declarations are resolved (`resolve_package_level`).
    pub(super) bodies: Option<Vec<Body>>,
    /// The expression whose generic method may stay uninstantiated while it is
    /// checked: a call's function (its caller infers the type arguments), or
    /// the `x.M` of `x.M[...]` (instantiated by the index). Anywhere else a
    /// generic method needs its type arguments.
    pub(super) generic_ok: Option<crate::syntax::ast::NodeId>,
    /// The function literals checked (position, signature), whose arguments
    /// `check_sizes` measures as it does declared functions'.
    pub(super) func_lits: Vec<(Pos, TypeId)>,
}

/// A function body whose check waits (see `Checker::bodies`).
pub(super) enum Body {
    /// A declared function or method, in file `file`.
    Func { obj: ObjId, fd: &'static crate::syntax::ast::FuncDecl, file: usize },
    /// A function literal of type `sig` in the initializer of package-level
    /// object `decl` (its uses are that object's dependencies), with that
    /// initializer's `iota` and file.
    Lit { sig: TypeId, lit: &'static crate::syntax::ast::FuncLit, loop_body: bool, decl: Option<ObjId>, iota: Option<Constant>, file: usize },
}

/// A check of a package-level declaration that waits until all of them are
/// resolved, as go/types' `check.later` does: what it needs may be declared
/// after it (a method a type argument must have, the underlying type of a map
/// key or embedded field still being declared).
pub enum Later {
    /// The type arguments of an instantiation satisfy their constraints.
    TypeArgs { gobj: ObjId, targs: Vec<TypeId>, pos: Pos, arg_pos: Vec<Pos> },
    /// A map key type is comparable.
    MapKey { key: TypeId, pos: Pos },
    /// An embedded field's type (`*T` when `ptr`) is neither a pointer nor
    /// `unsafe.Pointer`, nor a pointer to an interface.
    Embedded { typ: TypeId, ptr: bool, pos: Pos },
}

impl<'a> Checker<'a> {
    pub fn check_files(p: &'a mut Program, path: &str, files: Vec<&'static File>, std: bool) -> Result<PkgId, Vec<Diagnostic>> {
        let name = files.first().map_or(Name::from("main"), |f| f.package.name.clone());
        let pkg = p.register_package(
            path,
            Package {
                path: path.into(),
                name,
                scope: Scope::default(),
                files: files.clone(),
                inits: vec![],
                funcs: vec![],
                init_funcs: vec![],
                imports: vec![],
            },
        );
        if !std {
            // the imports of the program's own packages (the main module's and
            // main), this one's included
            let own = p.pkgs.iter().filter(|k| minigo_stdlib::package_sources(&k.path).is_none());
            let imports: Vec<String> = own.flat_map(|k| k.files.iter().flat_map(|f| f.imports.iter().map(|i| i.path_value()))).collect();
            p.types.shared_names = minigo_stdlib::shared_package_names(imports.iter().map(String::as_str)).into_iter().collect();
        }
        let mut c = Checker::new(p, pkg, std);
        c.check_package(&files);
        if c.errors.is_empty() {
            Ok(pkg)
        } else {
            Err(c.errors)
        }
    }

    pub(super) fn new(p: &'a mut Program, pkg: PkgId, std: bool) -> Checker<'a> {
        Checker {
            p,
            pkg,
            std,
            repl: None,
            file_scopes: Vec::new(),
            cur_file: 0,
            scopes: Scopes::default(),
            spare_scopes: Vec::new(),
            errors: Vec::new(),
            fctx: None,
            iota: None,
            naming_type: false,
            cur_decl: None,
            methods: Default::default(),
            obj_file: Default::default(),
            resolving: Vec::new(),
            resolving_indirections: Vec::new(),
            indirections: 0,
            ahead: Vec::new(),
            quiet: false,
            errpos: None,
            pending_underlying: Vec::new(),
            cycle_reported: Default::default(),
            range_depth: None,
            outer_targs: std::rc::Rc::from([]),
            dot_imports: Vec::new(),
            dot_used: Default::default(),
            import_names: Vec::new(),
            mono: Default::default(),
            later: None,
            bodies: None,
            generic_ok: None,
            func_lits: Vec::new(),
        }
    }

    pub fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let msg = msg.into();
        // types2's cheap trick: after a first error, one that mentions an
        // invalid operand or type (not at its start) only follows from it
        if self.quiet || !self.errors.is_empty() && (msg.find("invalid operand").is_some_and(|i| i > 0) || msg.find("invalid type").is_some_and(|i| i > 0)) {
            return;
        }
        let d = Diagnostic::new(self.errpos.unwrap_or(pos), msg);
        // the instances of a generic declaration find its errors once each
        if self.p.instance_level > 0 && self.errors.iter().any(|e| e.pos == d.pos && e.msg == d.msg) {
            return;
        }
        self.errors.push(d);
    }

    pub fn soft_error(&mut self, pos: Pos, msg: impl Into<String>) {
        self.errors.push(Diagnostic { pos, msg: msg.into(), soft: true });
    }

    /// "minigo does not support X" at `pos`.
    pub fn unsupported(&mut self, pos: Pos, what: &str) {
        self.error(pos, format!("minigo does not support {what}"));
    }

    pub fn type_string(&self, t: TypeId) -> String {
        self.p.types.type_string(t, self.pkg)
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        self.p.obj(id)
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        self.p.obj_mut(id)
    }

    pub fn new_obj(&mut self, name: Name, kind: ObjKind, typ: TypeId, pos: Pos) -> ObjId {
        self.p.new_object(Object::new(name, kind, typ, pos, Some(self.pkg)))
    }

    // ---------------------------------------------------------------- scopes

    pub fn open_scope(&mut self) {
        let scope = self.spare_scopes.pop().unwrap_or_default();
        self.scopes.push(scope);
    }

    /// Keeps the closed scope's table for the next block: a function body opens a
    /// scope per block, and allocating and freeing a table each time showed.
    pub fn close_scope(&mut self) {
        if let Some(mut scope) = self.scopes.pop() {
            scope.clear();
            self.spare_scopes.push(scope);
        }
    }

    /// Declares `name` in the innermost block scope, with no checks (names the
    /// checker makes up).
    pub fn bind_local(&mut self, name: Name, obj: ObjId) {
        self.scopes.insert_innermost(name, obj);
    }

    /// Declares `obj` under `ident` in the innermost scope, reporting redeclarations as
    /// gc does. Blank identifiers are recorded but never declared.
    pub fn declare(&mut self, ident: &Ident, obj: ObjId) -> bool {
        self.p.info.objs.insert_def(ident.id, obj);
        if ident.is_blank() {
            return true;
        }
        let at_package = self.scopes.is_empty();
        let prev = match at_package {
            true => self.p.pkgs[self.pkg.0 as usize].scope.get(&ident.name).copied(),
            false => self.scopes.get_innermost(&ident.name),
        };
        // a REPL input's declaration replaces an earlier input's, not its own
        let replacing = at_package && self.repl.as_mut().is_some_and(|r| r.declare(&ident.name, prev.is_some()));
        if let Some(prev) = prev.filter(|_| !replacing) {
            let prev_pos = self.p.obj(prev).pos;
            self.redeclared(ident.pos, &ident.name, prev_pos);
            return false;
        }
        match at_package {
            true => {
                self.p.pkgs[self.pkg.0 as usize].scope.insert(ident.name.clone(), obj);
            }
            false => self.scopes.insert_innermost(ident.name.clone(), obj),
        }
        true
    }

    pub fn redeclared(&mut self, pos: Pos, name: &str, prev: Pos) {
        let other = if prev == 0 { String::new() } else { format!("\n\t{}: other declaration of {name}", self.p.fset.position_dotted(prev)) };
        self.error(pos, format!("{name} redeclared in this block{other}"));
    }

    /// The universe's `byte`, which messages name as gc does (a string's
    /// element is a `byte`, not a `uint8`).
    pub(super) fn byte_type(&self) -> TypeId {
        self.obj(self.p.universe["byte"]).typ
    }

    /// Resolves the package-level declarations `order`, then runs the checks
    /// that waited for all of them, then checks the function bodies in the
    /// order they were met (see `bodies`).
    pub(super) fn resolve_package_level(&mut self, order: &[ObjId]) {
        self.bodies = Some(Vec::new());
        self.with_later(|c| {
            for &o in order {
                c.resolve(o);
                if let Some(DeclRef::Func(fd @ crate::syntax::ast::FuncDecl { body: Some(_), .. })) = c.obj(o).decl() {
                    let file = c.obj_file.get(&o).copied().unwrap_or(c.cur_file);
                    c.bodies.get_or_insert_default().push(Body::Func { obj: o, fd, file });
                }
            }
        });
        for b in self.bodies.take().unwrap_or_default() {
            match b {
                Body::Func { obj, fd, file } => {
                    self.cur_file = file;
                    self.func_body(obj, fd);
                }
                Body::Lit { sig, lit, loop_body, decl, iota, file } => {
                    let saved =
                        (std::mem::replace(&mut self.cur_file, file), std::mem::replace(&mut self.cur_decl, decl), std::mem::replace(&mut self.iota, iota));
                    self.body(sig, &lit.sig, None, &lit.body, loop_body);
                    (self.cur_file, self.cur_decl, self.iota) = saved;
                }
            }
        }
    }

    /// Checks a function literal's body now, or queues it when the literal is
    /// in a package-level declaration (see `bodies`).
    pub(super) fn func_lit_body(&mut self, sig: TypeId, lit: &'static crate::syntax::ast::FuncLit, loop_body: bool) {
        match self.bodies.as_mut() {
            Some(bodies) if self.fctx.is_none() => {
                bodies.push(Body::Lit { sig, lit, loop_body, decl: self.cur_decl, iota: self.iota.clone(), file: self.cur_file });
            }
            _ => self.body(sig, &lit.sig, None, &lit.body, loop_body),
        }
    }

    /// Runs `f`, then the checks that waited for it (see `Later`): the
    /// package-level declarations, or a local type declaration.
    pub(super) fn with_later(&mut self, f: impl FnOnce(&mut Self)) {
        let outer = self.later.replace(Vec::new());
        f(self);
        for l in std::mem::replace(&mut self.later, outer).unwrap_or_default() {
            self.run_later(l);
        }
    }

    /// Whether checks wait (see `with_later`).
    pub(super) fn deferring(&self) -> bool {
        self.later.is_some()
    }

    /// Runs check `l` now, or when the declarations it waits for are done.
    pub(super) fn later(&mut self, l: Later) {
        match self.later.as_mut() {
            Some(later) => later.push(l),
            None => self.run_later(l),
        }
    }

    fn run_later(&mut self, l: Later) {
        match l {
            Later::TypeArgs { gobj, targs, pos, arg_pos } => {
                self.check_type_args(gobj, &targs, pos, &arg_pos, None);
            }
            Later::MapKey { key, pos } => {
                if !self.p.types.comparable(key) {
                    let s = self.type_string(key);
                    let why = if self.p.types.type_param(self.p.types.unalias(key)).is_some() { " (missing comparable constraint)" } else { "" };
                    self.error(pos, format!("invalid map key type {s}{why}"));
                }
            }
            Later::Embedded { typ, ptr, pos } => {
                let types = &self.p.types;
                let msg = match types.get(types.underlying(typ)) {
                    Type::Pointer(_) => "embedded field type cannot be a pointer",
                    Type::Basic(Basic::UnsafePointer) => "embedded field type cannot be unsafe.Pointer",
                    Type::Interface(_) if ptr => "embedded field type cannot be a pointer to an interface",
                    _ => return,
                };
                self.error(pos, msg);
            }
        }
    }

    /// A name used unqualified that one of the file's dot-imports declares
    /// (unsafe's functions too) makes that import used.
    pub(super) fn note_dot_import_use(&mut self, name: &str, obj: ObjId) {
        let file = self.cur_file;
        let from = self.dot_imports.iter().find(|&&(f, pid, _)| f == file && self.p.pkgs[pid.0 as usize].scope.get(name) == Some(&obj));
        if let Some(&(f, pid, _)) = from {
            self.dot_used.insert((f, pid));
        }
    }

    /// Resolves a name in the current environment: block scopes, the file's imports,
    /// the package, the universe.
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        if let Some(o) = self.scopes.lookup(name) {
            return Some(o);
        }
        if let Some(&o) = self.file_scopes.get(self.cur_file).and_then(|s| s.get(name)) {
            return Some(o);
        }
        if let Some(&o) = self.p.pkgs[self.pkg.0 as usize].scope.get(name) {
            return Some(o);
        }
        self.p.universe.get(name).copied()
    }

    // ---------------------------------------------------------------- side tables

    pub fn record(&mut self, e: &Expr, mode: Mode, typ: TypeId, val: Option<Constant>) {
        if e.id.0 == u32::MAX {
            return; // a checker-made node (the implicit `true` of a tagless switch)
        }
        self.p.info.types.insert(e.id, Typed { mode, typ });
        match val {
            Some(v) => {
                self.p.info.consts.insert(e.id, v);
            }
            None => {
                self.p.info.consts.remove(e.id);
            }
        }
    }

    pub fn record_use(&mut self, id: NodeId, obj: ObjId) {
        self.p.info.objs.insert_use(id, obj);
    }

    /// Notes that the declaration being checked refers to package-level `obj`.
    pub fn add_dep(&mut self, obj: ObjId) {
        if matches!(self.obj(obj).kind, ObjKind::Var(VarKind::Global)) {
            self.p.info.var_refs.insert((self.cur_decl, obj));
        }
        // (a declaration may depend on itself: a variable's initializer through
        // a function literal, whose body is checked once the variable is)
        if let Some(d) = self.cur_decl {
            if matches!(self.obj(obj).kind, ObjKind::Var(VarKind::Global) | ObjKind::Func | ObjKind::Const(_)) && self.obj(obj).pkg == Some(self.pkg) {
                if let Some(g) = &mut self.p.obj_mut(d).global {
                    if !g.deps.contains(&obj) {
                        g.deps.push(obj);
                    }
                }
            }
        }
    }

    /// Runs `f` with no function context: package-level declarations are checked in
    /// the package scope even when first reached from inside a function body.
    pub fn at_package_level<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        let scopes = std::mem::take(&mut self.scopes);
        let fctx = self.fctx.take();
        let iota = self.iota.take();
        let r = f(self);
        self.scopes = scopes;
        self.fctx = fctx;
        self.iota = iota;
        r
    }
}
