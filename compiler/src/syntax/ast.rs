//! The abstract syntax tree. Types are expressions, as in go/ast: the checker decides
//! whether `*T` or `[]int` denotes a type or a value. Every expression and identifier has
//! a `NodeId` (see `ids`) that indexes the checker's side tables.

pub use super::ids::{Gaps, IdGen, NodeId};
use super::pos::Pos;
use super::token::Name;
use std::sync::OnceLock;

/// A child node. A file's tree lives in its own arena (see `Builder`) for the rest of
/// the process, as the REPL keeps referring to earlier inputs' declarations, so
/// children are plain references: no per-node allocation, nothing to free.
pub type P<T> = &'static T;

/// A list of nodes, in the arena and exactly as long as the source's list.
pub type List<T> = &'static [T];

#[derive(Clone, Debug)]
pub struct Ident {
    pub id: NodeId,
    pub pos: Pos,
    pub name: Name,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        &*self.name == "_"
    }
}

#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: List<Import>,
    pub decls: List<Decl>,
    pub end: Pos,
}

#[derive(Clone, Debug)]
pub struct Import {
    pub name: Option<Ident>,
    pub pos: Pos,
    /// The path literal as written, quotes included.
    pub path: Name,
}

impl Import {
    /// The path the literal spells.
    pub fn path_value(&self) -> String {
        String::from_utf8_lossy(&super::literal::string_value(&self.path)).into_owned()
    }
}

#[derive(Clone, Debug)]
pub enum Decl {
    Const(List<ValueSpec>),
    Var(List<ValueSpec>),
    Type(List<TypeSpec>),
    Func(P<FuncDecl>),
}

#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub pos: Pos,
    pub names: List<Ident>,
    pub typ: Option<P<Expr>>,
    pub values: List<Expr>,
    /// Index in its `const (...)` group: the value of `iota`.
    pub iota: u32,
    /// For a const spec without values: the spec it repeats (implicit repetition).
    pub inherit: Option<P<ValueSpec>>,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub alias: bool,
    /// Type parameters of a generic type (`type List[T any] ...`); empty otherwise.
    pub tparams: List<Field>,
    pub typ: P<Expr>,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub pos: Pos,
    /// The receiver list as written; the checker requires exactly one.
    pub recv: Option<List<Field>>,
    pub name: Ident,
    /// Type parameters of a generic function; each field's type is its constraint.
    pub tparams: List<Field>,
    pub sig: FuncType,
    pub body: Option<Block>,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub pos: Pos,
    pub params: List<Field>,
    pub results: List<Field>,
}

/// A parameter, result, or struct field group: `a, b int`, `int`, `...T`, or an
/// embedded field (no names) with its tag.
#[derive(Clone, Debug)]
pub struct Field {
    pub names: List<Ident>,
    pub typ: P<Expr>,
    /// Where the `...` of a variadic parameter is (valid only on a
    /// signature's final parameter).
    pub dots: Option<Pos>,
    pub tag: Option<Name>,
}

