//! Instantiation cycles (go/types' `mono.go`).
//!
//! minigo compiles a separate instance of a generic function for each
//! distinct list of type arguments, as gc's stenciling does, so a generic
//! declaration that instantiates itself with ever larger type arguments
//! (`func F[T any]() { F[[]T]() }`) would need infinitely many. Go rejects such
//! programs whether or not they run the code, by a check on the package's
//! generic code alone:
//!
//! Every type parameter of the package is a vertex. Each instantiation written
//! in the package (`G[A]` or a call inferring it) adds, for each type argument
//! and each type parameter `P` of the package occurring in it, an edge from `P`
//! to the instantiated parameter, of weight 0 when the argument is `P` itself
//! and 1 when `P` is nested in it (`[]P`, `*P`, `List[P]`). A cycle of positive
//! weight is an instantiation cycle; `monomorph` finds one with Bellman-Ford
//! relaxation for the *heaviest* path, in go/types' order, so that the cycle
//! reported (gc reports only the first) is the one gc reports.

use super::check::Checker;
use super::object::ObjId;
use super::typ::*;
use crate::syntax::pos::Pos;
use rustc_hash::FxHashMap;

#[derive(Default)]
pub struct MonoGraph {
    vertices: Vec<MonoVertex>,
    edges: Vec<MonoEdge>,
    /// The vertex of each type parameter that has one.
    index: FxHashMap<TypeId, usize>,
    /// A cycle was reported: the instantiation-depth error (which finds the same
    /// cycles when their instances are reached) is not.
    pub reported: bool,
}

struct MonoVertex {
    /// The weight of the heaviest known path to this vertex, the edge it ends
    /// with, and its length in edges.
    weight: usize,
    pre: usize,
    len: usize,
    tparam: TypeId,
}

struct MonoEdge {
    /// The instantiated type parameter and the one flowing into it.
    dst: usize,
    src: usize,
    weight: usize,
    /// Where the type argument is written, and the argument.
    pos: Pos,
    typ: TypeId,
}

impl MonoGraph {
    fn vertex(&mut self, tparam: TypeId) -> usize {
        let n = self.vertices.len();
        *self.index.entry(tparam).or_insert_with(|| {
            self.vertices.push(MonoVertex { weight: 0, pre: 0, len: 0, tparam });
            n
        })
    }
}

impl Checker<'_> {
    /// Records the instantiation of generic declaration `gobj` with `targs`
    /// written in this package's code, the `i`th type argument at
    /// `arg_pos[i]` (else, inferred, at `pos`). Only the type parameters of
    /// this package's declarations are vertices.
    pub(super) fn record_own_instance(&mut self, gobj: ObjId, targs: &[TypeId], pos: Pos, arg_pos: &[Pos]) {
        if self.std || self.p.generics[&gobj].pkg != self.pkg {
            return;
        }
        let tparams = self.p.generics[&gobj].tparams.clone();
        for (i, (&tpar, &targ)) in tparams.iter().zip(targs).enumerate() {
            let at = arg_pos.get(i).copied().unwrap_or(pos);
            let mut flows = Vec::new();
            self.type_params_in(targ, &mut flows);
            for p in flows {
                let src = self.mono.vertex(p);
                let dst = self.mono.vertex(tpar);
                let weight = usize::from(p != targ);
                self.mono.edges.push(MonoEdge { dst, src, weight, pos: at, typ: targ });
            }
        }
    }

    /// The type parameters occurring in `t`, in go/types' walk order.
    fn type_params_in(&self, t: TypeId, out: &mut Vec<TypeId>) {
        let types = &self.p.types;
        match types.get(types.unalias(t)) {
            Type::TypeParam(_) => out.push(types.unalias(t)),
            Type::Named(i) => {
                for &a in &types.named[*i as usize].targs.clone() {
                    self.type_params_in(a, out);
                }
            }
            Type::Array(e, _) | Type::Chan(_, e) | Type::Pointer(e) | Type::Slice(e) => self.type_params_in(*e, out),
            Type::Map(k, v) => {
                self.type_params_in(*k, out);
                self.type_params_in(*v, out);
            }
            Type::Interface(it) => {
                for m in &it.methods {
                    self.type_params_in(m.sig, out);
                }
            }
            Type::Func(sig) => {
                for p in sig.params.iter().chain(&sig.results) {
                    self.type_params_in(p.typ, out);
                }
            }
            Type::Struct(fs) => {
                for f in fs.iter() {
                    self.type_params_in(f.typ, out);
                }
            }
            Type::Basic(_) | Type::Alias(_) | Type::Tuple(_) => {}
        }
    }

    /// Reports the first instantiation cycle among the package's generic code,
    /// as gc does.
    pub(super) fn monomorph(&mut self) {
        let g = &mut self.mono;
        let n = g.vertices.len();
        let mut again = true;
        while again {
            again = false;
            for (i, e) in g.edges.iter().enumerate() {
                let w = g.vertices[e.src].weight + e.weight;
                if w <= g.vertices[e.dst].weight {
                    continue;
                }
                let len = g.vertices[e.src].len + 1;
                let dst = &mut g.vertices[e.dst];
                (dst.pre, dst.len) = (i, len);
                if len == n {
                    let v = e.dst;
                    return self.report_instance_loop(v);
                }
                dst.weight = w;
                again = true;
            }
        }
    }

    fn report_instance_loop(&mut self, mut v: usize) {
        let g = &self.mono;
        let mut stack = Vec::new();
        let mut seen = vec![false; g.vertices.len()];
        while !seen[v] {
            stack.push(v);
            seen[v] = true;
            v = g.edges[g.vertices[v].pre].src;
        }
        let start = stack.iter().position(|&s| s == v).unwrap_or(0);
        let info = |t: TypeId| self.p.types.type_param(t).unwrap();
        let first = info(g.vertices[v].tparam);
        let mut msg = String::from("instantiation cycle:");
        for &s in &stack[start..] {
            let e = &g.edges[g.vertices[s].pre];
            let (name, typ) = (&info(g.vertices[e.dst].tparam).name, self.type_string(e.typ));
            msg += &format!("\n\t{}: {name} instantiated as {typ}", self.p.fset.position_dotted(e.pos));
        }
        let at = first.pos;
        // an instance already made too deep found the same cycle, less well
        self.errors.retain(|e| e.msg != "instantiation cycle:");
        self.mono.reported = true;
        self.error(at, msg);
    }
}
