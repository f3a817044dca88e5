//! Labels and branch statements, checked the way gc's parser does (syntax/branches.go):
//! misplaced break/continue, undefined, unused and duplicate labels, and gotos that
//! jump into blocks or over variable declarations.

use super::check::Checker;
use crate::syntax::ast::*;
use crate::syntax::parser::Diagnostic;
use crate::syntax::pos::{FileSet, Pos};
use crate::syntax::token::Name;
use crate::syntax::walk::{walk_block, walk_expr, Visitor};
use rustc_hash::FxHashMap;

struct Label {
    block: usize,
    /// The labeled statement's inner statement kind, to validate break/continue.
    target: &'static Stmt,
    pos: Pos,
    used: bool,
}

struct BlockInfo {
    parent: Option<usize>,
    start: Pos,
    /// The label attached to this block's statement, if any.
    label: Option<Name>,
}

#[derive(Clone, Copy)]
struct Targets {
    breaks: bool,
    continues: bool,
}

/// The errors found so far, and the positions they name.
struct Errors<'f> {
    fset: &'f FileSet,
    found: Vec<Diagnostic>,
    /// Positions of the file's syntax errors: gc checks only the function
    /// bodies it parsed without one (a recovered tree has stand-ins whose
    /// labels would be spurious).
    syntax_errors: &'f [Pos],
}

impl Errors<'_> {
    fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        self.found.push(Diagnostic::new(pos, msg.into()));
    }
}

struct Gotos<'e, 'f> {
    c: &'e mut Errors<'f>,
    labels: FxHashMap<Name, Label>,
    blocks: Vec<BlockInfo>,
}

/// Finds the function literals in what it walks, to check each one's body.
struct Literals<'e, 'f>(&'e mut Errors<'f>);

impl Visitor for Literals<'_, '_> {
    fn expr(&mut self, e: &'static Expr) {
        if let ExprKind::FuncLit(lit) = &e.kind {
            self.0.check_labels(&lit.body);
        }
        walk_expr(self, e)
    }
}

/// The errors in the branch statements of every function in `files`, function
/// literals included, as gc's parser finds them (syntax/branches.go): for each
/// function body it parsed, before any type is checked, and in a file with
/// syntax errors (at `syntax_errors`) for the bodies that have none.
pub fn branch_errors(files: &[&'static File], fset: &FileSet, syntax_errors: &[Pos]) -> Vec<Diagnostic> {
    let mut errors = Errors { fset, found: Vec::new(), syntax_errors };
    for f in files {
        for d in f.decls.iter() {
            match d {
                Decl::Func(fd) => {
                    if let Some(body) = &fd.body {
                        errors.check_labels(body);
                        walk_block(&mut Literals(&mut errors), body);
                    }
                }
                Decl::Var(specs) | Decl::Const(specs) => {
                    for v in specs.iter().flat_map(|s| s.values.iter()) {
                        Literals(&mut errors).expr(v);
                    }
                }
                Decl::Type(_) => {}
            }
        }
    }
    errors.found
}

impl Checker<'_> {
    /// Reports `branch_errors` before any type is checked: gc's parser finds
    /// them, so they come before the type checker's, first among the ten gc
    /// reports.
    pub(super) fn check_branches(&mut self, files: &[&'static File]) {
        for d in branch_errors(files, &self.p.fset, &[]) {
            self.error(d.pos, d.msg);
        }
    }
}

impl Errors<'_> {
    /// Checks branch statements of one function body (not of nested function literals,
    /// which are checked as bodies of their own).
    fn check_labels(&mut self, body: &'static Block) {
        if self.syntax_errors.iter().any(|p| (body.lbrace..=body.rbrace).contains(p)) {
            return;
        }
        let mut g = Gotos { c: self, labels: FxHashMap::default(), blocks: Vec::new() };
        let fwd = g.block(None, Targets { breaks: false, continues: false }, None, body.lbrace, body.stmts);
        for (name, pos) in fwd {
            if let Some(l) = g.labels.get_mut(&name) {
                l.used = true;
                let start = g.blocks[l.block].start;
                let at = g.c.fset.position_dotted(start);
                g.c.error(pos, format!("goto {name} jumps into block starting at {at}"));
            } else {
                g.c.error(pos, format!("label {name} not defined"));
            }
        }
        let mut unused: Vec<(Pos, Name)> = g.labels.iter().filter(|(_, l)| !l.used).map(|(n, l)| (l.pos, n.clone())).collect();
        unused.sort();
        for (pos, name) in unused {
            self.error(pos, format!("label {name} defined and not used"));
        }
    }
}

