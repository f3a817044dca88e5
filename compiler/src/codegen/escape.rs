//! Which local variables must live in memory rather than SSA values, and
//! where.
//!
//! Goroutine stacks move when they grow, so no pointer may point into one. A
//! variable whose address is taken, or which a closure captures, may outlive its
//! frame: it lives in a cell allocated from the heap. One that must be memory
//! only for its frame's own use — an array indexed with a variable, a value too
//! large for registers (an indirect `Repr`) — lives on the goroutine's side
//! stack (`runtime/src/sidestack.rs`), released when the frame returns. This
//! pass finds those variables (conservatively, by syntax; `&x` passed directly
//! to a function whose parameter does not leak, see `leaks`, does not make `x`
//! escape) and, for each function literal, the variables it captures. The
//! memory of `p := &T{...}`, `p := new(T)`, `s := []T{...}` or
//! `s := make([]T, n)` lives on the side stack too when the variable never
//! leaks the frame (`leaks::frame_allocs`), as does the slice a call packs
//! for a variadic parameter that does not leak.

use super::Backend;
use crate::syntax::ast::NodeId;
use crate::syntax::ast::{Expr, ExprKind, Field, FuncType, Stmt, StmtKind, UnOp};
use crate::syntax::walk::{walk_expr, walk_stmt, Visitor};
use crate::types::object::{ObjId, ObjKind, SelKind, VarKind};
use crate::types::typ::Type;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// What the back end knows about functions and their variables beyond the
/// checker's tables: local variables that live in memory (`boxed`; on the side
/// stack if also in `side`, else in heap cells), the allocations that live on
/// the side stack (`side_allocs`: `&T{...}`, `new(T)`, `make`, slice literals
/// and packed variadic arguments, by expression), the function literals whose
/// frames have side-stack variables (`side_lits`), which pointer parameters
/// of the functions called so far may leak (`param_leaks`), local
/// slices whose backing store gc would keep off the heap (`slice_stores`), the
/// variables each function literal captures, in order, and its Go name
/// (`main.main.func1`), the syntax of function literals and `go`/`defer` calls
/// queued for compilation (`lits`), and what the thunks of `go` and `defer`
/// statements call.
#[derive(Default)]
pub struct Facts {
    pub boxed: rustc_hash::FxHashSet<ObjId>,
    pub side: rustc_hash::FxHashSet<ObjId>,
    pub side_allocs: rustc_hash::FxHashSet<NodeId>,
    pub side_lits: rustc_hash::FxHashSet<NodeId>,
    pub param_leaks: FxHashMap<ObjId, super::leaks::Tags>,
    pub slice_stores: FxHashMap<ObjId, super::slicestore::SliceStore>,
    pub captures: FxHashMap<NodeId, Rc<Vec<ObjId>>>,
    pub lit_names: FxHashMap<NodeId, String>,
    pub lits: FxHashMap<NodeId, &'static Expr>,
    pub thunks: FxHashMap<NodeId, Rc<super::defer::Thunk>>,
}

/// How deep function literals may nest. Go names a literal after all those
/// around it (`main.main.func1.1.1`), so names take space quadratic in the
/// depth, in several tables: 4,000 levels take about 150 MB.
const MAX_LIT_NESTING: usize = 4_000;

/// The largest variable kept on the side stack (gc's `MaxStackVarSize`: larger
/// ones go to the heap).
const MAX_SIDE_VAR: u64 = 128 << 10;

/// The largest allocation (`new`, `&T{...}`, `make`) kept on the side stack
/// (gc's `MaxImplicitStackVarSize`).
const MAX_IMPLICIT: u64 = 64 << 10;

struct Escape<'a, 'p> {
    be: &'a mut Backend<'p>,
    /// How many function literals enclose each local's declaration, and the
    /// innermost (none: the function itself).
    depth_of: FxHashMap<ObjId, (usize, Option<NodeId>)>,
    /// Locals that may outlive their frame: captured, or their address taken.
    escaping: rustc_hash::FxHashSet<ObjId>,
    /// The function literals being walked, innermost last, with what they capture.
    lits: Vec<(crate::syntax::ast::NodeId, Vec<ObjId>)>,
    /// The call of the `go` or `defer` statement being walked: its operands
    /// are kept by its thunk, so whatever they point to escapes.
    thunk: Option<NodeId>,
    /// Whether the function's own frame (not a literal's) has side-stack
    /// allocations of packed variadic arguments.
    top_packs: bool,
    /// Go's names for literals: the enclosing function's or literal's name and how
    /// many literals it has had so far.
    /// (Range-over-func bodies are numbered apart: `main.f-range1`.)
    names: Vec<(String, u32, u32)>,
}

/// Analyzes a function body (and the function literals in it). Returns
/// whether the function's own frame has side-stack variables.
pub fn analyze_func(be: &mut Backend, name: String, sig: &'static FuncType, recv: Option<&'static [Field]>, body: &'static crate::syntax::ast::Block) -> bool {
    let mut a = Escape::new(be, name);
    for f in recv.into_iter().flatten().chain(sig.params).chain(sig.results) {
        a.declare_names(f);
    }
    crate::syntax::walk::walk_block(&mut a, body);
    let side = a.place_locals() | place_allocs(be, body);
    super::slicestore::analyze(be, body);
    side
}

