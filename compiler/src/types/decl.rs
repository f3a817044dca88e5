//! Package-level declarations: collecting objects, resolving them on first use (with
//! gc's cycle errors), methods, function bodies, and the package's final checks.

use super::check::{Checker, FuncCtx};
use super::constant::Constant;
use super::object::*;
use super::typ::{Type, TypeId, INVALID};
use crate::syntax::ast::*;
use crate::syntax::build::receivers;
use crate::syntax::token::Name;
use crate::syntax::walk::{walk_block, walk_stmt, Visitor};

/// The package of an import that failed; selectors on it are silently invalid.
pub const FAILED_IMPORT: PkgId = PkgId(u32::MAX);

impl Checker<'_> {
    /// Numbers the package's function-local type declarations (aliases aside)
    /// in source order, as gc does (`NamedInfo::local`): function bodies and
    /// the function literals of package-level variables, file by file (a REPL
    /// input numbers its own).
    pub(super) fn number_local_types(&mut self, files: &[&'static File]) {
        struct Numbering<'a>(&'a mut rustc_hash::FxHashMap<crate::syntax::pos::Pos, u32>, u32);
        impl Visitor for Numbering<'_> {
            fn stmt(&mut self, s: &'static Stmt) {
                if let StmtKind::Decl(Decl::Type(specs)) = &s.kind {
                    for spec in specs.iter().filter(|spec| !spec.alias) {
                        self.1 += 1;
                        self.0.insert(spec.name.pos, self.1);
                    }
                }
                walk_stmt(self, s)
            }
        }
        let mut n = Numbering(&mut self.p.local_types, 0);
        for d in files.iter().flat_map(|f| f.decls.iter()) {
            match d {
                Decl::Func(fd) => fd.body.iter().for_each(|b| walk_block(&mut n, b)),
                Decl::Var(specs) => specs.iter().flat_map(|s| s.values.iter()).for_each(|e| n.expr(e)),
                Decl::Const(_) | Decl::Type(_) => {}
            }
        }
    }

    /// Gives `named`, declared at `pos`, its local number and, inside an
    /// instance body, the instance's type arguments (see `NamedInfo`).
    pub(super) fn mark_local(&mut self, named: TypeId, pos: crate::syntax::pos::Pos) {
        if let Some(&local) = self.p.local_types.get(&pos) {
            let outer = self.outer_targs.clone();
            let n = self.p.types.named_info_mut(named).unwrap();
            (n.local, n.outer) = (local, outer);
        }
    }

    pub(super) fn check_package(&mut self, files: &[&'static File]) {
        // (types2 names the package after its first file not named `_`)
        for f in files.iter().take_while(|f| &*f.package.name == "_") {
            self.error(f.package.pos, "invalid package name _");
        }
        let first_obj = self.p.objs.len();
        self.mono = Default::default();
        let mut order = Vec::new();
        let mut funcs = Vec::new();
        let mut methods = Vec::new();
        let mut obj_file = rustc_hash::FxHashMap::default();
        for (i, f) in files.iter().enumerate() {
            self.cur_file = i;
            self.file_scopes.push(Scope::default());
            self.collect_imports(f);
        }
        for (i, f) in files.iter().enumerate() {
            self.cur_file = i;
            for d in f.decls.iter() {
                self.collect_decl(d, i, &mut order, &mut funcs, &mut methods, &mut obj_file);
            }
        }
        self.obj_file = obj_file;
        if !self.std {
            self.check_branches(files);
        }
        self.imports_redeclared();
        self.number_local_types(files);
        for (m, fd, file) in methods {
            self.cur_file = file;
            self.associate_method(m, fd);
        }
        self.resolve_package_level(&order);
        if !self.std {
            self.monomorph();
        }
        self.check_instance_bodies();
        self.compute_init_order(&order);
        self.unused_imports(files);
        let main = !self.std && self.p.pkgs[self.pkg.0 as usize].name.as_ref() == "main";
        if main {
            self.check_main();
        }
        if self.errors.is_empty() && !self.std && !self.p.errors_before_check {
            self.check_late(files);
        }
        // gc's compile errors, then its linker's
        let symbols = match self.errors.is_empty() {
            true => self.check_sizes(first_obj),
            false => Vec::new(),
        };
        if main && self.errors.is_empty() {
            self.link_main();
        }
        self.symbol_errors(symbols);
        let pkg = &mut self.p.pkgs[self.pkg.0 as usize];
        pkg.funcs = funcs.iter().map(|f| f.0).collect();
    }

    pub(super) fn collect_imports(&mut self, f: &'static File) {
        for imp in f.imports.iter() {
            let path = imp.path_value();
            if path.is_empty() || path.contains(['\\', ' ', '!', '"']) {
                self.error(imp.pos, format!("invalid import path: {}", imp.path));
                continue;
            }
            let importer = Some(&*self.p.pkgs[self.pkg.0 as usize].path).filter(|&p| p != "main");
            let imported = if !self.std && !self.p.modules.may_import(importer, &path) {
                let msg = format!("use of internal package {path} not allowed");
                if importer.is_none() {
                    Err(msg)
                } else {
                    // the go command's error, met loading a dependency
                    let at = self.p.fset.position(imp.pos);
                    self.p.modules.load_error(at, &msg);
                    Err(String::new())
                }
            } else {
                self.p.import(&path)
            };
            let pid = match imported {
                Ok(p) => p,
                Err(msg) => {
                    // (a package of the module that failed reported its own errors)
                    if !msg.is_empty() {
                        self.error(imp.pos, msg);
                    }
                    // the name stays declared, so its uses are not reported again
                    let name = imp.name.as_ref().map_or_else(|| Name::from(path.rsplit('/').next().unwrap_or(&path)), |n| n.name.clone());
                    let obj = self.new_obj(name.clone(), ObjKind::PkgName(FAILED_IMPORT), INVALID, imp.pos);
                    self.obj_mut(obj).used = true;
                    self.file_scopes[self.cur_file].insert(name, obj);
                    continue;
                }
            };
            let pkgs_imports = &mut self.p.pkgs[self.pkg.0 as usize].imports;
            if !pkgs_imports.contains(&pid) {
                pkgs_imports.push(pid);
            }
            let (name, pos) = match &imp.name {
                Some(n) => (n.name.clone(), n.pos),
                None => (self.p.pkgs[pid.0 as usize].name.clone(), imp.pos),
            };
            match name.as_ref() {
                "_" => continue,
                "init" => {
                    self.error(pos, "cannot import package as init - init must be a func");
                    continue;
                }
                "." => {
                    let exported: Vec<(Name, ObjId)> =
                        self.p.pkgs[pid.0 as usize].scope.iter().filter(|(n, _)| is_exported(n)).map(|(n, o)| (n.clone(), *o)).collect();
                    self.file_scopes[self.cur_file].extend(exported);
                    self.dot_imports.push((self.cur_file, pid, pos));
                    continue;
                }
                _ => {}
            }
            let obj = self.new_obj(name.clone(), ObjKind::PkgName(pid), INVALID, pos);
            if let Some(n) = &imp.name {
                self.p.info.objs.insert_def(n.id, obj);
            }
            self.import_names.push((self.cur_file, obj));
            let scope = &mut self.file_scopes[self.cur_file];
            // a REPL session's imports replace earlier ones of the same name
            if let Some(&prev) = scope.get(&name).filter(|_| self.repl.is_none()) {
                let prev_pos = self.obj(prev).pos;
                self.redeclared(pos, &name, prev_pos);
            } else {
                scope.insert(name, obj);
            }
        }
    }

    #[allow(clippy::type_complexity)]
    pub(super) fn collect_decl(
        &mut self,
        d: &'static Decl,
        file: usize,
        order: &mut Vec<ObjId>,
        funcs: &mut Vec<(ObjId, &'static FuncDecl, usize)>,
        methods: &mut Vec<(ObjId, &'static FuncDecl, usize)>,
        obj_file: &mut rustc_hash::FxHashMap<ObjId, usize>,
    ) {
        let mut add = |c: &mut Self, ident: &'static Ident, kind: ObjKind, decl: DeclRef, order: &mut Vec<ObjId>| {
            let obj = c.new_obj(ident.name.clone(), kind, INVALID, ident.pos);
            c.obj_mut(obj).declared_by(decl);
            obj_file.insert(obj, file);
            if &*ident.name == "init" {
                // (declared nowhere, but the declaration is checked)
                c.error(ident.pos, "cannot declare init - must be func");
                c.p.info.objs.insert_def(ident.id, obj);
            } else {
                c.declare(ident, obj);
            }
            order.push(obj);
            obj
        };
        match d {
            Decl::Const(specs) => {
                for spec in specs.iter() {
                    let values = spec.inherit.unwrap_or(spec);
                    for (index, n) in spec.names.iter().enumerate() {
                        add(self, n, ObjKind::Const(Box::new(Constant::int(0))), DeclRef::Const { spec, values, index }, order);
                    }
                }
            }
            Decl::Var(specs) => {
                for spec in specs.iter() {
                    for (index, n) in spec.names.iter().enumerate() {
                        add(self, n, ObjKind::Var(VarKind::Global), DeclRef::Var { spec, index }, order);
                    }
                }
            }
            Decl::Type(specs) => {
                for spec in specs.iter() {
                    add(self, &spec.name, ObjKind::TypeName, DeclRef::Type(spec), order);
                }
            }
            Decl::Func(fd) => {
                let obj = self.new_obj(fd.name.name.clone(), ObjKind::Func, INVALID, fd.name.pos);
                self.obj_mut(obj).declared_by(DeclRef::Func(fd));
                obj_file.insert(obj, file);
                if fd.recv.is_some() {
                    self.p.info.objs.insert_def(fd.name.id, obj);
                    methods.push((obj, fd, file));
                } else if &*fd.name.name == "init" {
                    self.p.info.objs.insert_def(fd.name.id, obj);
                    if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                        self.error(fd.name.pos, "func init must have no arguments and no return values");
                    }
                    if fd.body.is_none() {
                        self.soft_error(fd.name.pos, "func init must have a body");
                    }
                    self.p.pkgs[self.pkg.0 as usize].init_funcs.push(obj);
                } else {
                    if &*fd.name.name == "main" && (!fd.sig.params.is_empty() || !fd.sig.results.is_empty()) && !self.std {
                        self.error(fd.name.pos, "func main must have no arguments and no return values");
                    }
                    self.declare(&fd.name, obj);
                }
                order.push(obj);
                if fd.body.is_some() {
                    funcs.push((obj, fd, file));
                }
            }
        }
    }

    /// Finds the receiver's base type name of a method declaration.
    pub(super) fn associate_method(&mut self, m: ObjId, fd: &'static FuncDecl) {
        let recv = fd.recv.as_ref().unwrap();
        if receivers(recv) != 1 {
            return; // reported by the parser, as gc's does
        }
        let mut t = recv[0].typ.unparen();
        let ptr = matches!(t.kind, ExprKind::Star(_));
        if let ExprKind::Star(x) = &t.kind {
            t = x.unparen();
        }
        if let ExprKind::Index { x, .. } = &t.kind {
            t = x.unparen(); // a method of a generic type
        }
        let ExprKind::Ident(name) = &t.kind else {
            // e.g. a qualified type; reported when the signature is checked
            return;
        };
        if let Some(base) = self.receiver_base_type(name, ptr) {
            self.methods.entry(base).or_default().push(m);
        }
    }

    /// The defined type of this package that a receiver naming `name` (behind
    /// a `*` if `ptr`) declares a method of: `name` itself or the type it
    /// aliases, through aliases of one pointer at most (types2's
    /// `resolveBaseTypeName`). None if there is none (the receiver's error is
    /// reported with its signature).
    fn receiver_base_type(&self, name: &Name, mut ptr: bool) -> Option<ObjId> {
        let scope = &self.p.pkgs[self.pkg.0 as usize].scope;
        let mut name = name.clone();
        let mut seen = Vec::new();
        loop {
            let obj = scope.get(&name).copied()?;
            if !matches!(self.obj(obj).kind, ObjKind::TypeName) || seen.contains(&obj) {
                return None;
            }
            let Some(DeclRef::Type(spec)) = self.obj(obj).decl() else { return None };
            if !spec.alias {
                return Some(obj);
            }
            if !spec.tparams.is_empty() {
                return None;
            }
            seen.push(obj);
            let mut t = spec.typ.unparen();
            if let ExprKind::Star(x) = &t.kind {
                if ptr {
                    return None;
                }
                ptr = true;
                t = x.unparen();
            }
            let ExprKind::Ident(n) = &t.kind else { return None };
            name = n.clone();
        }
    }

    /// Checks a package-level object's declaration if that has not happened yet.
    pub(super) fn resolve(&mut self, obj: ObjId) {
        match self.obj(obj).state {
            State::Resolved => return,
            State::Resolving => {
                self.cycle(obj);
                return;
            }
            State::Unresolved => {}
        }
        let Some(decl) = self.obj(obj).decl() else {
            return;
        };
        self.obj_mut(obj).state = State::Resolving;
        let saved_decl = self.cur_decl.replace(obj);
        self.in_declaration(obj, self.indirections, |c| match decl {
            DeclRef::Const { spec, values, index } => c.const_decl(obj, spec, values, index),
            DeclRef::Var { spec, index } => c.var_decl(spec, index),
            DeclRef::Type(spec) => c.type_decl(obj, spec),
            DeclRef::Func(fd) => c.func_decl(obj, fd),
        });
        self.cur_decl = saved_decl;
        self.obj_mut(obj).state = State::Resolved;
    }

    /// Runs `f` as the check of package-level object `obj`'s declaration: in
    /// its file, at package level, with `obj` on the stack of declarations
    /// being resolved (entered inside `level` indirections).
    pub(super) fn in_declaration<R>(&mut self, obj: ObjId, level: u32, f: impl FnOnce(&mut Self) -> R) -> R {
        self.resolving.push(obj);
        self.resolving_indirections.push(level);
        let file = self.obj_file.get(&obj).copied().unwrap_or(self.cur_file);
        let saved_file = std::mem::replace(&mut self.cur_file, file);
        let r = self.at_package_level(f);
        self.cur_file = saved_file;
        self.resolving.pop();
        self.resolving_indirections.pop();
        r
    }

    /// Whether the declarations being resolved since `obj`'s include a
    /// defined type's.
    fn through_defined_type(&self, obj: ObjId) -> bool {
        let start = self.resolving.iter().position(|&o| o == obj).unwrap_or(0);
        self.resolving[start + 1..].iter().any(|&o| matches!(self.obj(o).kind, ObjKind::TypeName) && self.p.types.named_info(self.obj(o).typ).is_some())
    }

    /// A declaration refers to itself while being checked.
    fn cycle(&mut self, obj: ObjId) {
        let kind = self.obj(obj).kind.clone();
        match kind {
            // A named type may refer to itself (through pointers etc.); invalid
            // recursion is found by `valid_type`. Functions may be recursive.
            ObjKind::TypeName if self.p.types.named_info(self.obj(obj).typ).is_some() => {}
            ObjKind::Func => {}
            // an alias referred to from its own right side through a defined
            // type (`type A = []B; type B struct{ a A }`) is valid, as in types2
            ObjKind::TypeName if self.through_defined_type(obj) => {}
            // an alias cycle (`type A = B; type B = A`)
            ObjKind::TypeName => {
                if !self.cycle_reported.contains(&obj) {
                    let start = self.resolving.iter().position(|&o| o == obj).unwrap_or(0);
                    self.report_type_cycle(start);
                }
                self.obj_mut(obj).typ = INVALID;
            }
            // a cycle of constants and variables, reported as types2's
            // initialization order reports it: along the dependencies recorded
            // so far, each object's taken in source order (the declarations
            // being resolved, if those do not close the cycle yet)
            _ => {
                match self.find_path(obj, obj, &mut Default::default()) {
                    Some(path) => self.report_init_cycle(&path),
                    None => {
                        let start = self.resolving.iter().position(|&o| o == obj).unwrap_or(0);
                        let cycle: Vec<ObjId> = self.resolving[start..].to_vec();
                        self.report_cycle(&cycle, "initialization cycle");
                    }
                }
                self.obj_mut(obj).typ = INVALID;
            }
        }
    }

    /// gc's error for the type names being resolved from `resolving[start]`
    /// on, which refer to each other: the cycle once, from its first
    /// declaration in the source.
    pub(super) fn report_type_cycle(&mut self, start: usize) {
        let mut cycle: Vec<ObjId> = self.resolving[start..].iter().copied().filter(|&o| matches!(self.obj(o).kind, ObjKind::TypeName)).collect();
        // (an interface computed ahead is on the stack twice)
        let mut seen = rustc_hash::FxHashSet::default();
        cycle.retain(|&o| seen.insert(o));
        let first = (0..cycle.len()).min_by_key(|&k| self.obj(cycle[k]).pos).unwrap_or(0);
        cycle.rotate_left(first);
        self.cycle_reported.extend(cycle.iter().copied());
        self.report_cycle(&cycle, "invalid recursive type");
    }

    /// gc's report of a cycle of declarations (`what`: "invalid recursive
    /// type", "initialization cycle"), at the first.
    fn report_cycle(&mut self, cycle: &[ObjId], what: &str) {
        let first = cycle[0];
        let (pos, name) = (self.obj(first).pos, self.obj(first).name.clone());
        if cycle.len() == 1 {
            self.error(pos, format!("{what}: {name} refers to itself"));
            return;
        }
        let many = if what == "initialization cycle" { "initialization cycle for" } else { what };
        let mut msg = format!("{many} {name}");
        for (i, &o) in cycle.iter().enumerate() {
            let next = cycle[(i + 1) % cycle.len()];
            msg += &format!("\n\t{}: {} refers to {}", self.p.fset.position_dotted(self.obj(o).pos), self.obj(o).name, self.obj(next).name);
        }
        self.error(pos, msg);
    }

    fn const_decl(&mut self, obj: ObjId, spec: &'static ValueSpec, values: &'static ValueSpec, index: usize) {
        if index == 0 {
            let objs: Vec<ObjId> = spec.names.iter().filter_map(|n| self.p.info.objs.def(n.id)).collect();
            self.const_arity(&objs, spec, values);
        }
        self.iota = Some(Constant::int(spec.iota as i64));
        let inherited = (!std::ptr::eq(spec, values)).then(|| spec.names[index].pos);
        let (typ, val) = self.const_value(values, index, inherited);
        let o = self.obj_mut(obj);
        o.typ = if val.is_some() { typ } else { INVALID };
        o.kind = ObjKind::Const(Box::new(val.unwrap_or(Constant::int(0))));
        self.iota = None;
    }

    /// A constant spec's names against its values, which it may inherit.
    pub(super) fn const_arity(&mut self, objs: &[ObjId], spec: &'static ValueSpec, values: &'static ValueSpec) {
        let inherited = (!std::ptr::eq(spec, values)).then(|| spec.names[0].pos);
        self.arity(objs, values.values, true, inherited);
    }

    /// The type and value of the `index`th constant of a spec (shared with local
    /// constant declarations). The values may be inherited from an earlier
    /// spec by the constant named at `inherited`: errors in them are reported
    /// there, as types2 does (its `errpos`).
    pub(super) fn const_value(&mut self, values: &'static ValueSpec, index: usize, inherited: Option<crate::syntax::pos::Pos>) -> (TypeId, Option<Constant>) {
        let typ = values.typ.as_ref().map(|t| self.resolve_type(t));
        // as types2, a type that is not a constant's leaves the value
        // unchecked (reported, unless the type is invalid: an error was)
        if let Some(t) = typ.filter(|&t| !self.p.types.is_const_type(t)) {
            if self.p.types.underlying(t) != INVALID {
                let e = values.typ.as_ref().unwrap();
                self.error(e.pos, format!("invalid constant type {}", self.type_string(t)));
            }
            return (INVALID, None);
        }
        // (a count that does not match is reported by `arity`)
        let Some(e) = values.values.get(index) else {
            return (INVALID, None);
        };
        let saved = std::mem::replace(&mut self.errpos, inherited);
        let r = self.const_init(e, typ);
        self.errpos = saved;
        r
    }

    /// A constant's value `e`, of type `typ` if the declaration gives one.
    fn const_init(&mut self, e: &'static Expr, typ: Option<TypeId>) -> (TypeId, Option<Constant>) {
        let mut x = self.expr(e);
        if x.mode == Mode::Invalid {
            return (INVALID, None);
        }
        if x.mode != Mode::Const {
            let d = self.describe(&x);
            self.error(e.pos, format!("{d} is not constant"));
            return (INVALID, None);
        }
        if let Some(t) = typ {
            self.assignment(&mut x, Some(t), &"constant declaration");
            if x.mode == Mode::Invalid {
                return (INVALID, None);
            }
        }
        (x.typ, x.val)
    }

    /// The `index`th variable of a package-level spec. Each is declared with
    /// its own value, as types2 does, except that the names given one
    /// multi-valued call (`var a, b = f()`) are declared together.
    fn var_decl(&mut self, spec: &'static ValueSpec, index: usize) {
        let objs: Vec<ObjId> = spec.names.iter().map(|n| self.p.info.objs.def(n.id).unwrap()).collect();
        let typ = spec.typ.as_ref().map(|t| self.resolve_type(t));
        let (l, r) = (objs.len(), spec.values.len());
        if r == 1 && l > 1 {
            for &o in &objs {
                self.obj_mut(o).state = State::Resolving;
            }
            self.init_vars(&objs, spec.values, typ, true);
            for &o in &objs {
                self.obj_mut(o).state = State::Resolved;
            }
            // all names of the spec share the call's dependencies
            let deps: Vec<ObjId> = objs.iter().flat_map(|&o| self.obj(o).deps().to_vec()).collect();
            for &o in &objs {
                if let Some(g) = &mut self.obj_mut(o).global {
                    g.deps = deps.clone();
                }
            }
            return;
        }
        let obj = objs[index];
        match spec.values.get(index) {
            Some(_) => self.init_vars(&[obj], &spec.values[index..=index], typ, true),
            None => self.obj_mut(obj).typ = typ.unwrap_or(INVALID),
        }
        if index == 0 && r != 0 && l != r {
            self.arity(&objs, spec.values, false, None);
        }
    }

    fn type_decl(&mut self, obj: ObjId, spec: &'static TypeSpec) {
        if !spec.tparams.is_empty() {
            return self.generic_type_decl(obj, spec);
        }
        if spec.alias {
            // the alias exists while its right side is resolved, which may
            // refer to it through a defined type (see `cycle`)
            let a = self.p.types.new_alias(spec.name.name.clone(), Some(self.pkg), INVALID);
            self.obj_mut(obj).typ = a;
            let t = self.constraint_type(spec.typ);
            self.p.types.set_alias_target(a, t);
            self.obj_mut(obj).typ = a;
            // a defined type checked meanwhile may contain itself through the
            // alias (`type E = [2]F; type F struct{ e E }`)
            let mut held = Vec::new();
            self.p.types.named_held_by_value(t, &mut held);
            for n in held {
                if !self.valid_type(n, &mut vec![]) {
                    self.p.types.named_info_mut(n).unwrap().underlying = INVALID;
                }
            }
            return;
        }
        let named = self.p.types.new_named(spec.name.name.clone(), self.pkg, obj);
        self.obj_mut(obj).typ = named;
        let rhs = self.constraint_type(spec.typ);
        let under = self.p.types.underlying(rhs);
        if under == INVALID && rhs != INVALID && self.underlying_later(named, rhs) {
            self.collect_methods(obj, named);
            return;
        }
        if under == INVALID && rhs != INVALID && !self.cycle_reported.contains(&obj) {
            // `type A B; type B A`: the underlying type depends on itself. gc reports
            // the cycle once, starting at its first declaration in the source.
            let rhs_obj = self.p.types.named_info(self.p.types.unalias(rhs)).map(|n| n.obj);
            if let Some(i) = rhs_obj.and_then(|o| self.resolving.iter().position(|&r| r == o)) {
                self.report_type_cycle(i);
            }
        }
        self.p.types.named_info_mut(named).unwrap().underlying = under;
        if under != INVALID && !self.valid_type(named, &mut vec![]) {
            self.p.types.named_info_mut(named).unwrap().underlying = INVALID;
        }
        self.settle_pending_underlying();
        self.collect_methods(obj, named);
    }

    /// Whether `named`'s underlying type (that of `rhs`, unknown yet) is to be set
    /// later: `rhs` is being declared and reached us through an indirection, or
    /// is itself waiting so. A chain without indirection is a cycle.
    fn underlying_later(&mut self, named: TypeId, rhs: TypeId) -> bool {
        let rhs = self.p.types.unalias(rhs);
        let waiting = self.pending_underlying.iter().any(|&(n, _)| n == rhs);
        let through_indirection = self
            .p
            .types
            .named_info(rhs)
            .and_then(|n| self.resolving.iter().position(|&r| r == n.obj))
            .is_some_and(|i| self.indirections > self.resolving_indirections[i]);
        if waiting || through_indirection {
            self.pending_underlying.push((named, rhs));
        }
        waiting || through_indirection
    }

    /// Gives waiting named types the underlying types now known, along chains.
    fn settle_pending_underlying(&mut self) {
        loop {
            let ready = self.pending_underlying.iter().position(|&(_, r)| self.p.types.underlying(r) != INVALID);
            let Some(i) = ready else { return };
            let (n, r) = self.pending_underlying.swap_remove(i);
            let under = self.p.types.underlying(r);
            self.p.types.named_info_mut(n).unwrap().underlying = under;
        }
    }

    /// Whether a named struct or array type contains itself by value (infinite size).
    pub(super) fn valid_type(&mut self, t: TypeId, path: &mut Vec<TypeId>) -> bool {
        let t = self.p.types.unalias(t);
        if let Some(i) = path.iter().position(|&p| p == t) {
            let cycle: Vec<ObjId> = path[i..].iter().map(|&n| self.p.types.named_info(n).unwrap().obj).collect();
            if cycle.iter().all(|&o| self.obj(o).pkg == Some(self.pkg)) && self.p.types.named_info(path[0]).map(|n| n.obj) == cycle.first().copied() {
                self.report_cycle(&cycle, "invalid recursive type");
            }
            return false;
        }
        let ty = self.p.types.get(t).clone();
        match ty {
            Type::Named(_) => {
                path.push(t);
                let u = self.p.types.named_info(t).unwrap().underlying;
                let ok = self.valid_type(u, path);
                path.pop();
                ok
            }
            Type::Array(e, _) => self.valid_type(e, path),
            Type::Struct(fs) => fs.iter().all(|f| self.valid_type(f.typ, path)),
            _ => true,
        }
    }

    /// Attaches the methods declared for type name `obj` to its named type.
    pub(super) fn collect_methods(&mut self, obj: ObjId, named: TypeId) {
        let Some(ms) = self.methods.remove(&obj) else {
            return;
        };
        let fields = self.p.types.struct_fields(named);
        for m in ms {
            self.resolve(m);
            let name = self.obj(m).name.clone();
            if &*name == "_" {
                continue;
            }
            let pos = self.obj(m).pos;
            let existing = self.p.types.named_info(named).unwrap().methods.iter().copied().find(|&o| self.obj(o).name == name);
            if let Some(prev) = existing.filter(|_| self.repl.is_none()) {
                let tn = self.obj(obj).name.clone();
                let at = self.p.fset.position_dotted(self.obj(prev).pos);
                self.error(pos, format!("method {tn}.{name} already declared at {at}"));
                continue;
            }
            if let Some(f) = fields.as_ref().and_then(|fs| fs.iter().find(|f| f.name == name).cloned()) {
                // (the method stays, and selecting the name finds it, as in types2)
                let fpos = self.field_pos(named, &f.name);
                let at = self.p.fset.position_dotted(fpos);
                self.error(pos, format!("field and method with the same name {name}\n\t{at}: other declaration of {name}"));
            }
            let methods = &mut self.p.types.named_info_mut(named).unwrap().methods;
            // a REPL input redeclaring a method replaces it
            methods.retain(|&o| Some(o) != existing);
            methods.push(m);
        }
    }

    fn field_pos(&self, named: TypeId, name: &str) -> u32 {
        let obj = self.p.types.named_info(named).unwrap().obj;
        if let Some(DeclRef::Type(spec)) = self.obj(obj).decl() {
            if let ExprKind::StructType(fields) = &spec.typ.unparen().kind {
                for f in fields.iter() {
                    for n in f.names.iter() {
                        if &*n.name == name {
                            return n.pos;
                        }
                    }
                    if f.names.is_empty() {
                        return f.typ.pos;
                    }
                }
            }
        }
        0
    }

    fn func_decl(&mut self, obj: ObjId, fd: &'static FuncDecl) {
        if !fd.tparams.is_empty() && fd.recv.is_none() {
            return self.generic_func_decl(obj, fd);
        }
        if let Some(names) = fd.recv.and_then(Self::receiver_type_params) {
            if self.generic_method_decl(obj, fd, names) {
                return;
            }
        }
        if !fd.tparams.is_empty() {
            return self.generic_method_of_plain_type(obj, fd);
        }
        let (sig, recv) = self.func_signature(&fd.sig, fd.recv);
        let o = self.obj_mut(obj);
        o.typ = sig;
        o.recv = recv;
    }

    /// Checks a function or method body.
    pub(super) fn func_body(&mut self, obj: ObjId, fd: &'static FuncDecl) {
        let Some(body) = &fd.body else { return };
        self.resolve(obj);
        if self.p.generics.contains_key(&obj) {
            return self.generic_body(obj, fd);
        }
        self.cur_decl = Some(obj);
        let sig = self.obj(obj).typ;
        let recv = fd.recv.map(|r| (r, self.obj(obj).recv.unwrap_or(INVALID)));
        self.body(sig, &fd.sig, recv, body, false);
        self.cur_decl = None;
    }

    /// Checks a function body given its signature (also used for function literals).
    /// `recv` is a method's receiver list and type. The parameters of a
    /// range-over-func loop's body (`loop_body`) are the loop's variables,
    /// which must be used as any local variable must.
    pub(super) fn body(&mut self, sig: TypeId, ft: &'static FuncType, recv: Option<(&'static [Field], TypeId)>, body: &'static Block, loop_body: bool) {
        let Some(s) = self.p.types.signature(sig) else {
            return;
        };
        self.open_scope();
        let mut results = Vec::new();
        if let Some((recv, rt)) = recv {
            self.declare_params(recv, &[rt], VarKind::Recv, &mut vec![]);
        }
        let ptypes: Vec<TypeId> = s.params.iter().map(|p| p.typ).collect();
        let mut params = Vec::new();
        self.declare_params(ft.params, &ptypes, VarKind::Param, &mut params);
        let rtypes: Vec<TypeId> = s.results.iter().map(|p| p.typ).collect();
        self.declare_params(ft.results, &rtypes, VarKind::Result, &mut results);
        let mut locals = Vec::new();
        if loop_body {
            // the rewrite's own parameters (`#p...`) are used by its assignments
            locals = params.into_iter().filter(|&o| !self.obj(o).name.starts_with('#')).collect();
            for &o in &locals {
                self.obj_mut(o).used = false;
            }
        }
        let saved = self.fctx.replace(FuncCtx { sig: s.clone(), results, locals });
        // (checks in a body run at once, except around its type declarations)
        let saved_later = self.later.take();
        self.stmt_list(body.stmts, super::stmt::Ctx::default());
        self.later = saved_later;
        if !s.results.is_empty() && !self.is_terminating_list(body.stmts, None) {
            self.error(body.rbrace, "missing return");
        }
        self.usage();
        self.fctx = saved;
        self.close_scope();
    }

    /// Declares parameter objects for the names in `fields`, whose flattened types are
    /// `types`.
    fn declare_params(&mut self, fields: &'static [Field], types: &[TypeId], kind: VarKind, out: &mut Vec<ObjId>) {
        let mut i = 0;
        for f in fields {
            if f.names.is_empty() {
                i += 1;
                continue;
            }
            for n in f.names.iter() {
                let t = types.get(i).copied().unwrap_or(INVALID);
                i += 1;
                let obj = self.new_obj(n.name.clone(), ObjKind::Var(kind), t, n.pos);
                self.obj_mut(obj).used = true;
                self.declare(n, obj);
                out.push(obj);
            }
        }
    }

    /// Reports the function's unused local variables, in source order.
    pub(super) fn usage(&mut self) {
        let Some(f) = &self.fctx else { return };
        if self.repl.is_some() {
            return;
        }
        let mut unused: Vec<(u32, Name)> =
            f.locals.iter().map(|&o| self.obj(o)).filter(|o| !o.used && &*o.name != "_").map(|o| (o.pos, o.name.clone())).collect();
        unused.sort();
        for (pos, name) in unused {
            self.soft_error(pos, format!("declared and not used: {name}"));
        }
    }

    /// A package-level name that a file imports a package as, or that a
    /// dot-import brings into it (types2's check that package and file scopes
    /// declare different names).
    fn imports_redeclared(&mut self) {
        let mut clashes = Vec::new();
        for scope in &self.file_scopes {
            for (name, &imp) in scope.iter() {
                // the package imported, and whether `imp` came by a dot-import
                let (pid, dot) = match self.obj(imp).kind {
                    ObjKind::PkgName(pid) => (pid, false),
                    _ => match self.obj(imp).pkg {
                        Some(pid) => (pid, true),
                        None => continue,
                    },
                };
                if pid == FAILED_IMPORT {
                    continue;
                }
                if let Some(&alt) = self.p.pkgs[self.pkg.0 as usize].scope.get(name) {
                    clashes.push((alt, imp, pid, dot));
                }
            }
        }
        clashes.sort_by_key(|&(alt, ..)| self.obj(alt).pos);
        for (alt, imp, pid, dot) in clashes {
            let (name, path) = (self.obj(alt).name.clone(), self.p.types.pkg_paths[pid.0 as usize].clone());
            let at = self.p.fset.position_dotted(self.obj(imp).pos);
            let pkg_name = self.p.pkgs[pid.0 as usize].name.clone();
            let how = if dot { "dot-import" } else { "import" };
            self.error(
                self.obj(alt).pos,
                format!("{name} already declared through {how} of package {pkg_name} ({path:?})\n\t{at}: other declaration of {name}"),
            );
        }
    }

    fn unused_imports(&mut self, files: &[&'static File]) {
        for (i, f) in files.iter().enumerate() {
            for imp in f.imports.iter() {
                let name = match &imp.name {
                    // a dot-import is used when a name of its package is
                    Some(n) if &*n.name == "." => {
                        let unused = self.dot_imports.iter().any(|&(file, pid, at)| file == i && at == n.pos && !self.dot_used.contains(&(file, pid)));
                        if unused {
                            let path = imp.path_value();
                            self.soft_error(n.pos, format!("{path:?} imported and not used"));
                        }
                        continue;
                    }
                    Some(n) if n.is_blank() => continue,
                    Some(n) => Some(n.name.clone()),
                    None => None,
                };
                let pos = imp.name.as_ref().map_or(imp.pos, |n| n.pos);
                let Some(obj) = self.import_names.iter().find(|&&(file, o)| file == i && self.obj(o).pos == pos).map(|&(_, o)| o) else {
                    continue;
                };
                if self.obj(obj).used {
                    continue;
                }
                let path = imp.path_value();
                let msg = match name {
                    Some(n) if *n != *self.pkg_name_of(obj) => {
                        format!("{path:?} imported as {n} and not used")
                    }
                    _ => format!("{path:?} imported and not used"),
                };
                self.soft_error(pos, msg);
            }
        }
    }

    fn pkg_name_of(&self, obj: ObjId) -> Name {
        match self.obj(obj).kind {
            ObjKind::PkgName(p) => self.p.pkgs[p.0 as usize].name.clone(),
            _ => Name::from(""),
        }
    }

    fn check_main(&mut self) {
        let scope = &self.p.pkgs[self.pkg.0 as usize].scope;
        match scope.get("main").copied() {
            Some(o) if matches!(self.obj(o).kind, ObjKind::Func) => {}
            Some(o) => {
                let pos = self.obj(o).pos;
                self.error(pos, "cannot declare main - must be func");
            }
            None => {}
        }
    }

    /// The linker's error for a main package without a main function, which
    /// compile errors come before.
    fn link_main(&mut self) {
        if !self.p.pkgs[self.pkg.0 as usize].scope.contains_key("main") {
            self.errors.push(crate::syntax::parser::Diagnostic::new(u32::MAX, "runtime.main_main·f: function main is undeclared in the main package"))
        }
    }

    /// What gc checks once the package type-checked without error (in its IR
    /// writer): directives in places their declarations do not take them and
    /// the `go:linkname`s (see `syntax::pragma`), then functions without a
    /// body — unless a `go:linkname` gives them another package's code, which
    /// minigo cannot link.
    fn check_late(&mut self, files: &[&'static File]) {
        let mut linked = rustc_hash::FxHashMap::default();
        for f in files {
            let sf = self.p.fset.file(f.package.pos);
            let (base, pragmas) = (sf.base, sf.pragmas.clone());
            let at = |offset: usize| base + offset as u32;
            let imports = |path: &str| f.imports.iter().any(|i| i.path_value() == path);
            for (offset, msg) in pragmas.late {
                self.error(at(offset), msg);
            }
            for offset in pragmas.embeds.into_iter().filter(|_| !imports("embed")) {
                self.error(at(offset), "go:embed requires import \"embed\" (or import _ \"embed\", if package is not used)");
            }
            for l in pragmas.linknames {
                let pos = at(l.at);
                if !imports("unsafe") {
                    self.error(pos, format!("//{} only allowed in Go files that import \"unsafe\"", l.directive));
                    continue;
                }
                if l.remote.as_ref().is_some_and(|r| r.contains('[') && r.contains(']')) {
                    self.error(pos, format!("//{} reference of an instantiation is not allowed", l.directive));
                    continue;
                }
                let obj = self.p.pkgs[self.pkg.0 as usize].scope.get(l.local.as_str()).copied();
                match obj.filter(|&o| matches!(self.obj(o).kind, ObjKind::Func | ObjKind::Var(_))) {
                    Some(o) if linked.contains_key(&o) => self.error(pos, format!("duplicate //{} for {}", l.directive, l.local)),
                    Some(o) => {
                        linked.insert(o, pos);
                    }
                    None => self.error(pos, format!("//{} must refer to declared function or variable", l.directive)),
                }
            }
        }
        for f in files {
            for d in f.decls.iter() {
                if let Decl::Func(fd) = d {
                    if fd.body.is_none() {
                        let obj = fd.recv.is_none().then(|| self.p.pkgs[self.pkg.0 as usize].scope.get(&*fd.name.name).copied()).flatten();
                        match obj.and_then(|o| linked.get(&o)) {
                            Some(&pos) => self.error(pos, "minigo does not support //go:linkname"),
                            None => self.error(fd.name.pos, "missing function body"),
                        }
                    }
                }
            }
        }
    }
}
