//! Which pointer parameters of a function may leak: outlive the call, through
//! anything the function does with them (gc's escape analysis tags each
//! parameter so). A caller may pass `&x` for a parameter that does not leak
//! and keep `x` on its side stack (`escape`).
//!
//! By syntax, conservatively, function by function. A pointer or slice
//! parameter `p` (for a slice: its backing array) does not leak if every use
//! of it is one of
//! * a dereference: `*p`, `p.f` (a field through the pointer), `p[i]` (an
//!   element through the pointer or slice), whose value is copied out or
//!   stored into; `len(p)`, `cap(p)`, `copy(p, q)`, `string(p)`; `range p`;
//! * a comparison, `p == q`, `p != nil`, or `_ = p`;
//! * a store into its own memory, `p.self = p` (`strings.Builder`'s copy
//!   check): what reaches that memory reaches `p` already;
//! * an argument of a direct call, or the receiver of a direct method call,
//!   whose parameter does not leak (`p...` for a variadic one).
//!
//! Anything else leaks it: storing or returning `p`, `&p.f`, `p[:]`, a
//! closure, a `go` or `defer` statement, a call through a func value or an
//! interface, an argument packed into a variadic parameter's slice. (What a
//! slice's elements point to is not the slice's: `g = p[0]` copies an element
//! out; the caller's analysis sees what it stores into them.)
//!
//! A caller packing arguments for a variadic parameter that does not leak may
//! keep the slice's backing array in its frame (`escape`), as gc does for
//! `fmt.Println(x, y)`. A function calling itself is assumed not
//! to leak until its body says otherwise (iterated to a fixed point, so that
//! a recursion passing `p` down keeps it); other cycles of calls assume the
//! worst.
//!
//! The same rules decide which allocations a function may keep in its own
//! frame (`frame_allocs`): a local variable defined as `p := &T{...}`,
//! `p := new(T)`, `s := []T{...}` or `s := make([]T, n)` (constant sizes) and never assigned
//! again is tracked as a parameter is; if it does not leak, nothing outside
//! the frame can reach the memory it points to, as gc's escape analysis would
//! find (`escape` puts that memory on the side stack).

use super::Backend;
use crate::syntax::ast::{BinOp, Block, Decl, Expr, ExprKind, FuncDecl, Stmt, StmtKind, UnOp};
use crate::syntax::walk::{walk_expr, walk_stmt, Visitor};
use crate::types::object::{Builtin, DeclRef, ObjId, ObjKind, SelKind};
use std::rc::Rc;

/// For each function analyzed: whether each parameter may leak, receiver
/// first, then the parameters in order (one per name; blank and unnamed ones
/// count as leaking, being unused anyway).
pub type Tags = Rc<[bool]>;

/// The tags of direct callee `f` (`None`: not a Go function with a body).
pub fn tags(be: &mut Backend, f: ObjId) -> Option<Tags> {
    let mut stack = Vec::new();
    tags_in(be, f, &mut stack)
}

/// What a call's `fun` calls directly, if it is a declared function or
/// method; for a method, the receiver expression and whether the selection
/// dereferenced a pointer on the way.
pub fn direct_callee(be: &Backend, fun: &'static Expr) -> (Option<ObjId>, Option<(&'static Expr, bool)>) {
    let fun = fun.unparen();
    let (callee, recv) = match &fun.kind {
        ExprKind::Selector(x, sel, _) => match be.p.info.selections.get(&fun.id) {
            Some(s) if s.kind == SelKind::Method => {
                // a pointer-receiver method of a pointer's base type gets the pointer
                let passes_x = s.path.len() == 1 && be.p.types.is_pointer(s.recv) && s.obj.is_some_and(|m| be.p.has_ptr_recv(m));
                (s.obj, Some((&**x, s.indirect && !passes_x)))
            }
            Some(_) => (None, None),
            // a qualified identifier: the checker records the use on the name
            None => (be.p.info.objs.use_of(sel.id), None),
        },
        ExprKind::Ident(_) => (be.p.info.objs.use_of(fun.id), None),
        _ => (None, None),
    };
    (callee.filter(|&f| matches!(be.p.obj(f).kind, ObjKind::Func)), recv)
}