impl Gotos<'_, '_> {
    fn enclosing(&mut self, b: usize, name: &str) -> Option<Option<&'static Stmt>> {
        let l = self.labels.get_mut(name)?;
        l.used = true;
        let target = l.target;
        let mut cur = Some(b);
        while let Some(i) = cur {
            if self.blocks[i].label.as_deref() == Some(name) {
                return Some(Some(target));
            }
            cur = self.blocks[i].parent;
        }
        Some(None)
    }

    /// Returns the unresolved forward gotos of the block.
    fn block(&mut self, parent: Option<usize>, ctxt: Targets, label: Option<Name>, start: Pos, body: &'static [Stmt]) -> Vec<(Name, Pos)> {
        let b = self.blocks.len();
        self.blocks.push(BlockInfo { parent, start, label: label.clone() });
        let mut fwd: Vec<(Name, Pos)> = Vec::new();
        let mut bad: Vec<(Name, Pos)> = Vec::new();
        let mut var_decl: Option<(Pos, String)> = None;
        for stmt in body {
            let mut s = stmt;
            let mut lbl: Option<Name> = None;
            // (a labeled statement may itself be labeled: `_: _: goto _`)
            while let StmtKind::Labeled(l, inner) = &s.kind {
                if !l.is_blank() {
                    if let Some(alt) = self.labels.get(&l.name) {
                        let at = self.c.fset.position_dotted(alt.pos);
                        self.c.error(l.pos, format!("label {} already defined at {at}", l.name));
                    } else {
                        self.labels.insert(l.name.clone(), Label { block: b, target: inner, pos: l.pos, used: false });
                    }
                    // resolve matching forward gotos
                    let mut keep = Vec::new();
                    for (n, p) in fwd.drain(..) {
                        if n == l.name {
                            self.labels.get_mut(&l.name).unwrap().used = true;
                            if let Some((vp, vn)) = &var_decl {
                                if bad.iter().any(|(bn, bp)| *bn == n && *bp == p) {
                                    let at = self.c.fset.position_dotted(*vp);
                                    self.c.error(p, format!("goto {n} jumps over declaration of {vn} at {at}"));
                                }
                            }
                        } else {
                            keep.push((n, p));
                        }
                    }
                    fwd = keep;
                    lbl = Some(l.name.clone());
                }
                s = inner;
            }
            let mut record_var = |pos: Pos, name: String, fwd: &Vec<(Name, Pos)>, bad: &mut Vec<(Name, Pos)>| {
                var_decl = Some((pos, name));
                *bad = fwd.clone();
            };
            match &s.kind {
                StmtKind::Decl(Decl::Var(specs)) => {
                    if let Some(spec) = specs.first() {
                        record_var(spec.pos, spec.names[0].name.to_string(), &fwd, &mut bad);
                    }
                }
                StmtKind::Define(lhs, _, op) => {
                    let names: Vec<String> = lhs.iter().map(super::exprstring::expr_string).collect();
                    record_var(*op, names.join(", "), &fwd, &mut bad);
                }
                StmtKind::Branch(kind, None) => match kind {
                    Branch::Break if !ctxt.breaks => self.c.error(s.pos, "break is not in a loop, switch, or select"),
                    Branch::Continue if !ctxt.continues => self.c.error(s.pos, "continue is not in a loop"),
                    _ => {}
                },
                StmtKind::Branch(kind, Some(l)) => {
                    let name = &l.name;
                    match kind {
                        Branch::Break => match self.enclosing(b, name) {
                            Some(Some(t))
                                if matches!(
                                    t.kind,
                                    StmtKind::Switch { .. }
                                        | StmtKind::TypeSwitch { .. }
                                        | StmtKind::Select { .. }
                                        | StmtKind::For { .. }
                                        | StmtKind::Range { .. }
                                ) => {}
                            Some(_) => self.c.error(l.pos, format!("invalid break label {name}")),
                            None => self.c.error(l.pos, format!("break label not defined: {name}")),
                        },
                        Branch::Continue => match self.enclosing(b, name) {
                            Some(Some(t)) if matches!(t.kind, StmtKind::For { .. } | StmtKind::Range { .. }) => {}
                            Some(_) => self.c.error(l.pos, format!("invalid continue label {name}")),
                            None => self.c.error(l.pos, format!("continue label not defined: {name}")),
                        },
                        Branch::Goto => {
                            let target_ok = match self.labels.get_mut(&**name) {
                                Some(lab) => {
                                    lab.used = true;
                                    let mut cur = Some(b);
                                    let mut found = false;
                                    while let Some(i) = cur {
                                        if lab.block == i {
                                            found = true;
                                            break;
                                        }
                                        cur = self.blocks[i].parent;
                                    }
                                    found
                                }
                                None => false,
                            };
                            if !target_ok {
                                fwd.push((name.clone(), l.pos));
                            }
                        }
                        Branch::Fallthrough => {}
                    }
                }
                StmtKind::Block(blk) => fwd.extend(self.block(Some(b), ctxt, lbl.clone(), blk.lbrace, blk.stmts)),
                StmtKind::If { then, els, .. } => {
                    fwd.extend(self.block(Some(b), ctxt, lbl.clone(), then.lbrace, then.stmts));
                    if let Some(e) = els {
                        fwd.extend(self.block(Some(b), ctxt, lbl.clone(), e.pos, std::slice::from_ref(&**e)));
                    }
                }
                StmtKind::For { .. } | StmtKind::Range { .. } => {
                    let body = s.kind.loop_body().unwrap();
                    fwd.extend(self.block(Some(b), Targets { breaks: true, continues: true }, lbl.clone(), body.lbrace, body.stmts));
                }
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    let inner = Targets { breaks: true, continues: ctxt.continues };
                    for c in clauses.iter() {
                        fwd.extend(self.block(Some(b), inner, lbl.clone(), c.pos, c.body));
                    }
                }
                StmtKind::Select { clauses, .. } => {
                    let inner = Targets { breaks: true, continues: ctxt.continues };
                    for c in clauses.iter() {
                        fwd.extend(self.block(Some(b), inner, lbl.clone(), c.pos, c.body));
                    }
                }
                _ => {}
            }
        }
        fwd
    }
}
