//! The program entry: package initialization in dependency order, then
//! `main.main`; or a REPL input's initialization and statements.

use super::call::Callee;
use super::func::FnCtx;
use crate::types::object::ObjId;
use crate::types::typ::TypeId;

impl FnCtx<'_, '_, '_> {
    /// Package initialization in dependency order (variables, then `init`
    /// functions), then `main.main` — or, for a REPL input (`input`), the
    /// initialization of packages it is the first to import and of the variables it
    /// declares, then its statements.
    pub fn entry(&mut self, input: Option<Option<ObjId>>) -> Result<(), String> {
        let mut order = Vec::new();
        let rt = self.be.rt_pkg;
        let main = crate::types::object::PkgId(self.be.p.pkgs.iter().position(|p| &*p.path == "main").unwrap() as u32);
        // a REPL input also calls internal/repl (to show values), which main
        // does not import: its packages are initialized first like the runtime's
        let repl = input.and_then(|_| self.be.p.pkgs.iter().position(|p| &*p.path == "internal/repl")).map(|i| crate::types::object::PkgId(i as u32));
        for root in [Some(rt), repl, Some(main)].into_iter().flatten() {
            self.init_order(root, &mut order);
        }
        // main's inits are those of the input (REPL) or all there are (a program)
        order.retain(|&p| p == main || self.be.inited.insert(p));
        // a variable nothing reads is left out if its initializer is pure; in a
        // REPL session, until the input that first reads it runs it (before
        // anything else, in initialization order); an input's own always run
        let live = super::deadcode::Live::new(self.be.p);
        if input.is_some() {
            let (now, later) = std::mem::take(&mut self.be.left_out).into_iter().partition(|(_, init)| live.needs(self.be.p, init));
            self.be.left_out = later;
            for (pkg, init) in now {
                self.init_vars(pkg, &init);
            }
        }
        for pkg in order {
            let inits: Vec<_> = self.be.p.pkg(pkg).inits.clone();
            for init in inits {
                if !live.needs(self.be.p, &init) && (input.is_none() || pkg != main) {
                    if input.is_some() {
                        self.be.left_out.push((pkg, init));
                    }
                    continue;
                }
                self.init_vars(pkg, &init);
            }
            // the calls of init functions and main.main are the runtime's
            // in tracebacks: only variable initialization is `pkg.init`
            self.b.set_srcloc(cranelift_codegen::ir::SourceLoc::default());
            for f in self.be.p.pkg(pkg).init_funcs.clone() {
                let t = self.be.p.obj(f).typ;
                self.invoke(Callee::Func(f), t, &[]);
            }
        }
        let run = match input {
            None => Some(*self.be.p.pkg(main).scope.get("main").expect("main.main")),
            Some(run) => run,
        };
        if let Some(f) = run {
            // runtime.main's call of main.main, in runtime.Callers (see the
            // runtime's proc.go); a REPL input's statements have their own lines
            if input.is_none() {
                let at = self.be.p.obj(self.be.runtime_go("mainCall")).pos;
                self.b.set_srcloc(cranelift_codegen::ir::SourceLoc::new(at));
            }
            let t = self.be.p.obj(f).typ;
            self.invoke(Callee::Func(f), t, &[]);
        }
        self.ret(&[]);
        Ok(())
    }

    /// Runs one initializer of package variables of `pkg`.
    fn init_vars(&mut self, pkg: crate::types::object::PkgId, init: &crate::types::object::VarInit) {
        let pkg_path = self.be.p.pkg(pkg).path.to_string();
        match init.value {
            Some(i) => {
                let e = &init.spec.values[i];
                super::escape::analyze_expr(self.be, &pkg_path, e);
                let o = init.lhs[0];
                let t = self.be.p.obj(o).typ;
                let v = self.expr_to(e, t);
                let p = self.var_place(o);
                self.write(&p, &v);
            }
            None => {
                for e in init.spec.values.iter() {
                    super::escape::analyze_expr(self.be, &pkg_path, e);
                }
                let types: Vec<TypeId> = init.lhs.iter().map(|&o| self.be.p.obj(o).typ).collect();
                let vals = self.rhs_values(&types, init.spec.values);
                for (&o, v) in init.lhs.iter().zip(vals) {
                    let p = self.var_place(o);
                    self.write(&p, &v);
                }
            }
        }
    }

    fn init_order(&self, pkg: crate::types::object::PkgId, order: &mut Vec<crate::types::object::PkgId>) {
        if order.contains(&pkg) {
            return;
        }
        for &dep in &self.be.p.pkg(pkg).imports {
            self.init_order(dep, order);
        }
        if !order.contains(&pkg) {
            order.push(pkg);
        }
    }
}
