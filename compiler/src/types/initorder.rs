//! Package variable initialization order (the spec's "Package initialization"):
//! repeatedly initialize the earliest variable in declaration order that does not
//! depend on an uninitialized variable, where dependencies are seen through the
//! bodies of the functions an initializer calls.

use super::check::Checker;
use super::object::*;
use super::typ::INVALID;
use rustc_hash::FxHashSet;

impl Checker<'_> {
    pub(super) fn compute_init_order(&mut self, order: &[ObjId]) {
        // variables in declaration order, grouped by spec
        let vars: Vec<ObjId> = order.iter().copied().filter(|&o| matches!(self.obj(o).kind, ObjKind::Var(VarKind::Global))).collect();
        let mut var_deps: Vec<FxHashSet<ObjId>> = Vec::new();
        for &v in &vars {
            let mut seen = FxHashSet::default();
            let mut out = FxHashSet::default();
            // (a variable that depends on itself, through functions, stays in
            // its own set: it is never ready)
            self.var_deps_of(v, &mut seen, &mut out, true);
            var_deps.push(out);
        }
        let mut done: FxHashSet<ObjId> = FxHashSet::default();
        let mut inits = Vec::new();
        let mut remaining: Vec<usize> = (0..vars.len()).collect();
        while !remaining.is_empty() {
            // (a REPL input's variables may depend on those of earlier inputs: initialized)
            let pick = remaining.iter().position(|&i| var_deps[i].iter().all(|d| done.contains(d) || !vars.contains(d)));
            let Some(k) = pick else {
                // a cycle through functions: reported at its first variable,
                // which is then taken as initialized, as types2 breaks cycles
                // (one among variables alone was reported as they were
                // checked, and left one of them invalid)
                let on_cycle = remaining.iter().enumerate().find_map(|(k, &i)| Some((k, self.find_path(vars[i], vars[i], &mut FxHashSet::default())?)));
                let Some((k, cycle)) = on_cycle else { break };
                if cycle.iter().all(|&o| self.obj(o).typ != INVALID) {
                    self.report_init_cycle(&cycle);
                }
                done.insert(vars[remaining.remove(k)]);
                continue;
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

    /// A path of dependencies from `from` to `to`, reversed (`to` first), each
    /// object's dependencies tried in source order (types2's `findPath`).
    pub(super) fn find_path(&self, from: ObjId, to: ObjId, seen: &mut FxHashSet<ObjId>) -> Option<Vec<ObjId>> {
        if !seen.insert(from) {
            return None;
        }
        let mut deps = self.obj(from).deps().to_vec();
        deps.sort_by_key(|&d| self.obj(d).pos);
        for d in deps {
            if d == to {
                return Some(vec![d]);
            }
            if let Some(mut path) = self.find_path(d, to, seen) {
                path.push(d);
                return Some(path);
            }
        }
        None
    }

    /// gc's error for an initialization cycle found by `find_path`.
    pub(super) fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        let mut obj = cycle[0];
        let name = self.obj(obj).name.clone();
        if cycle.len() == 1 {
            self.error(self.obj(obj).pos, format!("initialization cycle: {name} refers to itself"));
            return;
        }
        let mut msg = format!("initialization cycle for {name}");
        for &next in cycle.iter().rev() {
            let at = self.p.fset.position_dotted(self.obj(obj).pos);
            msg += &format!("\n\t{at}: {} refers to {}", self.obj(obj).name, self.obj(next).name);
            obj = next;
        }
        self.error(self.obj(cycle[0]).pos, msg);
    }

    /// The package variables `o` depends on, directly or through functions.
    fn var_deps_of(&self, o: ObjId, seen: &mut FxHashSet<ObjId>, out: &mut FxHashSet<ObjId>, root: bool) {
        if !root && matches!(self.obj(o).kind, ObjKind::Var(VarKind::Global)) {
            out.insert(o);
            return;
        }
        if !seen.insert(o) {
            return;
        }
        for &d in self.obj(o).deps() {
            self.var_deps_of(d, seen, out, false);
        }
    }
}
