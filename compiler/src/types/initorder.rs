//! Package variable initialization order (the spec's "Package initialization"):
//! repeatedly initialize the earliest variable in declaration order that does not
//! depend on an uninitialized variable, where dependencies are seen through the
//! bodies of the functions an initializer calls.

use super::check::Checker;
use super::object::*;
use rustc_hash::FxHashSet;

impl Checker<'_> {
    pub(super) fn compute_init_order(&mut self, order: &[ObjId]) {
        // variables in declaration order, grouped by spec
        let vars: Vec<ObjId> = order.iter().copied().filter(|&o| matches!(self.obj(o).kind, ObjKind::Var(VarKind::Global))).collect();
        let mut var_deps: Vec<FxHashSet<ObjId>> = Vec::new();
        for &v in &vars {
            let mut seen = FxHashSet::default();
            let mut out = FxHashSet::default();
            self.var_deps_of(v, &mut seen, &mut out, true);
            out.remove(&v);
            var_deps.push(out);
        }
        let mut done: FxHashSet<ObjId> = FxHashSet::default();
        let mut inits = Vec::new();
        let mut remaining: Vec<usize> = (0..vars.len()).collect();
        while !remaining.is_empty() {
            // (a REPL input's variables may depend on those of earlier inputs: initialized)
            let pick = remaining.iter().position(|&i| var_deps[i].iter().all(|d| done.contains(d) || self.same_spec(*d, vars[i]) || !vars.contains(d)));
            let Some(k) = pick else {
                // a cycle through functions; report it once and stop ordering
                let v = vars[remaining[0]];
                let (pos, name) = (self.obj(v).pos, self.obj(v).name.clone());
                if self.errors.is_empty() {
                    self.error(pos, format!("initialization cycle or initialization loop involving {name}"));
                }
                break;
            };
            let i = remaining.remove(k);
            let v = vars[i];
            if done.contains(&v) {
                continue;
            }
            let Some(DeclRef::Var { spec, index }) = self.obj(v).decl() else {
                continue;
            };
            if spec.values.is_empty() {
                done.insert(v);
                continue;
            }
            if spec.values.len() == spec.names.len() {
                done.insert(v);
                inits.push(VarInit { lhs: vec![v], spec, value: Some(index) });
            } else {
                // one multi-valued initializer for all names of the spec
                let lhs: Vec<ObjId> = spec.names.iter().filter_map(|n| self.p.info.objs.def(n.id)).collect();
                for &o in &lhs {
                    done.insert(o);
                }
                inits.push(VarInit { lhs, spec, value: None });
            }
        }
        self.p.pkgs[self.pkg.0 as usize].inits = inits;
    }

    fn same_spec(&self, a: ObjId, b: ObjId) -> bool {
        match (self.obj(a).decl(), self.obj(b).decl()) {
            (Some(DeclRef::Var { spec: s1, .. }), Some(DeclRef::Var { spec: s2, .. })) => std::ptr::eq(s1, s2) && s1.values.len() != s1.names.len(),
            _ => false,
        }
    }

    /// The package variables `o` depends on, directly or through functions.
    fn var_deps_of(&self, o: ObjId, seen: &mut FxHashSet<ObjId>, out: &mut FxHashSet<ObjId>, root: bool) {
        if !seen.insert(o) {
            return;
        }
        if !root && matches!(self.obj(o).kind, ObjKind::Var(VarKind::Global)) {
            out.insert(o);
            return;
        }
        for &d in self.obj(o).deps() {
            self.var_deps_of(d, seen, out, false);
        }
    }
}
