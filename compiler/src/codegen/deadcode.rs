//! Package variables no code reads are not initialized, when initializing
//! them has no effect but their value — as the linker's dead-code pass drops
//! them from a Go binary.
//!
//! This is what lets a package carry large tables at no cost to programs that
//! do not use them: `unicode.Han` and the other range tables are built only by
//! a program that names one of them (or `unicode.Scripts`, which holds them
//! all), though every program imports `unicode` through `strings`.
//!
//! A variable is *live* when a function body refers to it (`Info::var_refs`
//! records each reference with the declaration it is in), when the initializer
//! of a live variable does, or when its own initializer is not *pure* — could
//! call a function, panic or otherwise be observed — for it then runs anyway.
//! Only a pure initializer of variables none of which is live is left out: it
//! would only have computed a value nothing reads. In a REPL session a later
//! input may read what earlier ones left out: the input that first does runs
//! the initializer then, before anything else (`FnCtx::entry`) — which a
//! pure initializer allows.

use crate::syntax::ast::{Expr, ExprKind, UnOp};
use crate::types::constant::Constant;
use crate::types::object::{Builtin, Mode, ObjId, ObjKind, VarInit, VarKind};
use crate::types::typ::UNSAFE_POINTER;
use crate::types::Program;
use rustc_hash::{FxHashMap, FxHashSet};

/// The package variables of `p` whose initialization a program cannot
/// observe the absence of, as far as the references it makes tell.
pub struct Live(FxHashSet<ObjId>);

impl Live {
    pub fn new(p: &Program) -> Live {
        let mut edges: FxHashMap<ObjId, Vec<ObjId>> = FxHashMap::default();
        let mut work = Vec::new();
        for &(from, var) in &p.info.var_refs {
            match from.filter(|&d| is_global_var(p, d)) {
                Some(d) => edges.entry(d).or_default().push(var),
                None => work.push(var),
            }
        }
        for pkg in &p.pkgs {
            work.extend(pkg.inits.iter().filter(|init| !pure_init(p, init)).flat_map(|init| init.lhs.iter().copied()));
        }
        let mut live = FxHashSet::default();
        while let Some(v) = work.pop() {
            if live.insert(v) {
                work.extend(edges.get(&v).into_iter().flatten().copied());
            }
        }
        Live(live)
    }

    /// Whether `init` must run.
    pub fn needs(&self, p: &Program, init: &VarInit) -> bool {
        init.lhs.iter().any(|v| self.0.contains(v)) || !pure_init(p, init)
    }
}

fn is_global_var(p: &Program, o: ObjId) -> bool {
    matches!(p.obj(o).kind, ObjKind::Var(VarKind::Global))
}

fn pure_init(p: &Program, init: &VarInit) -> bool {
    init.value.is_some_and(|i| pure(p, &init.spec.values[i]))
}

/// Whether evaluating `e` has no effect but its value: no call (but pointer
/// conversions, `unsafe.StringData` and an `unsafe.Slice` that cannot fail),
/// no receive, no operation that may panic (an index, a division, a
/// dereference, hashing a map key).
fn pure(p: &Program, e: &Expr) -> bool {
    if p.info.consts.get(e.id).is_some() {
        return true;
    }
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::Lit(..) | ExprKind::FuncLit(_) => true,
        ExprKind::Paren(x) => pure(p, x),
        // a qualified identifier (`pkg.V`), not a field or method selection
        ExprKind::Selector(..) => !p.info.selections.contains_key(&e.id),
        // a key is a constant or a field name: a map's other keys may not hash
        // (`map[any]int{[]int{}: 1}` panics)
        ExprKind::Composite { elems, .. } => elems.iter().all(|el| el.key.as_ref().is_none_or(|k| key_pure(p, k)) && pure(p, &el.value)),
        ExprKind::Unary(UnOp::Addr | UnOp::Neg | UnOp::Pos | UnOp::Not | UnOp::Xor, x) => pure(p, x),
        ExprKind::Call { fun, args, dots: false, .. } => match p.info.types.get(fun.unparen().id) {
            Some(tv) if tv.mode == Mode::Type => (tv.typ == UNSAFE_POINTER || p.types.is_pointer(tv.typ)) && pure(p, &args[0]),
            _ => match super::call::builtin_named(p, fun.unparen()) {
                Some(Builtin::StringData) => pure(p, &args[0]),
                // panics only for a nil pointer with a length, or a negative one
                Some(Builtin::Slice) => string_data(p, &args[0]) && p.info.consts.get(args[1].id).and_then(|c| c.to_i64()).is_some_and(|n| n >= 0),
                _ => false,
            },
        },
        _ => false,
    }
}

fn key_pure(p: &Program, k: &Expr) -> bool {
    p.info.consts.get(k.id).is_some() || matches!(k.kind, ExprKind::Ident(_)) && p.info.types.get(k.id).is_none()
}

/// Whether `e` is a pointer into a non-empty constant string: its
/// `unsafe.StringData`, through pointer conversions.
fn string_data(p: &Program, e: &Expr) -> bool {
    let ExprKind::Call { fun, args, .. } = &e.unparen().kind else { return false };
    match p.info.types.get(fun.unparen().id) {
        Some(tv) if tv.mode == Mode::Type => string_data(p, &args[0]),
        _ => {
            let non_empty = matches!(p.info.consts.get(args[0].id), Some(Constant::Str(s)) if !s.is_empty());
            super::call::builtin_named(p, fun.unparen()) == Some(Builtin::StringData) && non_empty
        }
    }
}