/// Whether calling method `m` on `x` passes `&x` (a pointer receiver on an
/// addressable value).
pub fn takes_address(be: &Backend, m: Option<ObjId>, x: &Expr) -> bool {
    let t = be.p.info.types.get(x.id).map_or(crate::types::typ::INVALID, |tv| tv.typ);
    m.is_some_and(|m| be.p.has_ptr_recv(m)) && !be.p.types.is_pointer(t)
}

/// The index of the first of a call's `nargs` arguments (after the receiver)
/// that direct callee `f` packs into its variadic parameter's slice: `nargs`
/// when none is packed (`dots`, or no variadic parameter).
pub fn packed_from(be: &Backend, f: Option<ObjId>, nargs: usize, dots: bool) -> usize {
    let sig = f.and_then(|f| be.p.types.signature(be.p.obj(f).typ));
    match sig {
        Some(sig) if sig.variadic && !dots => sig.params.len() - 1,
        _ => nargs,
    }
}

/// Whether `fun` names one of the builtins `which`.
fn is_builtin(be: &Backend, fun: &Expr, which: &[Builtin]) -> bool {
    be.p.info.objs.use_of(fun.unparen().id).is_some_and(|o| matches!(be.p.obj(o).kind, ObjKind::Builtin(b) if which.contains(&b)))
}

/// Whether a call of `fun` calls a function (not a conversion or a builtin).
pub fn is_call(be: &Backend, fun: &Expr) -> bool {
    be.p.info.types.get(fun.id).is_some_and(|tv| tv.mode == crate::types::object::Mode::Value)
}

fn tags_in(be: &mut Backend, f: ObjId, stack: &mut Vec<ObjId>) -> Option<Tags> {
    let Some(DeclRef::Func(fd)) = be.p.obj(f).decl() else { return None };
    fd.body.as_ref()?;
    match stack.iter().position(|&g| g == f) {
        // the function calling itself: what is assumed so far
        Some(i) if i + 1 == stack.len() => return be.facts.param_leaks.get(&f).cloned(),
        // a cycle through other functions, or a chain of calls too long to
        // follow (the analysis recurses along it): the worst (what the
        // functions on the way learn is kept)
        Some(_) => return Some(params(be, fd).iter().map(|_| true).collect()),
        None if stack.len() >= super::inline::MAX_DEPTH => return Some(params(be, fd).iter().map(|_| true).collect()),
        None => {}
    }
    if let Some(t) = be.facts.param_leaks.get(&f) {
        return Some(t.clone());
    }
    let params = params(be, fd);
    stack.push(f);
    // start from "nothing leaks" for the function's calls of itself
    let mut assumed: Tags = params.iter().map(|_| false).collect();
    loop {
        be.facts.param_leaks.insert(f, assumed.clone());
        let found = analyze(be, fd, &params, stack);
        if found == assumed {
            break;
        }
        assumed = found;
    }
    stack.pop();
    Some(assumed)
}

/// The parameters of `fd`, receiver first: the pointer and slice ones that
/// can be tracked, `None` for the others.
fn params(be: &Backend, fd: &'static FuncDecl) -> Vec<Option<ObjId>> {
    let fields = fd.recv.iter().flat_map(|r| r.iter()).chain(fd.sig.params.iter());
    let mut out = Vec::new();
    for f in fields {
        if f.names.is_empty() {
            out.push(None);
        }
        for n in f.names.iter() {
            let o = be.p.info.objs.def(n.id).filter(|&o| tracked(be, be.p.obj(o).typ));
            out.push(o);
        }
    }
    out
}

/// Whether a parameter of type `t` is tracked: a pointer, or a slice.
fn tracked(be: &Backend, t: crate::types::typ::TypeId) -> bool {
    be.p.types.is_pointer(t) || matches!(be.p.types.get(be.p.types.underlying(t)), crate::types::typ::Type::Slice(_))
}

