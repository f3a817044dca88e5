//! Checking one REPL input into the session's `main` package. Its declarations
//! join the package's (replacing any of the same name, for later inputs), its
//! imports join the session's, and it is not a whole program: nothing needs to be
//! used and there is no `main` to find.

use super::check::Checker;
use super::object::{ObjId, ObjKind, Package, PkgId, Scope, State};
use super::typ::Type;
use super::Program;
use crate::syntax::ast::File;
use crate::syntax::parser::Diagnostic;
use crate::syntax::token::Name;

/// The names an input declares at package level.
#[derive(Default)]
pub struct Declared {
    pub names: Vec<Name>,
    /// Those that replace a declaration of an earlier input.
    pub replaced: Vec<Name>,
}

impl Declared {
    /// Records `name`, which the package scope holds already if `exists`;
    /// whether it may replace that (it is not a second declaration within the
    /// input).
    pub fn declare(&mut self, name: &Name, exists: bool) -> bool {
        if self.names.contains(name) {
            return false;
        }
        self.names.push(name.clone());
        if exists {
            self.replaced.push(name.clone());
        }
        true
    }
}

/// What a checked input adds to the session.
pub struct Unit {
    pub pkg: PkgId,
    /// Earlier declarations it replaces.
    pub replaced: Vec<Name>,
}

impl Program {
    /// Checks `file` (one input) into the session's package `pkg` (made by the first
    /// input), with the session's `imports`. On error the session is as before.
    /// `serial` numbers the input (as the REPL names its code).
    pub fn check_repl_input(&mut self, pkg: Option<PkgId>, file: &'static File, imports: &mut Scope, serial: u32) -> Result<Unit, Vec<Diagnostic>> {
        let pkg = pkg.unwrap_or_else(|| {
            let scope = Scope::default();
            self.register_package(
                "main",
                Package { path: "main".into(), name: "main".into(), scope, files: vec![], inits: vec![], funcs: vec![], init_funcs: vec![], imports: vec![] },
            )
        });
        let saved_scope = self.pkgs[pkg.0 as usize].scope.clone();
        self.pkgs[pkg.0 as usize].files.push(file);
        self.pkgs[pkg.0 as usize].init_funcs.clear();
        let mut c = Checker::new(self, pkg, false);
        c.repl = Some(Declared::default());
        c.file_scopes.push(imports.clone());
        c.collect_imports(file);
        let (mut order, mut funcs, mut methods, mut obj_file) = (Vec::new(), Vec::new(), Vec::new(), Default::default());
        for d in file.decls.iter() {
            c.collect_decl(d, 0, &mut order, &mut funcs, &mut methods, &mut obj_file);
        }
        c.obj_file = obj_file;
        c.check_branches(&[file]);
        c.number_local_types(&[file]);
        for &(m, fd, _) in &methods {
            c.associate_method(m, fd);
        }
        // methods of types declared by earlier inputs
        let earlier: Vec<ObjId> = c.methods.keys().copied().filter(|&t| c.obj(t).state == State::Resolved).collect();
        for t in earlier {
            let named = c.obj(t).typ;
            c.collect_methods(t, named);
        }
        c.resolve_package_level(&order);
        c.check_instance_bodies();
        c.compute_init_order(&order);
        let new_imports = c.file_scopes.pop().unwrap_or_default();
        let declared = c.repl.take().unwrap_or_default();
        if !c.errors.is_empty() {
            let errors = std::mem::take(&mut c.errors);
            self.pkgs[pkg.0 as usize].scope = saved_scope;
            return Err(errors);
        }
        let scope = &self.pkgs[pkg.0 as usize].scope;
        let named_index = |p: &Program, o: Option<&ObjId>| match o.map(|&o| p.obj(o)) {
            Some(obj) if matches!(obj.kind, ObjKind::TypeName) => match p.types.get(obj.typ) {
                Type::Named(i) => Some(*i),
                _ => None,
            },
            _ => None,
        };
        let new: Vec<u32> = declared.names.iter().filter_map(|n| named_index(self, scope.get(n))).collect();
        let old: Vec<u32> = declared.replaced.iter().filter_map(|n| named_index(self, saved_scope.get(n))).collect();
        self.types.repl_input.extend(new.into_iter().map(|i| (i, serial)));
        self.types.redeclared.extend(old);
        let replaced = declared.replaced;
        *imports = new_imports;
        self.pkgs[pkg.0 as usize].funcs = funcs.iter().map(|f| f.0).collect();
        Ok(Unit { pkg, replaced })
    }
}
