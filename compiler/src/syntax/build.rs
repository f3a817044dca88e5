//! Constructors the grammar's actions call, so that `go.lalrpop` reads as a grammar.

use super::ast::*;
use super::pos::Pos;
use super::token::Name;
use lalrpop_util::ParseError;
use std::cell::RefCell;

#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub pos: Pos,
    pub msg: String,
    /// Where gc's single pass reports it, which orders the errors gc keeps
    /// (one per line, the first found): usually `pos`, but an error about a
    /// whole construct is found at its end.
    pub found: Pos,
}

pub type PResult<T> = Result<T, ParseError<u32, super::token::Tok, SyntaxError>>;

/// A parameter as parsed, before Go's grouping rule gives every entry a name or none.
pub struct Param {
    pub name: Option<Ident>,
    pub typ: P<Expr>,
    pub dots: Option<Pos>,
}

/// The number of receivers a method's receiver list declares.
pub fn receivers(recv: List<Field>) -> usize {
    recv.iter().map(|f| f.names.len().max(1)).sum()
}

/// A switch or select clause as parsed, with what its successor needs: its
/// keyword, and its statements.
pub struct Clause<T> {
    pub clause: T,
    pub pos: Pos,
    pub keyword: super::token::Tok,
    pub body: ClauseBody,
}

/// A switch or select clause, whose statements `Builder::clauses` may trim.
pub trait ClauseStmts {
    fn stmts_mut(&mut self) -> &mut List<Stmt>;
}

impl ClauseStmts for CaseClause {
    fn stmts_mut(&mut self) -> &mut List<Stmt> {
        &mut self.body
    }
}

impl ClauseStmts for CommClause {
    fn stmts_mut(&mut self) -> &mut List<Stmt> {
        &mut self.body
    }
}

/// A clause's statements, and whether the last one has no `;` after it (only the
/// closing `}` may stand for that `;`, not the next clause).
#[derive(Clone, Copy)]
pub struct ClauseBody {
    pub stmts: List<Stmt>,
    pub open: bool,
}

/// The memory one syntax tree lives in. Nodes are small and made by the hundred
/// thousand; one bump allocation each keeps them dense.
///
/// Invariant: the tree's nodes are handed out as `&'static` references (`ast::P`),
/// but live only as long as this arena. Whoever parses keeps the arena at least as
/// long as any reference into the tree: `types::Program` owns the arenas of every
/// tree it parsed and nothing else keeps a tree, so trees are freed with their
/// `Program`. Freeing runs no destructor of a node: the names a tree holds are
/// interned (`lexer::intern`) and stay in the interner.
pub struct Arena(Box<bumpalo::Bump>);

impl Arena {
    /// Nodes allocated here, as `ast::P` references (see the invariant).
    pub fn alloc<T>(&self, node: T) -> P<T> {
        // SAFETY: the Bump is boxed, so its chunks stay where they are when the
        // Arena moves, and they live as long as the Arena (see the invariant).
        let bump: &'static bumpalo::Bump = unsafe { &*(&*self.0 as *const bumpalo::Bump) };
        bump.alloc(node)
    }

    /// A list of nodes allocated here.
    pub fn list<T>(&self, nodes: Vec<T>) -> List<T> {
        // SAFETY: as in `alloc`.
        let bump: &'static bumpalo::Bump = unsafe { &*(&*self.0 as *const bumpalo::Bump) };
        bump.alloc_slice_fill_iter(nodes)
    }
}

impl Default for Arena {
    fn default() -> Self {
        Arena(Box::new(bumpalo::Bump::new()))
    }
}

/// Builds one file's tree: hands out node ids and owns the arena its nodes live in.
pub struct Builder<'a> {
    pub ids: &'a IdGen,
    arena: Arena,
    /// Errors gc's parser reports and parses on from (a parameter list mixing named
    /// and unnamed entries, a header's assignment where a condition belongs): the
    /// grammar builds a stand-in node and goes on, so the rest of the file is still
    /// checked for syntax errors. A file with any of them has no tree.
    reported: RefCell<Vec<SyntaxError>>,
}