#[derive(Clone, Debug)]
pub enum IfaceElem {
    Method(Ident, P<FuncType>),
    Embed(Expr),
    /// `~T` or `A | B`: a union of type terms (a `Binary` `|` of terms, each a type
    /// or a `Unary` `~`), which makes the interface a constraint.
    TypeSet(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
}

impl BinOp {
    pub fn text(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
        }
    }
    pub fn precedence(self) -> u8 {
        use BinOp::*;
        match self {
            LOr => 1,
            LAnd => 2,
            Eql | Neq | Lss | Leq | Gtr | Geq => 3,
            Add | Sub | Or | Xor => 4,
            _ => 5,
        }
    }
    pub fn is_comparison(self) -> bool {
        self.precedence() == 3
    }
    pub fn is_shift(self) -> bool {
        matches!(self, BinOp::Shl | BinOp::Shr)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Pos,
    Neg,
    Not,
    Xor,
    Addr,
    Recv,
    /// `~T`: only in a constraint's type terms.
    Tilde,
}

impl UnOp {
    pub fn text(self) -> &'static str {
        match self {
            UnOp::Pos => "+",
            UnOp::Neg => "-",
            UnOp::Not => "!",
            UnOp::Xor => "^",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
            UnOp::Tilde => "~",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    Str,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    /// Start of the expression (gc reports most errors at an expression's start).
    pub pos: Pos,
    pub kind: ExprKind,
}

#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<P<Expr>>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Bad,
    Ident(Name),
    Lit(LitKind, Name),
    Composite {
        typ: Option<P<Expr>>,
        elems: List<Element>,
        lbrace: Pos,
        rbrace: Pos,
    },
    FuncLit(P<FuncLit>),
    Paren(P<Expr>),
    /// `x.sel`, with the position of its `.` (gc's position of the selector).
    Selector(P<Expr>, Ident, Pos),
    /// `x[i]`; more than one index only arises from generic instantiation.
    Index {
        x: P<Expr>,
        lbrack: Pos,
        index: List<Expr>,
        rbrack: Pos,
    },
    Slice {
        x: P<Expr>,
        lo: Option<P<Expr>>,
        hi: Option<P<Expr>>,
        max: Option<P<Expr>>,
        three: bool,
        rbrack: Pos,
    },
    /// `x.(T)`; `typ` is `None` for `x.(type)`.
    TypeAssert {
        x: P<Expr>,
        typ: Option<P<Expr>>,
        rparen: Pos,
    },
    Call {
        fun: P<Expr>,
        args: List<Expr>,
        dots: bool,
        lparen: Pos,
        rparen: Pos,
    },
    Star(P<Expr>),
    Unary(UnOp, P<Expr>),
    Binary {
        op: BinOp,
        op_pos: Pos,
        x: P<Expr>,
        y: P<Expr>,
    },
    /// `[N]T`, or `[...]T` when `len` is `None`.
    ArrayType {
        len: Option<P<Expr>>,
        elem: P<Expr>,
    },
    SliceType(P<Expr>),
    MapType(P<Expr>, P<Expr>),
    ChanType(ChanDir, P<Expr>),
    FuncType(P<FuncType>),
    StructType(List<Field>),
    InterfaceType(List<IfaceElem>),
}

impl Expr {
    /// The position gc's syntax tree gives this expression, where messages
    /// quote it: a call's `(`, an index's `[`, a selector's `.`, a binary
    /// operator; else where it starts.
    pub fn node_pos(&self) -> Pos {
        match &self.kind {
            ExprKind::Call { lparen, .. } => *lparen,
            ExprKind::Index { lbrack, .. } => *lbrack,
            ExprKind::Selector(_, _, dot) => *dot,
            ExprKind::Binary { op_pos, .. } => *op_pos,
            _ => self.pos,
        }
    }

