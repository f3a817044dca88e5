//! Deep copies of syntax trees with fresh node ids.
//!
//! minigo compiles a generic function once per instantiation (see
//! `types::instantiate`): each instance is a copy of the generic declaration,
//! checked with its type parameters bound to the type arguments. The checker's side
//! tables are keyed by node id, so a copy must not share ids with the original or
//! with other copies: `Cloner` gives every expression, identifier and case clause of
//! the copy a new one. Positions are kept, so diagnostics and tracebacks point into
//! the generic declaration as written.

use super::ast::*;
use super::build::Arena;

pub struct Cloner<'a> {
    pub arena: &'a Arena,
    pub ids: &'a IdGen,
}

impl Cloner<'_> {
    fn p<T>(&self, node: T) -> P<T> {
        self.arena.alloc(node)
    }

    fn list<T, U>(&self, xs: &[U], f: impl Fn(&Self, &U) -> T) -> List<T> {
        self.arena.list(xs.iter().map(|x| f(self, x)).collect())
    }

    pub fn func_decl(&self, d: &FuncDecl) -> P<FuncDecl> {
        self.p(FuncDecl {
            pos: d.pos,
            recv: d.recv.map(|r| self.list(r, Self::field)),
            name: self.ident(&d.name),
            tparams: self.list(d.tparams, Self::field),
            sig: self.func_type(&d.sig),
            body: d.body.as_ref().map(|b| self.block(b)),
        })
    }

    fn ident(&self, i: &Ident) -> Ident {
        Ident { id: self.ids.next(), pos: i.pos, name: i.name.clone() }
    }

    fn field(&self, f: &Field) -> Field {
        Field { names: self.list(f.names, Self::ident), typ: self.pexpr(f.typ), dots: f.dots, tag: f.tag.clone() }
    }

    fn func_type(&self, t: &FuncType) -> FuncType {
        FuncType { pos: t.pos, params: self.list(t.params, Self::field), results: self.list(t.results, Self::field) }
    }

    fn block(&self, b: &Block) -> Block {
        Block { lbrace: b.lbrace, stmts: self.list(b.stmts, Self::stmt), rbrace: b.rbrace }
    }

    fn pexpr(&self, e: &Expr) -> P<Expr> {
        self.p(self.expr(e))
    }

    fn oexpr(&self, e: Option<P<Expr>>) -> Option<P<Expr>> {
        e.map(|e| self.pexpr(e))
    }

    fn expr(&self, e: &Expr) -> Expr {
        let kind = match &e.kind {
            ExprKind::Bad => ExprKind::Bad,
            ExprKind::Ident(n) => ExprKind::Ident(n.clone()),
            ExprKind::Lit(k, v) => ExprKind::Lit(*k, v.clone()),
            ExprKind::Composite { typ, elems, lbrace, rbrace } => ExprKind::Composite {
                typ: self.oexpr(*typ),
                elems: self.list(elems, |c, el| Element { key: c.oexpr(el.key), value: c.expr(&el.value) }),
                lbrace: *lbrace,
                rbrace: *rbrace,
            },
            ExprKind::FuncLit(f) => ExprKind::FuncLit(self.p(FuncLit { sig: self.func_type(&f.sig), body: self.block(&f.body) })),
            ExprKind::Paren(x) => ExprKind::Paren(self.pexpr(x)),
            ExprKind::Selector(x, sel, dot) => ExprKind::Selector(self.pexpr(x), self.ident(sel), *dot),
            ExprKind::Index { x, lbrack, index, rbrack } => {
                ExprKind::Index { x: self.pexpr(x), lbrack: *lbrack, index: self.list(index, Self::expr), rbrack: *rbrack }
            }
            ExprKind::Slice { x, lo, hi, max, three, rbrack } => {
                ExprKind::Slice { x: self.pexpr(x), lo: self.oexpr(*lo), hi: self.oexpr(*hi), max: self.oexpr(*max), three: *three, rbrack: *rbrack }
            }
            ExprKind::TypeAssert { x, typ, rparen } => ExprKind::TypeAssert { x: self.pexpr(x), typ: self.oexpr(*typ), rparen: *rparen },
            ExprKind::Call { fun, args, dots, lparen, rparen } => {
                ExprKind::Call { fun: self.pexpr(fun), args: self.list(args, Self::expr), dots: *dots, lparen: *lparen, rparen: *rparen }
            }
            ExprKind::Star(x) => ExprKind::Star(self.pexpr(x)),
            ExprKind::Unary(op, x) => ExprKind::Unary(*op, self.pexpr(x)),
            ExprKind::Binary { op, op_pos, x, y } => ExprKind::Binary { op: *op, op_pos: *op_pos, x: self.pexpr(x), y: self.pexpr(y) },
            ExprKind::ArrayType { len, elem } => ExprKind::ArrayType { len: self.oexpr(*len), elem: self.pexpr(elem) },
            ExprKind::SliceType(x) => ExprKind::SliceType(self.pexpr(x)),
            ExprKind::MapType(k, v) => ExprKind::MapType(self.pexpr(k), self.pexpr(v)),
            ExprKind::ChanType(d, x) => ExprKind::ChanType(*d, self.pexpr(x)),
            ExprKind::FuncType(t) => ExprKind::FuncType(self.p(self.func_type(t))),
            ExprKind::StructType(fs) => ExprKind::StructType(self.list(fs, Self::field)),
            ExprKind::InterfaceType(els) => ExprKind::InterfaceType(self.list(els, |c, el| match el {
                IfaceElem::Method(n, t) => IfaceElem::Method(c.ident(n), c.p(c.func_type(t))),
                IfaceElem::Embed(t) => IfaceElem::Embed(c.expr(t)),
                IfaceElem::TypeSet(t) => IfaceElem::TypeSet(c.expr(t)),
            })),
        };
        // a checker-made node keeps its marker id (see `Checker::record`)
        let id = if e.id.0 == u32::MAX { e.id } else { self.ids.next() };
        Expr { id, pos: e.pos, kind }
    }

    fn pstmt(&self, s: &Stmt) -> P<Stmt> {
        self.p(self.stmt(s))
    }

    fn ostmt(&self, s: Option<P<Stmt>>) -> Option<P<Stmt>> {
        s.map(|s| self.pstmt(s))
    }

    fn stmt(&self, s: &Stmt) -> Stmt {
        let kind = match &s.kind {
            StmtKind::Empty => StmtKind::Empty,
            StmtKind::Decl(d) => StmtKind::Decl(self.decl(d)),
            StmtKind::Labeled(l, s) => StmtKind::Labeled(self.ident(l), self.pstmt(s)),
            StmtKind::Expr(x) => StmtKind::Expr(self.pexpr(x)),
            StmtKind::Send(c, v) => StmtKind::Send(self.pexpr(c), self.pexpr(v)),
            StmtKind::IncDec(x, inc) => StmtKind::IncDec(self.pexpr(x), *inc),
            StmtKind::Assign(l, r) => StmtKind::Assign(self.list(l, Self::expr), self.list(r, Self::expr)),
            StmtKind::OpAssign(op, l, r) => StmtKind::OpAssign(*op, self.pexpr(l), self.pexpr(r)),
            StmtKind::Define(l, r, p) => StmtKind::Define(self.list(l, Self::expr), self.list(r, Self::expr), *p),
            StmtKind::Go(x) => StmtKind::Go(self.pexpr(x)),
            StmtKind::Defer(x) => StmtKind::Defer(self.pexpr(x)),
            StmtKind::Return(xs) => StmtKind::Return(self.list(xs, Self::expr)),
            StmtKind::Branch(b, l) => StmtKind::Branch(*b, l.as_ref().map(|l| self.ident(l))),
            StmtKind::Block(b) => StmtKind::Block(self.block(b)),
            StmtKind::If { init, cond, then, els } => {
                StmtKind::If { init: self.ostmt(*init), cond: self.pexpr(cond), then: self.p(self.block(then)), els: self.ostmt(*els) }
            }
            StmtKind::Switch { init, tag, clauses, rbrace } => {
                StmtKind::Switch { init: self.ostmt(*init), tag: self.oexpr(*tag), clauses: self.list(clauses, Self::case), rbrace: *rbrace }
            }
            StmtKind::TypeSwitch { init, bind, x, clauses, rbrace } => StmtKind::TypeSwitch {
                init: self.ostmt(*init),
                bind: bind.map(|b| self.p(self.ident(b))),
                x: self.pexpr(x),
                clauses: self.list(clauses, Self::case),
                rbrace: *rbrace,
            },
            StmtKind::Select { clauses, rbrace } => StmtKind::Select {
                clauses: self.list(clauses, |c, cc| CommClause { pos: cc.pos, comm: c.ostmt(cc.comm), colon: cc.colon, body: c.list(cc.body, Self::stmt) }),
                rbrace: *rbrace,
            },
            StmtKind::For { init, cond, post, body } => {
                StmtKind::For { init: self.ostmt(*init), cond: self.oexpr(*cond), post: self.ostmt(*post), body: self.p(self.block(body)) }
            }
            // (each copy is rewritten by its own check)
            StmtKind::Range { key, value, extra, define, x, body } => StmtKind::Range {
                key: self.oexpr(*key),
                value: self.oexpr(*value),
                extra: self.oexpr(*extra),
                define: *define,
                x: self.pexpr(x),
                body: self.p(RangeBody::new(self.block(body))),
            },
        };
        Stmt { pos: s.pos, kind }
    }

    fn case(&self, c: &CaseClause) -> CaseClause {
        CaseClause { id: self.ids.next(), pos: c.pos, exprs: c.exprs.map(|xs| self.list(xs, Self::expr)), colon: c.colon, body: self.list(c.body, Self::stmt) }
    }

    fn decl(&self, d: &Decl) -> Decl {
        match d {
            Decl::Const(specs) => Decl::Const(self.value_specs(specs)),
            Decl::Var(specs) => Decl::Var(self.value_specs(specs)),
            Decl::Type(specs) => Decl::Type(self.list(specs, |c, s| TypeSpec {
                name: c.ident(&s.name),
                alias: s.alias,
                tparams: c.list(s.tparams, Self::field),
                typ: c.pexpr(s.typ),
            })),
            Decl::Func(f) => Decl::Func(self.func_decl(f)),
        }
    }

    /// A const group links each spec without values to a node repeating the last
    /// spec with values, sharing its value expressions (see `Builder::const_group`);
    /// the copy links the same way to the copied expressions.
    fn value_specs(&self, specs: &[ValueSpec]) -> List<ValueSpec> {
        let mut out: Vec<ValueSpec> = Vec::with_capacity(specs.len());
        let mut last: Option<(*const Expr, P<ValueSpec>)> = None;
        for s in specs {
            let inherit = match (s.inherit, last) {
                (Some(orig), Some((values, copy))) if std::ptr::eq(orig.values.as_ptr(), values) => Some(copy),
                (Some(orig), _) => Some(self.p(self.value_spec(orig, None))),
                (None, _) => None,
            };
            let copy = self.value_spec(s, inherit);
            if inherit.is_none() && !s.values.is_empty() {
                last = Some((s.values.as_ptr(), self.p(ValueSpec { inherit: None, ..copy.clone() })));
            }
            out.push(copy);
        }
        self.arena.list(out)
    }

    fn value_spec(&self, s: &ValueSpec, inherit: Option<P<ValueSpec>>) -> ValueSpec {
        ValueSpec { pos: s.pos, names: self.list(s.names, Self::ident), typ: self.oexpr(s.typ), values: self.list(s.values, Self::expr), iota: s.iota, inherit }
    }
}