impl<'a> Builder<'a> {
    pub fn new(ids: &'a IdGen) -> Self {
        Builder { ids, arena: Arena::default(), reported: RefCell::default() }
    }

    /// A builder for the tree of a big `src`, whose arena starts as one chunk big
    /// enough for a typical tree of that much source (about twelve bytes of nodes per
    /// byte), so that the tree is one dense run of memory: a chain of doubling chunks
    /// leaves half-used ones behind. (Small files keep the chain: a chunk sized for
    /// the worst case would stay mostly empty.)
    pub fn sized_for(ids: &'a IdGen, src: &str) -> Self {
        Builder { ids, arena: Arena(Box::new(bumpalo::Bump::with_capacity(12 * src.len()))), reported: RefCell::default() }
    }

    /// The arena the tree was built in, which must outlive it (see `Arena`).
    pub fn into_arena(self) -> Arena {
        self.arena
    }

    pub fn alloc<T>(&self, node: T) -> P<T> {
        self.arena.alloc(node)
    }

    pub fn alloc_opt<T>(&self, node: Option<T>) -> Option<P<T>> {
        node.map(|n| self.alloc(n))
    }

    pub fn list<T>(&self, nodes: Vec<T>) -> List<T> {
        self.arena.list(nodes)
    }

    pub fn one<T>(&self, node: T) -> List<T> {
        std::slice::from_ref(self.alloc(node))
    }

    pub fn error<T>(&self, pos: Pos, msg: &str) -> PResult<T> {
        Err(ParseError::User { error: SyntaxError { pos, msg: msg.to_string(), found: pos } })
    }

    /// Reports an error the parse goes on from (see `reported`).
    pub fn report(&self, pos: Pos, msg: impl Into<String>) {
        self.report_found(pos, pos, msg);
    }

    /// As `report`, for an error gc finds at `found`, after `pos`.
    fn report_found(&self, pos: Pos, found: Pos, msg: impl Into<String>) {
        self.reported.borrow_mut().push(SyntaxError { pos, msg: msg.into(), found });
    }

    /// The errors reported since the last call.
    pub fn take_reported(&self) -> Vec<SyntaxError> {
        self.reported.take()
    }