fn analyze(be: &mut Backend, fd: &'static FuncDecl, params: &[Option<ObjId>], stack: &mut Vec<ObjId>) -> Tags {
    uses(be, fd.body.as_ref().unwrap(), params, stack).into()
}

/// Whether each of `tracked` leaks from `body`.
fn uses(be: &mut Backend, body: &'static Block, tracked: &[Option<ObjId>], stack: &mut Vec<ObjId>) -> Vec<bool> {
    let mut a = Uses { be, params: tracked, leaks: tracked.iter().map(|p| p.is_none()).collect(), stack, in_thunk: false };
    crate::syntax::walk::walk_block(&mut a, body);
    a.leaks
}

/// The allocations of `body` (outside its function literals) that may live in
/// its frame, with their sizes in bytes: each `&T{...}`, `new(T)` or
/// constant-sized `make([]T, ...)` that initializes a local variable which
/// does not leak (see the overview).
pub fn frame_allocs(be: &mut Backend, body: &'static Block) -> Vec<(&'static Expr, u64)> {
    let mut found = Allocs { be, vars: Vec::new(), allocs: Vec::new() };
    crate::syntax::walk::walk_block(&mut found, body);
    let Allocs { vars, allocs, .. } = found;
    if vars.is_empty() {
        return Vec::new();
    }
    let leaks = uses(be, body, &vars, &mut Vec::new());
    allocs.into_iter().zip(leaks).filter(|&(_, leaks)| !leaks).map(|(a, _)| a).collect()
}

/// Finds the local variables defined by an allocation.
struct Allocs<'a, 'p> {
    be: &'a mut Backend<'p>,
    /// The variables, and the allocation each is defined by with its size.
    vars: Vec<Option<ObjId>>,
    allocs: Vec<(&'static Expr, u64)>,
}

impl Allocs<'_, '_> {
    fn define(&mut self, names: impl Iterator<Item = crate::syntax::ast::NodeId>, values: &'static [Expr]) {
        for (id, v) in names.zip(values) {
            let Some(o) = self.be.p.info.objs.def(id) else { continue };
            if let Some(size) = self.alloc_size(v) {
                self.vars.push(Some(o));
                self.allocs.push((v.unparen(), size));
            }
        }
    }

    /// The bytes allocated by `e` if it is `&T{...}`, `new(T)`, a slice
    /// literal, or `make([]T, n[, m])` with constant sizes.
    fn alloc_size(&mut self, e: &Expr) -> Option<u64> {
        let e = e.unparen();
        let t = self.be.p.info.types.get(e.id)?.typ;
        let elem = |be: &mut Backend, t| be.repr(t).size;
        match &e.kind {
            ExprKind::Unary(UnOp::Addr, x) if matches!(x.unparen().kind, ExprKind::Composite { .. }) => Some(elem(self.be, self.be.p.types.deref(t)?)),
            ExprKind::Call { fun, .. } if is_builtin(self.be, fun, &[Builtin::New]) => Some(elem(self.be, self.be.p.types.deref(t)?)),
            ExprKind::Composite { elems, .. } => {
                let crate::types::typ::Type::Slice(el) = *self.be.p.types.get(self.be.p.types.underlying(t)) else { return None };
                let n = super::composite::elem_indices(self.be, elems).max().map_or(0, |i| i + 1);
                elem(self.be, el).checked_mul(n)
            }
            ExprKind::Call { fun, args, .. } if is_builtin(self.be, fun, &[Builtin::Make]) => {
                let crate::types::typ::Type::Slice(el) = *self.be.p.types.get(self.be.p.types.underlying(t)) else { return None };
                let cap = self.be.p.info.consts.get(args.last()?.id)?.to_i64()?;
                let len = self.be.p.info.consts.get(args.get(1)?.id)?.to_i64()?;
                (0..=cap).contains(&len).then(|| elem(self.be, el).checked_mul(cap as u64)).flatten()
            }
            _ => None,
        }
    }
}

impl Visitor for Allocs<'_, '_> {
    fn expr(&mut self, e: &'static Expr) {
        // a literal's variables live in its own frame
        if !matches!(e.kind, ExprKind::FuncLit(_)) {
            walk_expr(self, e);
        }
    }

