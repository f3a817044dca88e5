//! Which local variables must live in heap cells rather than SSA values.
//!
//! Goroutine stacks move when they grow, so no pointer may point into one: a
//! variable whose address is taken, or which a closure captures, lives in a cell
//! allocated from the heap. This pass finds those variables (conservatively, by
//! syntax) and, for each function literal, the variables it captures.

use super::Backend;
use crate::syntax::ast::NodeId;
use crate::syntax::ast::{Expr, ExprKind, Field, FuncType, Stmt, StmtKind, UnOp};
use crate::syntax::walk::{walk_expr, walk_stmt, Visitor};
use crate::types::object::{ObjId, ObjKind, SelKind, VarKind};
use crate::types::typ::Type;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// What the back end knows about functions and their variables beyond the
/// checker's tables: local variables that live in heap cells (`boxed`), local
/// slices whose backing store gc would keep off the heap (`slice_stores`), the
/// variables each function literal captures, in order, and its Go name
/// (`main.main.func1`), the syntax of function literals and `go`/`defer` calls
/// queued for compilation (`lits`), and what the thunks of `go` and `defer`
/// statements call.
#[derive(Default)]
pub struct Facts {
    pub boxed: rustc_hash::FxHashSet<ObjId>,
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

struct Escape<'a, 'p> {
    be: &'a mut Backend<'p>,
    /// How many function literals enclose each local's declaration.
    depth_of: FxHashMap<ObjId, usize>,
    /// The function literals being walked, innermost last, with what they capture.
    lits: Vec<(crate::syntax::ast::NodeId, Vec<ObjId>)>,
    /// Go's names for literals: the enclosing function's or literal's name and how
    /// many literals it has had so far.
    /// (Range-over-func bodies are numbered apart: `main.f-range1`.)
    names: Vec<(String, u32, u32)>,
}

/// Analyzes a function body (and the function literals in it).
pub fn analyze_func(be: &mut Backend, name: String, sig: &'static FuncType, recv: Option<&'static [Field]>, body: &'static crate::syntax::ast::Block) {
    let mut a = Escape { be, depth_of: FxHashMap::default(), lits: Vec::new(), names: vec![(name, 0, 0)] };
    for f in recv.into_iter().flatten().chain(sig.params).chain(sig.results) {
        a.declare_names(f);
    }
    crate::syntax::walk::walk_block(&mut a, body);
    super::slicestore::analyze(a.be, body);
}

/// Analyzes an expression outside any function (a package-level initializer).
pub fn analyze_expr(be: &mut Backend, pkg: &str, e: &'static Expr) {
    let mut a = Escape { be, depth_of: FxHashMap::default(), lits: Vec::new(), names: vec![(format!("{pkg}.init"), 0, 0)] };
    a.expr(e);
}

impl Escape<'_, '_> {
    fn declare(&mut self, o: ObjId) {
        self.depth_of.insert(o, self.lits.len());
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
        let Some(&d) = self.depth_of.get(&o) else {
            return;
        };
        if d >= self.lits.len() {
            return;
        }
        self.be.facts.boxed.insert(o);
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
            ExprKind::Selector(x, _) => match self.be.p.info.selections.get(&e.id) {
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

    fn escapes(&mut self, e: &Expr) {
        if let Some(o) = self.root_var(e) {
            self.be.facts.boxed.insert(o);
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
                let (id, caps) = self.lits.pop().unwrap();
                self.names.pop();
                self.be.facts.captures.insert(id, Rc::new(caps));
                return;
            }
            ExprKind::Unary(UnOp::Addr, x) => self.escapes(x),
            ExprKind::Slice { x, .. } if self.is_array(x) => self.escapes(x),
            ExprKind::Index { x, index, .. } if self.is_array(x) && !self.be.p.info.consts.contains_key(index[0].id) => self.escapes(x),
            ExprKind::Selector(x, _) => self.method_receiver(e, x),
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
            _ => {}
        }
        walk_stmt(self, s);
    }
}