    /// The expression without enclosing parentheses.
    pub fn unparen(&self) -> &Expr {
        match &self.kind {
            ExprKind::Paren(x) => x.unparen(),
            _ => self,
        }
    }
    pub fn as_ident(&self) -> Option<&Name> {
        match &self.kind {
            ExprKind::Ident(n) => Some(n),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct FuncLit {
    pub sig: FuncType,
    pub body: Block,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub lbrace: Pos,
    pub stmts: List<Stmt>,
    pub rbrace: Pos,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Branch {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

impl Branch {
    pub fn text(self) -> &'static str {
        match self {
            Branch::Break => "break",
            Branch::Continue => "continue",
            Branch::Goto => "goto",
            Branch::Fallthrough => "fallthrough",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub pos: Pos,
    pub kind: StmtKind,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    Decl(Decl),
    Labeled(Ident, P<Stmt>),
    Expr(P<Expr>),
    Send(P<Expr>, P<Expr>),
    IncDec(P<Expr>, bool),
    Assign(List<Expr>, List<Expr>),
    OpAssign(BinOp, P<Expr>, P<Expr>),
    /// `a, b := ...`: the left side as parsed (the checker requires names), and the
    /// position of `:=`.
    Define(List<Expr>, List<Expr>, Pos),
    Go(P<Expr>),
    Defer(P<Expr>),
    Return(List<Expr>),
    Branch(Branch, Option<Ident>),
    Block(Block),
    If {
        init: Option<P<Stmt>>,
        cond: P<Expr>,
        then: P<Block>,
        els: Option<P<Stmt>>,
    },
    Switch {
        init: Option<P<Stmt>>,
        tag: Option<P<Expr>>,
        clauses: List<CaseClause>,
        rbrace: Pos,
    },
    /// `switch [bind :=] x.(type) { ... }`; `x` is the operand of the type assertion.
    TypeSwitch {
        init: Option<P<Stmt>>,
        bind: Option<P<Ident>>,
        x: P<Expr>,
        clauses: List<CaseClause>,
        rbrace: Pos,
    },
    Select {
        clauses: List<CommClause>,
        rbrace: Pos,
    },
    For {
        init: Option<P<Stmt>>,
        cond: Option<P<Expr>>,
        post: Option<P<Stmt>>,
        body: P<Block>,
    },
    /// `extra` holds a third iteration variable, which the checker rejects as gc does.
    Range {
        key: Option<P<Expr>>,
        value: Option<P<Expr>>,
        extra: Option<P<Expr>>,
        define: bool,
        x: P<Expr>,
        body: P<RangeBody>,
    },
}

/// A range loop's body.
#[derive(Debug)]
pub struct RangeBody {
    pub block: Block,
    /// For a range over a function: the statements the checker rewrote the loop
    /// into (see `types::rangefunc`), which the back end compiles instead.
    pub lowered: OnceLock<P<Stmt>>,
}

impl RangeBody {
    pub fn new(block: Block) -> RangeBody {
        RangeBody { block, lowered: OnceLock::new() }
    }
}

impl std::ops::Deref for RangeBody {
    type Target = Block;
    fn deref(&self) -> &Block {
        &self.block
    }
}

impl StmtKind {
    /// The body of a `for` or range loop.
    pub fn loop_body(&self) -> Option<&'static Block> {
        match self {
            StmtKind::For { body, .. } => Some(body),
            StmtKind::Range { body, .. } => Some(&body.block),
            _ => None,
        }
    }
}

impl Stmt {
    /// What the back end compiles for this statement: the rewritten form of a
    /// range over a function, else the statement itself.
    pub fn lowered(&self) -> &Stmt {
        match &self.kind {
            StmtKind::Range { body, .. } => body.lowered.get().copied().unwrap_or(self),
            _ => self,
        }
    }
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    pub id: NodeId,
    pub pos: Pos,
    /// `None` for `default`.
    pub exprs: Option<List<Expr>>,
    pub colon: Pos,
    pub body: List<Stmt>,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    pub pos: Pos,
    /// `None` for `default`; else a send, receive, or receive-assignment statement.
    pub comm: Option<P<Stmt>>,
    pub colon: Pos,
    pub body: List<Stmt>,
}

#[cfg(test)]
mod size_tests {
    /// Node sizes bound the front end's memory, which is most of its time on big
    /// files; grow them only on purpose.
    #[test]
    fn nodes_stay_small() {
        assert!(std::mem::size_of::<super::Expr>() <= 48);
        // every node the grammar's actions return is this small, which keeps the
        // parser's stack entries small: it moves one on every reduction
        assert!(std::mem::size_of::<super::Stmt>() <= 56);
        assert!(std::mem::size_of::<super::ValueSpec>() <= 56);
        assert!(std::mem::size_of::<super::Element>() <= 56);
        assert!(std::mem::size_of::<super::Field>() <= 56);
        assert!(std::mem::size_of::<super::TypeSpec>() <= 56);
        assert!(std::mem::size_of::<super::IfaceElem>() <= 56);
    }
}