    /// A switch's or select's clauses; a clause after one whose last statement
    /// has no `;` is reported as gc's statement list reports it, and parsed on.
    pub fn clauses<T: ClauseStmts>(&self, mut clauses: Vec<Clause<T>>) -> List<T> {
        for i in 1..clauses.len() {
            let (prev, next) = (&clauses[i - 1], &clauses[i]);
            if !prev.body.open {
                continue;
            }
            match prev.body.stmts.split_last() {
                // a label right before the next clause labels nothing, and gc's
                // parser leaves it out
                Some((Stmt { kind: StmtKind::Labeled(_, Stmt { pos, kind: StmtKind::Empty }), .. }, rest)) => {
                    self.report(*pos, "syntax error: missing statement after label");
                    *clauses[i - 1].clause.stmts_mut() = rest;
                }
                _ => self.report(next.pos, format!("syntax error: unexpected {} at end of statement", next.keyword)),
            }
        }
        self.list(clauses.into_iter().map(|c| c.clause).collect())
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

    /// The call of a `go` or `defer` statement: gc's parser reports one in
    /// parentheses (an error that comes with any syntax error, and no syntax
    /// error: the file is type-checked despite it) and goes on with the
    /// expression inside.
    pub fn suspended_call(&self, keyword: &str, x: Expr) -> P<Expr> {
        if let ExprKind::Paren(inner) = x.kind {
            self.report(x.pos, format!("expression in {keyword} must not be parenthesized"));
            return inner.unparen();
        }
        self.alloc(x)
    }

    pub fn at(&self, pos: Pos, mut sig: FuncType) -> FuncType {
        sig.pos = pos;
        sig
    }

    pub fn unnamed(&self, typ: Expr) -> Field {
        Field { names: &[], typ: self.alloc(typ), dots: None, tag: None }
    }

    pub fn selector(&self, x: Expr, dot: Pos, sel: Ident) -> Expr {
        self.expr(x.pos, ExprKind::Selector(self.alloc(x), sel, dot))
    }

    /// `x op y`, where `x` is everything left of `op` (the grammar reads operators
    /// left to right) and `y` an operand: if `op` binds tighter than `x`'s operator,
    /// it takes `x`'s right operand instead. Right operands bind ever tighter, so
    /// this recurses at most once per precedence level, and each call makes one
    /// node (the rebuilt ones keep their ids).
    pub fn binary(&self, op: BinOp, op_pos: Pos, x: Expr, y: Expr) -> Expr {
        match x.kind {
            ExprKind::Binary { op: xop, op_pos: xpos, x: xl, y: xr } if xop.precedence() < op.precedence() => {
                let y = self.alloc(self.binary(op, op_pos, xr.clone(), y));
                Expr { kind: ExprKind::Binary { op: xop, op_pos: xpos, x: xl, y }, ..x }
            }
            _ => self.expr(x.pos, ExprKind::Binary { op, op_pos, x: self.alloc(x), y: self.alloc(y) }),
        }
    }

    pub fn type_assert(&self, x: Expr, typ: Option<Expr>, rparen: Pos) -> Expr {
        self.expr(x.pos, ExprKind::TypeAssert { x: self.alloc(x), typ: self.alloc_opt(typ), rparen })
    }

    /// `name [x] T` in a parameter list: parameter `name` of array type `[x]T`; or,
    /// without the element type, the generic type `name[x, ...]` as an unnamed
    /// parameter.
    pub fn bracket_param(&self, p: Pos, n: Name, lbrack: Pos, args: List<Expr>, rbrack: Pos, elem: Option<Expr>) -> PResult<Param> {
        match elem {
            Some(elem) if args.len() == 1 => {
                let t = self.expr(lbrack, ExprKind::ArrayType { len: Some(&args[0]), elem: self.alloc(elem) });
                Ok(Param { name: Some(self.ident(p, n)), typ: self.alloc(t), dots: None })
            }
            Some(elem) => {
                // gc's parser takes `name [x, ...]` for a generic type's
                // instance: after a comma it wants a type, after the `]` a
                // comma or `)`; a stand-in parameter goes on
                let found = |e: &Expr| leading_token(e).unwrap_or_else(|| "type".into());
                match args[1..].iter().find(|a| matches!(a.kind, ExprKind::Lit(..) | ExprKind::Unary(..))) {
                    Some(a) => self.report(a.pos, format!("syntax error: unexpected {}, expected ]", found(a))),
                    None => self.report(elem.pos, format!("syntax error: unexpected {} in parameter list; possibly missing comma or )", found(&elem))),
                }
                Ok(Param { name: Some(self.ident(p, n)), typ: self.alloc(elem), dots: None })
            }
            None => Ok(Param { name: None, typ: self.alloc(self.index(self.expr(p, ExprKind::Ident(n)), lbrack, args, rbrack)), dots: None }),
        }
    }

    pub fn index(&self, x: Expr, lbrack: Pos, index: List<Expr>, rbrack: Pos) -> Expr {
        self.expr(x.pos, ExprKind::Index { x: self.alloc(x), lbrack, index, rbrack })
    }

    /// gc positions a slice expression at its `[`, unlike other postfix expressions.
    pub fn slice(&self, x: Expr, lbrack: Pos, lo: Option<Expr>, hi: Option<Expr>, max: Option<Expr>, rbrack: Pos) -> Expr {
        let three = max.is_some();
        let (lo, hi, max) = (self.alloc_opt(lo), self.alloc_opt(hi), self.alloc_opt(max));
        self.expr(lbrack, ExprKind::Slice { x: self.alloc(x), lo, hi, max, three, rbrack })
    }

    /// `x[lo:hi:max]`, which needs `hi` (before the second colon, at `colon`)
    /// and `max`: gc's parser reports a missing one and parses on, and the
    /// checker takes it as a bad expression.
    pub fn slice3(&self, x: Expr, lbrack: Pos, lo: Option<Expr>, (hi, colon): (Option<Expr>, Pos), max: Option<Expr>, rbrack: Pos) -> Expr {
        if hi.is_none() {
            self.report(colon, "middle index required in 3-index slice");
        }
        if max.is_none() {
            self.report(rbrack, "final index required in 3-index slice");
        }
        let hi = hi.unwrap_or_else(|| self.expr(colon, ExprKind::Bad));
        let max = max.unwrap_or_else(|| self.expr(rbrack, ExprKind::Bad));
        self.slice(x, lbrack, lo, Some(hi), Some(max), rbrack)
    }

    pub fn call(&self, fun: Expr, lparen: Pos, (args, dots): (List<Expr>, bool), rparen: Pos) -> Expr {
        self.expr(fun.pos, ExprKind::Call { fun: self.alloc(fun), args, dots, lparen, rparen })
    }

    pub fn composite(&self, typ: Option<Expr>, (lbrace, elems, rbrace): (Pos, List<Element>, Pos)) -> Expr {
        let pos = typ.as_ref().map_or(lbrace, |t| t.pos);
        self.expr(pos, ExprKind::Composite { typ: self.alloc_opt(typ), elems, lbrace, rbrace })
    }

    /// `T{...}` where `T` was parsed as an expression: as in gc, only a (qualified)
    /// name, or a literal type in parentheses, can be the type of such a literal;
    /// the parentheses are reported as gc reports them, and the literal taken.
    pub fn named_composite(&self, t: Expr, v: (Pos, List<Element>, Pos)) -> PResult<Expr> {
        let literal_type = matches!(
            t.unparen().kind,
            ExprKind::Ident(_)
                | ExprKind::Selector(..)
                | ExprKind::Index { .. }
                | ExprKind::ArrayType { .. }
                | ExprKind::SliceType(_)
                | ExprKind::StructType(_)
                | ExprKind::MapType(..)
        );
        if !literal_type {
            return self.error(v.0, super::parser::NOT_A_LITERAL);
        }
        if matches!(t.kind, ExprKind::Paren(_)) {
            self.report(v.0, "syntax error: cannot parenthesize type in composite literal");
        }
        Ok(self.composite(Some(t), v))
    }

    /// A labeled statement; with no statement after the label, an empty one at
    /// the colon.
    pub fn labeled(&self, pos: Pos, label: Ident, colon: Pos, s: Option<Stmt>) -> Stmt {
        let s = s.unwrap_or(Stmt { pos: colon, kind: StmtKind::Empty });
        self.stmt(pos, StmtKind::Labeled(label, self.alloc(s)))
    }

    pub fn value_spec(&self, pos: Pos, names: List<Ident>, typ: Option<Expr>, values: List<Expr>) -> ValueSpec {
        ValueSpec { pos, names, typ: self.alloc_opt(typ), values, iota: 0, inherit: None }
    }

    /// Numbers the specs of a `const` group (iota) and links each spec without values
    /// to the last one with values (implicit repetition).
    pub fn const_group(&self, mut specs: Vec<ValueSpec>) -> List<ValueSpec> {
        let mut last: Option<P<ValueSpec>> = None;
        for (i, s) in specs.iter_mut().enumerate() {
            s.iota = i as u32;
            if s.values.is_empty() && s.typ.is_none() {
                s.inherit = last;
            } else {
                last = Some(self.alloc(ValueSpec { inherit: None, ..s.clone() }));
            }
        }
        self.list(specs)
    }

    /// A function or method declaration; gc's parser reports a method without
    /// exactly one receiver.
    pub fn func_decl(&self, pos: Pos, recv: Option<List<Field>>, name: Ident, tparams: List<Field>, mut sig: FuncType, body: Option<Block>) -> PResult<Decl> {
        match recv.map(receivers) {
            Some(0) => self.report(name.pos, "method has no receiver"),
            Some(2..) => self.report(name.pos, "method has multiple receivers"),
            _ => {}
        }
        sig.pos = pos;
        Ok(Decl::Func(self.alloc(FuncDecl { pos, recv, name, tparams, sig, body })))
    }

    /// Go's parameter grouping: either no entry is named, or all are, in which case a
    /// run of bare names takes the type that follows it (`a, b int`).
    pub fn params(&self, ps: Vec<Param>, rparen: Pos) -> List<Field> {
        let unnamed = |ps: Vec<Param>| self.list(ps.into_iter().map(|p| Field { names: &[], typ: p.typ, dots: p.dots, tag: None }).collect());
        let named = ps.iter().filter(|p| p.name.is_some()).count();
        if named == 0 {
            return unnamed(ps);
        }
        let bare = |p: &Param| p.name.is_none() && p.dots.is_none() && matches!(p.typ.kind, ExprKind::Ident(_));
        // gc's sweep from the right: a bare name takes the type after it; the
        // leftmost entry that has no name, or no type after it, is the error
        let (mut err, mut typ_after) = (None, false);
        for p in ps.iter().rev() {
            if bare(p) {
                if !typ_after {
                    err = Some(p.typ.pos);
                }
            } else {
                typ_after = true;
                if p.name.is_none() {
                    err = Some(p.dots.unwrap_or(p.typ.pos));
                }
            }
        }
        if let Some(pos) = err {
            let typed = ps.iter().filter(|p| !bare(p)).count();
            if named == typed {
                self.report(rparen, "syntax error: missing parameter type");
            } else {
                self.report(pos, "syntax error: missing parameter name");
            }
            return unnamed(ps);
        }
        let mut fields: Vec<Field> = Vec::new();
        let mut pending: Vec<Ident> = Vec::new();
        for p in ps {
            match p.name {
                Some(n) => {
                    pending.push(n);
                    fields.push(Field { names: self.list(std::mem::take(&mut pending)), typ: p.typ, dots: p.dots, tag: None });
                }
                // (only bare names are unnamed here: the others are reported above)
                None => match &p.typ.kind {
                    ExprKind::Ident(n) => pending.push(Ident { id: p.typ.id, pos: p.typ.pos, name: n.clone() }),
                    _ => unreachable!("an unnamed parameter that is not a bare name is reported above"),
                },
            }
        }
        self.list(fields)
    }

    /// A switch header's last simple statement decides what kind of switch it is.
    /// A header statement that is not an expression is reported, and the switch
    /// parsed on without a tag.
    /// A switch statement whose tag is simple statement `s` (with its
    /// operator's position): an expression, a type switch's guard, or an
    /// error.
    pub fn switch(&self, pos: Pos, init: Option<P<Stmt>>, s: Option<(P<Stmt>, Pos)>, clauses: List<CaseClause>, rbrace: Pos) -> Stmt {
        let untagged = StmtKind::Switch { init, tag: None, clauses, rbrace };
        let not_a_value = |s: &Stmt, op: Pos| {
            self.report_not_a_value(s, op, op);
            untagged.clone()
        };
        let kind = match s.map(|(s, op)| (s, &s.kind, op)) {
            None => untagged.clone(),
            Some((_, StmtKind::Expr(x), _)) => match x.kind {
                ExprKind::TypeAssert { x, typ: None, .. } => StmtKind::TypeSwitch { init, bind: None, x, clauses, rbrace },
                _ => StmtKind::Switch { init, tag: Some(x), clauses, rbrace },
            },
            Some((s, StmtKind::Define([lhs], [rhs], _), op)) => match (&lhs.kind, &rhs.kind) {
                (ExprKind::Ident(name), ExprKind::TypeAssert { x, typ: None, .. }) => {
                    let bind = Some(self.alloc(Ident { id: lhs.id, pos: lhs.pos, name: name.clone() }));
                    StmtKind::TypeSwitch { init, bind, x, clauses, rbrace }
                }
                _ => not_a_value(s, op),
            },
            Some((s, _, op)) => not_a_value(s, op),
        };
        self.stmt(pos, kind)
    }

    pub fn for_clause(&self, pos: Pos, init: Option<Stmt>, cond: Option<Expr>, post: Option<Stmt>, body: Block) -> Stmt {
        if let Some(Stmt { kind: StmtKind::Define(.., op), .. }) = &post {
            self.report(*op, "syntax error: cannot declare in post statement of for loop");
        }
        let (init, cond, post) = (self.alloc_opt(init), self.alloc_opt(cond), self.alloc_opt(post));
        self.stmt(pos, StmtKind::For { init, cond, post, body: self.alloc(body) })
    }

    /// An `if` or `for` whose header, ending at `end`, has statement `s` (with
    /// its operator at `op`) where a condition belongs: reported (gc does so
    /// once it has parsed the header), and an empty statement stands in for it.
    pub fn not_a_condition(&self, (s, op): (Stmt, Pos), end: Pos) -> Stmt {
        self.report_not_a_value(&s, op, end);
        self.stmt(s.pos, StmtKind::Empty)
    }

    /// gc's error for a simple statement `s` (with its operator at `op`) where
    /// a header ending at `end` wants an expression.
    fn report_not_a_value(&self, s: &Stmt, op: Pos, end: Pos) {
        use crate::types::exprstring::expr_string;
        let list = |es: &[Expr]| es.iter().map(expr_string).collect::<Vec<_>>().join(", ");
        let text = match &s.kind {
            StmtKind::Send(ch, v) => format!("{} <- {}", expr_string(ch), expr_string(v)),
            StmtKind::IncDec(x, inc) => format!("{}{}", expr_string(x), if *inc { "++" } else { "--" }),
            StmtKind::Assign(l, r) => format!("assignment {} = {}", list(l), list(r)),
            StmtKind::Define(l, r, _) => format!("{} := {}", list(l), list(r)),
            StmtKind::OpAssign(op, x, y) => format!("{} {}= {}", expr_string(x), op.text(), expr_string(y)),
            _ => unreachable!("not a NotCond statement"),
        };
        self.report_found(op, end, format!("syntax error: cannot use {text} as value"));
    }

    pub fn range(&self, pos: Pos, lhs: List<Expr>, define: bool, x: Expr, body: Block) -> PResult<Stmt> {
        let mut it = lhs.iter();
        let (key, value, extra) = (it.next(), it.next(), it.next());
        Ok(self.stmt(pos, StmtKind::Range { key, value, extra, define, x: self.alloc(x), body: self.alloc(RangeBody::new(body)) }))
    }
}

/// How gc's syntax errors name the token expression `e` starts with (a name,
/// a literal, a keyword, an operator), where its tree tells.
fn leading_token(e: &Expr) -> Option<String> {
    Some(match &e.kind {
        ExprKind::Ident(n) => format!("name {n}"),
        ExprKind::Lit(_, text) => format!("literal {text}"),
        ExprKind::Unary(op, _) => op.text().to_string(),
        ExprKind::Star(_) => "*".into(),
        ExprKind::Paren(_) => "(".into(),
        ExprKind::ArrayType { .. } | ExprKind::SliceType(_) => "[".into(),
        ExprKind::MapType(..) => "keyword map".into(),
        ExprKind::ChanType(ChanDir::Recv, _) => "<-".into(),
        ExprKind::ChanType(..) => "keyword chan".into(),
        ExprKind::FuncType(_) | ExprKind::FuncLit(_) => "keyword func".into(),
        ExprKind::StructType(_) => "keyword struct".into(),
        ExprKind::InterfaceType(_) => "keyword interface".into(),
        ExprKind::Selector(x, ..)
        | ExprKind::Index { x, .. }
        | ExprKind::Slice { x, .. }
        | ExprKind::TypeAssert { x, .. }
        | ExprKind::Call { fun: x, .. }
        | ExprKind::Binary { x, .. } => return leading_token(x),
        ExprKind::Composite { typ: Some(t), .. } => return leading_token(t),
        ExprKind::Composite { typ: None, .. } | ExprKind::Bad => return None,
    })
}