/// Puts the allocations of a function's or literal's `body` that may live in
/// its frame on the side stack; returns whether there are any.
fn place_allocs(be: &mut Backend, body: &'static crate::syntax::ast::Block) -> bool {
    let mut any = false;
    for (e, size) in super::leaks::frame_allocs(be, body) {
        if size > 0 && size <= MAX_IMPLICIT {
            be.facts.side_allocs.insert(e.id);
            any = true;
        }
    }
    any
}

/// Analyzes an expression outside any function (a package-level initializer).
pub fn analyze_expr(be: &mut Backend, pkg: &str, e: &'static Expr) {
    let mut a = Escape::new(be, format!("{pkg}.init"));
    a.expr(e);
    a.place_locals();
}

impl<'a, 'p> Escape<'a, 'p> {
    fn new(be: &'a mut Backend<'p>, name: String) -> Self {
        Escape { be, depth_of: FxHashMap::default(), escaping: Default::default(), thunk: None, top_packs: false, lits: Vec::new(), names: vec![(name, 0, 0)] }
    }

    fn declare(&mut self, o: ObjId) {
        self.depth_of.insert(o, (self.lits.len(), self.lits.last().map(|l| l.0)));
    }

    /// Puts each local that must be memory and does not escape on the side
    /// stack, and notes the literals whose frames have such locals. Returns
    /// whether the function's own frame has.
    fn place_locals(self) -> bool {
        let mut top = self.top_packs;
        for (&o, &(_, lit)) in &self.depth_of {
            let r = self.be.repr(self.be.p.obj(o).typ);
            let memory = self.be.facts.boxed.contains(&o) || r.indirect;
            if !memory || self.escaping.contains(&o) || !self.is_local(o) || r.size == 0 || r.size > MAX_SIDE_VAR {
                continue;
            }
            self.be.facts.side.insert(o);
            match lit {
                Some(id) => _ = self.be.facts.side_lits.insert(id),
                None => top = true,
            }
        }
        top
    }

    fn declare_names(&mut self, f: &Field) {
        for n in f.names.iter() {
            if let Some(o) = self.be.p.info.objs.def(n.id) {
                self.declare(o);
            }
        }
    }

    fn is_local(&self, o: ObjId) -> bool {
        matches!(self.be.p.obj(o).kind, ObjKind::Var(k) if k != VarKind::Global && k != VarKind::Field)
    }

    /// A use of `o`: captured by every literal between its declaration and here.
    fn use_var(&mut self, o: ObjId) {
        let Some(&(d, _)) = self.depth_of.get(&o) else {
            return;
        };
        if d >= self.lits.len() {
            return;
        }
        self.be.facts.boxed.insert(o);
        self.escaping.insert(o);
        for (_, caps) in &mut self.lits[d..] {
            if !caps.contains(&o) {
                caps.push(o);
            }
        }
    }

    /// The local variable whose storage `e` denotes part of, if any.
    fn root_var(&self, e: &Expr) -> Option<ObjId> {
        let e = e.unparen();
        match &e.kind {
            ExprKind::Ident(_) => self.be.p.info.objs.use_of(e.id).filter(|&o| self.is_local(o)),
            ExprKind::Selector(x, _, _) => match self.be.p.info.selections.get(&e.id) {
                Some(s) if s.kind == SelKind::Field && !s.indirect => self.root_var(x),
                _ => None,
            },
            ExprKind::Index { x, .. } if self.is_array(x) => self.root_var(x),
            _ => None,
        }
    }

    fn is_array(&self, e: &Expr) -> bool {
        let Some(tv) = self.be.p.info.types.get(e.id) else {
            return false;
        };
        let types = &self.be.p.types;
        matches!(types.get(types.underlying(tv.typ)), Type::Array(..))
    }

    /// `e`'s storage is addressed: the variable is memory, and may escape.
    fn escapes(&mut self, e: &Expr) {
        if let Some(o) = self.root_var(e) {
            self.be.facts.boxed.insert(o);
            self.escaping.insert(o);
        }
    }

    /// `e`'s storage is indexed with a variable: the variable is memory, which
    /// only its frame addresses.
    fn indexed(&mut self, e: &Expr) {
        if let Some(o) = self.root_var(e) {
            self.be.facts.boxed.insert(o);
        }
    }