    fn stmt(&mut self, s: &'static Stmt) {
        match &s.kind {
            StmtKind::Define(lhs, rhs, _) if lhs.len() == rhs.len() => self.define(lhs.iter().map(|l| l.id), rhs),
            StmtKind::Decl(Decl::Var(specs)) => {
                for spec in specs.iter().filter(|s| s.names.len() == s.values.len()) {
                    self.define(spec.names.iter().map(|n| n.id), spec.values);
                }
            }
            _ => {}
        }
        walk_stmt(self, s);
    }
}

struct Uses<'a, 'p, 's> {
    be: &'a mut Backend<'p>,
    params: &'s [Option<ObjId>],
    leaks: Vec<bool>,
    stack: &'s mut Vec<ObjId>,
    /// Walking a literal or the call of a `go` or `defer` statement: every use leaks.
    in_thunk: bool,
}

impl Uses<'_, '_, '_> {
    /// The tracked parameter `e` names, if it does.
    fn param(&self, e: &Expr) -> Option<usize> {
        let e = e.unparen();
        let ExprKind::Ident(_) = e.kind else { return None };
        let o = self.be.p.info.objs.use_of(e.id)?;
        self.params.iter().position(|&p| p == Some(o))
    }

    /// Whether `e` is the tracked parameter, used where it does not leak.
    fn harmless(&self, e: &Expr) -> bool {
        !self.in_thunk && self.param(e).is_some()
    }

    /// Marks the tracked parameter at the root of the place `e` (through
    /// fields, array elements and dereferences) as leaking: its address is taken.
    fn addressed(&mut self, e: &Expr) {
        let mut e = e.unparen();
        while let ExprKind::Selector(x, _, _) | ExprKind::Star(x) | ExprKind::Index { x, .. } = &e.kind {
            e = x.unparen();
        }
        if let Some(i) = self.param(e) {
            self.leaks[i] = true;
        }
    }

    /// The tracked parameter whose own memory place `e` is part of (`p.f`,
    /// `p.a[i]`, `*p`; not memory another pointer leads to), if any.
    fn place_in(&self, e: &Expr) -> Option<usize> {
        let mut e = e.unparen();
        loop {
            match &e.kind {
                ExprKind::Star(x) => return self.param(x),
                ExprKind::Selector(x, _, _) => {
                    let s = self.be.p.info.selections.get(&e.id).filter(|s| s.kind == SelKind::Field && s.path.len() == 1)?;
                    if let Some(i) = self.param(x) {
                        return Some(i);
                    }
                    if s.indirect {
                        return None;
                    }
                    e = x.unparen();
                }
                ExprKind::Index { x, .. } => {
                    let t = self.be.p.info.types.get(x.id)?.typ;
                    if !matches!(self.be.p.types.get(self.be.p.types.underlying(t)), crate::types::typ::Type::Array(..)) {
                        return None;
                    }
                    e = x.unparen();
                }
                _ => return None,
            }
        }
    }

    /// A direct call: each argument a tracked parameter is passed for a
    /// parameter that does not leak is harmless; the others are walked.
    fn call(&mut self, fun: &'static Expr, args: &'static [Expr], dots: bool) {
        let (callee, recv) = direct_callee(self.be, fun);
        let tags = match callee {
            Some(f) if !self.in_thunk => tags_in(self.be, f, self.stack),
            _ => None,
        };
        // what is packed into a variadic parameter's slice is stored there
        let packed = packed_from(self.be, callee, args.len(), dots);
        let keeps = |i: usize| tags.as_ref().is_some_and(|t| t.get(i) == Some(&false));
        let first = usize::from(recv.is_some());
        match recv {
            Some((x, false)) => {
                if takes_address(self.be, callee, x) && !keeps(0) {
                    // `x.M()` passes `&x`
                    self.addressed(x);
                }
                // a pointer receiver passed as is
                if !(self.harmless(x) && keeps(0)) {
                    self.expr(x);
                }
            }
            Some((x, true)) => self.expr(x),
            None => self.expr(fun),
        }
        for (i, arg) in args.iter().enumerate() {
            if !(i < packed && self.harmless(arg) && keeps(first + i)) {
                self.expr(arg);
            }
        }
    }
}

