//! Constructors the grammar's actions call, so that `go.lalrpop` reads as a grammar.

use super::ast::*;
use super::pos::Pos;
use super::token::Name;
use lalrpop_util::ParseError;

#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub pos: Pos,
    pub msg: String,
}

pub type PResult<T> = Result<T, ParseError<u32, super::token::Tok, SyntaxError>>;

/// A parameter as parsed, before Go's grouping rule gives every entry a name or none.
pub struct Param {
    pub name: Option<Ident>,
    pub typ: Expr,
    pub dots: Option<Pos>,
}

pub struct Builder<'a> {
    pub ids: &'a IdGen,
}

impl Builder<'_> {
    pub fn error<T>(&self, pos: Pos, msg: &str) -> PResult<T> {
        Err(ParseError::User { error: SyntaxError { pos, msg: msg.to_string() } })
    }

    pub fn ident(&self, pos: Pos, name: Name) -> Ident {
        Ident { id: self.ids.next(), pos, name }
    }

    pub fn expr(&self, pos: Pos, kind: ExprKind) -> Expr {
        Expr { id: self.ids.next(), pos, kind }
    }

    pub fn stmt(&self, pos: Pos, kind: StmtKind) -> Stmt {
        Stmt { pos, kind }
    }

    pub fn at(&self, pos: Pos, mut sig: FuncType) -> FuncType {
        sig.pos = pos;
        sig
    }

    pub fn unnamed(&self, typ: Expr) -> Field {
        Field { names: List::default(), typ, variadic: false, tag: None }
    }

    pub fn selector(&self, x: Expr, sel: Ident) -> Expr {
        self.expr(x.pos, ExprKind::Selector(Box::new(x), sel))
    }

    pub fn binary(&self, op: BinOp, op_pos: Pos, x: Expr, y: Expr) -> Expr {
        self.expr(x.pos, ExprKind::Binary { op, op_pos, x: Box::new(x), y: Box::new(y) })
    }

    pub fn type_assert(&self, x: Expr, typ: Option<Expr>, rparen: Pos) -> Expr {
        self.expr(x.pos, ExprKind::TypeAssert { x: Box::new(x), typ: typ.map(Box::new), rparen })
    }

    pub fn index(&self, x: Expr, index: List<Expr>, rbrack: Pos) -> Expr {
        self.expr(x.pos, ExprKind::Index { x: Box::new(x), index, rbrack })
    }

    /// gc positions a slice expression at its `[`, unlike other postfix expressions.
    pub fn slice(&self, x: Expr, lbrack: Pos, lo: Option<Expr>, hi: Option<Expr>, max: Option<Expr>, rbrack: Pos) -> Expr {
        let three = max.is_some();
        let (lo, hi, max) = (lo.map(Box::new), hi.map(Box::new), max.map(Box::new));
        self.expr(lbrack, ExprKind::Slice { x: Box::new(x), lo, hi, max, three, rbrack })
    }

    pub fn call(&self, fun: Expr, lparen: Pos, (args, dots): (List<Expr>, bool), rparen: Pos) -> Expr {
        self.expr(fun.pos, ExprKind::Call { fun: Box::new(fun), args, dots, lparen, rparen })
    }

    pub fn composite(&self, typ: Option<Expr>, (lbrace, elems, rbrace): (Pos, List<Element>, Pos)) -> Expr {
        let pos = typ.as_ref().map_or(lbrace, |t| t.pos);
        self.expr(pos, ExprKind::Composite { typ: typ.map(Box::new), elems, lbrace, rbrace })
    }

    /// `T{...}` where `T` was parsed as an expression: as in gc, only a (qualified)
    /// name can be the type of such a literal.
    pub fn named_composite(&self, t: Expr, v: (Pos, List<Element>, Pos)) -> PResult<Expr> {
        match &t.unparen().kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => Ok(self.composite(Some(t), v)),
            ExprKind::Index { .. } => self.error(t.pos, "minigo does not support generics"),
            _ => self.error(v.0, "syntax error: unexpected { at end of statement"),
        }
    }

    pub fn labeled(&self, pos: Pos, label: Ident, s: Option<Stmt>) -> Stmt {
        let s = s.unwrap_or(Stmt { pos: label.pos, kind: StmtKind::Empty });
        self.stmt(pos, StmtKind::Labeled(label, Box::new(s)))
    }

    pub fn value_spec(&self, pos: Pos, names: List<Ident>, typ: Option<Expr>, values: List<Expr>) -> ValueSpec {
        ValueSpec { pos, names, typ, values, iota: 0, inherit: None }
    }

    /// Numbers the specs of a `const` group (iota) and links each spec without values
    /// to the last one with values (implicit repetition).
    pub fn const_group(&self, mut specs: List<ValueSpec>) -> List<ValueSpec> {
        let mut last: Option<ValueSpec> = None;
        for (i, s) in specs.iter_mut().enumerate() {
            s.iota = i as u32;
            if s.values.is_empty() && s.typ.is_none() {
                s.inherit = last.clone().map(Box::new);
            } else {
                last = Some(ValueSpec { inherit: None, ..s.clone() });
            }
        }
        specs
    }

    pub fn func_decl(&self, pos: Pos, recv: Option<List<Field>>, name: Ident, mut sig: FuncType, body: Option<Block>) -> PResult<Decl> {
        sig.pos = pos;
        Ok(Decl::Func(Box::new(FuncDecl { pos, recv, name, sig, body })))
    }

    /// Go's parameter grouping: either no entry is named, or all are, in which case a
    /// run of bare names takes the type that follows it (`a, b int`).
    pub fn params(&self, ps: List<Param>, rparen: Pos) -> PResult<List<Field>> {
        let named = ps.iter().filter(|p| p.name.is_some()).count();
        if named == 0 {
            return Ok(ps.into_vec().into_iter().map(|p| Field { names: List::default(), typ: p.typ, variadic: p.dots.is_some(), tag: None }).collect());
        }
        let mut fields: Vec<Field> = Vec::new();
        let mut pending: Vec<Ident> = Vec::new();
        for p in ps.into_vec() {
            match p.name {
                Some(n) => {
                    pending.push(n);
                    fields.push(Field { names: std::mem::take(&mut pending).into(), typ: p.typ, variadic: p.dots.is_some(), tag: None });
                }
                None => match (&p.typ.kind, p.dots) {
                    (ExprKind::Ident(n), None) => pending.push(Ident { id: p.typ.id, pos: p.typ.pos, name: n.clone() }),
                    _ => return self.error(p.typ.pos, "syntax error: mixed named and unnamed parameters"),
                },
            }
        }
        if let Some(n) = pending.first() {
            let pos = if pending.len() > 1 { n.pos } else { rparen };
            return self.error(pos, "syntax error: mixed named and unnamed parameters");
        }
        Ok(fields.into())
    }

    /// A switch header's last simple statement decides what kind of switch it is.
    pub fn switch(&self, pos: Pos, init: Option<Stmt>, s: Option<Stmt>, clauses: Vec<CaseClause>, rbrace: Pos) -> PResult<Stmt> {
        let init = init.map(Box::new);
        let clauses = clauses.into();
        let kind = match s.map(|s| s.kind) {
            None => StmtKind::Switch { init, tag: None, clauses, rbrace },
            Some(StmtKind::Expr(x)) => match x.kind {
                ExprKind::TypeAssert { x, typ: None, .. } => StmtKind::TypeSwitch { init, bind: None, x, clauses, rbrace },
                kind => StmtKind::Switch { init, tag: Some(Box::new(Expr { kind, ..x })), clauses, rbrace },
            },
            Some(StmtKind::Define(l, r, _)) if l.len() == 1 && r.len() == 1 => {
                let (lhs, rhs) = (l.into_vec().remove(0), r.into_vec().remove(0));
                match (lhs.kind, rhs.kind) {
                    (ExprKind::Ident(name), ExprKind::TypeAssert { x, typ: None, .. }) => {
                        let bind = Some(Ident { id: lhs.id, pos: lhs.pos, name });
                        StmtKind::TypeSwitch { init, bind, x, clauses, rbrace }
                    }
                    _ => return self.error(lhs.pos, "syntax error: switch expression must be an expression"),
                }
            }
            Some(_) => return self.error(pos, "syntax error: switch expression must be an expression"),
        };
        Ok(self.stmt(pos, kind))
    }

    pub fn for_clause(&self, pos: Pos, init: Option<Stmt>, cond: Option<Expr>, post: Option<Stmt>, body: Block) -> PResult<Stmt> {
        if let Some(Stmt { pos, kind: StmtKind::Define(..) }) = &post {
            return self.error(*pos, "syntax error: cannot declare in post statement of for loop");
        }
        let (init, cond, post) = (init.map(Box::new), cond.map(Box::new), post.map(Box::new));
        Ok(self.stmt(pos, StmtKind::For { init, cond, post, body }))
    }

    pub fn range(&self, pos: Pos, lhs: List<Expr>, define: bool, x: Expr, body: Block) -> PResult<Stmt> {
        let mut it = lhs.into_vec().into_iter();
        let (key, value, extra) = (it.next().map(Box::new), it.next().map(Box::new), it.next().map(Box::new));
        Ok(self.stmt(pos, StmtKind::Range { key, value, extra, define, x: Box::new(x), body }))
    }
}