    /// A direct call: `&x` passed for a parameter that does not leak (and the
    /// `&x` of a pointer-receiver method call on `x`, for a receiver that does
    /// not leak) makes `x` memory, which need not escape (see `leaks`).
    fn call(&mut self, call: &'static Expr, fun: &'static Expr, args: &'static [Expr], dots: bool) {
        let (callee, recv) = super::leaks::direct_callee(self.be, fun);
        let tags = callee.and_then(|f| super::leaks::tags(self.be, f));
        let keeps = |i: usize| tags.as_ref().is_some_and(|t| t.get(i) == Some(&false));
        let first = usize::from(recv.is_some());
        let packed = super::leaks::packed_from(self.be, callee, args.len(), dots);
        // the slice packed for a variadic parameter that does not leak is the frame's
        if packed < args.len() && keeps(first + packed) {
            self.be.facts.side_allocs.insert(call.id);
            match self.lits.last() {
                Some(&(lit, _)) => _ = self.be.facts.side_lits.insert(lit),
                None => self.top_packs = true,
            }
        }
        match recv {
            Some((x, false)) if super::leaks::takes_address(self.be, callee, x) && keeps(0) => {
                self.indexed(x);
                self.expr(x);
            }
            _ => self.expr(fun),
        }
        for (i, arg) in args.iter().enumerate() {
            match &arg.unparen().kind {
                ExprKind::Unary(UnOp::Addr, x) if i < packed && keeps(first + i) => {
                    self.indexed(x);
                    self.expr(x);
                }
                _ => self.expr(arg),
            }
        }
    }

    /// `x.M` with a pointer-receiver method on an addressable operand takes `&x`.
    fn method_receiver(&mut self, sel: &Expr, x: &Expr) {
        let Some(s) = self.be.p.info.selections.get(&sel.id) else {
            return;
        };
        if s.kind != SelKind::Method || s.indirect {
            return;
        }
        if let Some(m) = s.obj {
            if self.be.p.has_ptr_recv(m) && !self.be.p.types.is_pointer(s.recv) {
                self.escapes(x);
            }
        }
    }
}

impl Visitor for Escape<'_, '_> {
    fn expr(&mut self, e: &'static Expr) {
        match &e.kind {
            ExprKind::Ident(_) => {
                if let Some(o) = self.be.p.info.objs.def(e.id) {
                    self.declare(o);
                } else if let Some(o) = self.be.p.info.objs.use_of(e.id) {
                    self.use_var(o);
                }
            }
            ExprKind::FuncLit(lit) => {
                if self.lits.len() == MAX_LIT_NESTING {
                    let msg =
                        format!("{}: minigo does not support function literals nested more than {MAX_LIT_NESTING} deep", self.be.p.fset.position_dotted(e.pos));
                    self.be.errors.push(msg);
                    return;
                }
                self.be.facts.lits.insert(e.id, e);
                // Go names literals main.f.func1, main.f.func2, and those inside
                // main.f.func1 main.f.func1.1, ...
                let top = self.names.len() == 1;
                let (parent, n, ranges) = self.names.last_mut().unwrap();
                let name = if self.be.p.info.range_bodies.contains(&e.id) {
                    *ranges += 1;
                    format!("{parent}-range{ranges}")
                } else {
                    *n += 1;
                    if top {
                        format!("{parent}.func{n}")
                    } else {
                        format!("{parent}.{n}")
                    }
                };
                self.be.facts.lit_names.insert(e.id, name.clone());
                self.names.push((name, 0, 0));
                self.lits.push((e.id, Vec::new()));
                for f in lit.sig.params.iter().chain(lit.sig.results) {
                    self.declare_names(f);
                }
                walk_expr(self, e);
                if place_allocs(self.be, &lit.body) {
                    self.be.facts.side_lits.insert(e.id);
                }
                let (id, caps) = self.lits.pop().unwrap();
                self.names.pop();
                self.be.facts.captures.insert(id, Rc::new(caps));
                return;
            }
            ExprKind::Unary(UnOp::Addr, x) => self.escapes(x),
            ExprKind::Slice { x, .. } if self.is_array(x) => self.escapes(x),
            ExprKind::Index { x, index, .. } if self.is_array(x) && !self.be.p.info.consts.contains_key(index[0].id) => self.indexed(x),
            ExprKind::Selector(x, _, _) => self.method_receiver(e, x),
            ExprKind::Call { fun, args, dots, .. } if self.thunk != Some(e.id) && super::leaks::is_call(self.be, fun) => {
                self.call(e, fun, args, *dots);
                return;
            }
            _ => {}
        }
        walk_expr(self, e);
    }

    fn stmt(&mut self, s: &'static Stmt) {
        match &s.kind {
            StmtKind::Decl(crate::syntax::ast::Decl::Var(specs)) => {
                for spec in specs.iter() {
                    for n in spec.names.iter() {
                        if let Some(o) = self.be.p.info.objs.def(n.id) {
                            self.declare(o);
                        }
                    }
                }
            }
            StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses.iter() {
                    if let Some(&o) = self.be.p.info.implicits.get(&c.id) {
                        self.declare(o);
                    }
                }
            }
            StmtKind::Go(call) | StmtKind::Defer(call) => {
                let outer = self.thunk.replace(call.id);
                walk_stmt(self, s);
                self.thunk = outer;
                return;
            }
            _ => {}
        }
        walk_stmt(self, s);
    }
}