impl Visitor for Uses<'_, '_, '_> {
    fn expr(&mut self, e: &'static Expr) {
        match &e.kind {
            ExprKind::Ident(_) => {
                if let Some(i) = self.param(e) {
                    self.leaks[i] = true;
                }
                return;
            }
            ExprKind::FuncLit(_) => {
                let outer = std::mem::replace(&mut self.in_thunk, true);
                walk_expr(self, e);
                self.in_thunk = outer;
                return;
            }
            ExprKind::Unary(UnOp::Addr, x) | ExprKind::Slice { x, .. } => self.addressed(x),
            ExprKind::Selector(x, _, _) => {
                let field = self.be.p.info.selections.get(&e.id).is_some_and(|s| s.kind == SelKind::Field);
                if field && self.harmless(x) {
                    return;
                }
            }
            ExprKind::Star(x) if self.harmless(x) => return,
            ExprKind::Index { x, index, .. } if self.harmless(x) => {
                for i in index.iter() {
                    self.expr(i);
                }
                return;
            }
            ExprKind::Binary { op: BinOp::Eql | BinOp::Neq, x, y, .. } => {
                for side in [x, y] {
                    if !self.harmless(side) {
                        self.expr(side);
                    }
                }
                return;
            }
            ExprKind::Call { fun, args, dots, .. } if is_call(self.be, fun) => {
                self.call(fun, args, *dots);
                return;
            }
            // `string(p)` copies the bytes or runes
            ExprKind::Call { fun, args, .. }
                if args.len() == 1
                    && self.harmless(&args[0])
                    && self.be.p.info.types.get(fun.id).is_some_and(|tv| tv.mode == crate::types::object::Mode::Type && self.be.p.types.is_string(tv.typ)) =>
            {
                return
            }
            // `len(p)`, `cap(p)`, `copy(p, q)` (elements are copied); other
            // builtins and conversions are walked as they are
            ExprKind::Call { fun, args, .. } if is_builtin(self.be, fun, &[Builtin::Len, Builtin::Cap, Builtin::Copy]) => {
                for a in args.iter() {
                    if !self.harmless(a) {
                        self.expr(a);
                    }
                }
                return;
            }
            _ => {}
        }
        walk_expr(self, e);
    }

    fn stmt(&mut self, s: &'static Stmt) {
        match &s.kind {
            StmtKind::Go(_) | StmtKind::Defer(_) => {
                let outer = std::mem::replace(&mut self.in_thunk, true);
                walk_stmt(self, s);
                self.in_thunk = outer;
            }
            // the elements of `range p` are copies
            StmtKind::Range { key, value, x, body, .. } if self.harmless(x) => {
                for e in [key, value].into_iter().flatten() {
                    self.expr(e);
                }
                crate::syntax::walk::walk_block(self, body);
            }
            // `_ = p` keeps nothing; `p.f = p` keeps p only where p does
            StmtKind::Assign(lhs, rhs) if lhs.len() == rhs.len() => {
                for (l, r) in lhs.iter().zip(rhs.iter()) {
                    self.expr(l);
                    let blank = l.as_ident().is_some_and(|n| &**n == "_");
                    if !(self.harmless(r) && (blank || self.place_in(l) == self.param(r))) {
                        self.expr(r);
                    }
                }
            }
            _ => walk_stmt(self, s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{frame_allocs, tags};
    use crate::codegen::{Backend, Emit};
    use crate::types::object::{DeclRef, ObjId};
    use crate::types::Program;

    /// What `f` computes for each function of a program, by name.
    fn each_func<T>(src: &str, funcs: &[&str], f: impl Fn(&mut Backend, ObjId) -> T) -> Vec<T> {
        let dir = std::env::temp_dir().join(format!("minigo-leaks-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        // one file per program: the tests run in parallel
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let file = dir.join(format!("leaks{}.go", N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)));
        std::fs::write(&file, src).unwrap();
        let mut prog = Program::new();
        let main = crate::driver::check_program(&mut prog, &[file], true, &mut Default::default()).unwrap_or_else(|_| panic!("does not check"));
        let objs: Vec<_> = funcs.iter().map(|f| *prog.pkg(main).scope.get(*f).unwrap_or_else(|| panic!("{f} not declared"))).collect();
        let mut be = Backend::new(&mut prog, Emit::Clif).unwrap();
        objs.into_iter().map(|o| f(&mut be, o)).collect()
    }

    /// The tags `leaks` gives each function of a program, by name.
    fn tags_of(src: &str, funcs: &[&str]) -> Vec<Vec<bool>> {
        each_func(src, funcs, |be, o| tags(be, o).expect("has a body").to_vec())
    }

    #[test]
    fn allocations_stay_in_the_frame_only_when_their_pointer_does() {
        let src = r#"package main

type T struct{ a [4]int; next *T }

var g *T

func (t *T) sum() int { return t.a[0] + t.a[1] }
func (t *T) keep() { g = t }
func use(p *T) int { return p.a[2] }

func local() int { p := &T{}; q := new(T); p.a[1] = 2; *q = *p; return p.sum() + use(q) }
func stored() { p := &T{}; g = p }
func returned() *T { p := new(T); return p }
func kept() { p := &T{}; p.keep() }
func linked() int { p := &T{}; q := &T{next: p}; return q.sum() }
func reassigned() int { p := &T{}; p = g; return p.sum() }
func captured() func() int { p := &T{}; return func() int { return p.a[0] } }
func addressed() *[4]int { p := &T{}; return &p.a }
func inLiteral() int { f := func() int { p := &T{}; return p.sum() }; return f() }
func made() int { s := make([]int, 4); s[1] = 2; copy(s, []int{1}); return len(s) + s[1] }
func madeVar(n int) int { s := make([]int, n); return len(s) }
func madeLeak() []int { s := make([]int, 2); return s }
func selfStored() int { p := &T{}; p.next = p; return p.sum() }

func main() {}
"#;
        let funcs =
            ["local", "stored", "returned", "kept", "linked", "reassigned", "captured", "addressed", "inLiteral", "made", "madeVar", "madeLeak", "selfStored"];
        let got = each_func(src, &funcs, |be, o| {
            let Some(DeclRef::Func(fd)) = be.p.obj(o).decl() else { unreachable!() };
            frame_allocs(be, fd.body.as_ref().unwrap()).len()
        });
        // linked: q stays, p is stored in q's memory; inLiteral: a literal's
        // body is not its function's frame (escape analyzes it apart)
        assert_eq!(got, vec![2, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1]);
    }

    #[test]
    fn pointer_parameters_leak_only_when_kept() {
        let src = r#"package main

type T struct{ a [4]int; next *T }

var g *T

func deref(p *T, q *T) int { p.a[1] = q.a[2]; *q = *p; return p.a[0] }
func stored(p *T) { g = p }
func returned(p *T) *T { return p }
func addressed(p *T) *int { return &p.a[0] }
func captured(p *T) func() int { return func() int { return p.a[0] } }
func passed(p *T) int { return deref(p, p) }
func passedOn(p *T) { stored(p) }
func down(p *T, n int) int { if n == 0 || p == nil { return 0 }; return down(p, n-1) }
func deferred(p *T) { defer deref(p, p) }
func boxed(p *T) any { return p }
func values(n int, p *T) int { return n }

func main() {}
"#;
        let got = tags_of(src, &["deref", "stored", "returned", "addressed", "captured", "passed", "passedOn", "down", "deferred", "boxed", "values"]);
        let want: Vec<Vec<bool>> = vec![
            vec![false, false],
            vec![true],
            vec![true],
            vec![true],
            vec![true],
            vec![false],
            vec![true],
            vec![false, true],
            vec![true],
            vec![true],
            vec![true, false],
        ];
        assert_eq!(got, want);
    }
}
