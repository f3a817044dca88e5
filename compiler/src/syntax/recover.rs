//! gc's recovery from syntax errors, replayed on the token sequence.
//!
//! gc's parser is recursive descent. At a syntax error it reports, skips tokens up
//! to a synchronisation point chosen by the production that failed (its `advance`,
//! whose follow list also holds the keywords that start a statement when the
//! error is inside a function), and goes on with a stand-in for what it could not
//! parse, so that one run reports the errors of the whole file (one per line; the
//! tenth ends it: `driver::render_errors`). minigo's parser is LR and stops at its
//! first error. So `parser` asks, for each error, what gc would have done next (a
//! `Resync`, decided where the error is worded), and `resync` applies that to the
//! token sequence: the tokens gc skips are removed and replaced by the few tokens
//! that parse as gc's stand-in (a name for a bad expression or type, the `;` that
//! ends a statement, the closing bracket of an abandoned list), and the grammar
//! runs again over the edited sequence. Its next error is gc's next error: before
//! the edit the tokens are the same, and after it the parser stands where gc's
//! stood after its skip. Every edit removes or replaces the unexpected token or
//! inserts before it a stand-in the grammar accepts there, so each run gets
//! further than the last (`parser` still stops when one does not).

use super::pos::Pos;
use super::token::{SemiKind, Tok};

/// A token with its start and end.
pub(super) type Token = (Pos, Tok, Pos);

/// What gc does after a syntax error at the unexpected token.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Resync {
    /// It stops: the package clause is wrong, or the file ended.
    Stop,
    /// `want(t)`: it takes the unexpected token for `t`.
    Replace(Tok),
    /// It reports and parses on as if these tokens came before the unexpected one.
    Insert(Vec<Tok>),
    /// It passes over this many tokens from the unexpected one.
    Drop(usize),
    /// `advance(follow)`: it skips from token `from` (the unexpected one, or the
    /// start of the construct it abandons) to the first token in `follow`, then
    /// goes on with `stand_in`.
    Skip { from: usize, follow: Follow, stand_in: StandIn },
    /// `want(t)` then `advance(follow)`: it takes the unexpected token for the
    /// one it wanted, then skips from the next to the first token in `follow`.
    WantThenSkip { follow: Follow, stand_in: StandIn },
}

/// The follow lists of gc's `advance` calls.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Follow {
    /// `import const type var func`: the next top-level declaration.
    Decl,
    /// `; } case default`: the end of a statement.
    StmtEnd,
    /// `) ] }`: the end of a list.
    Closers,
    /// `, : ]`: the next part of an index or slice expression.
    IndexParts,
    /// `; )`: the end of a declaration's spec.
    SpecEnd,
    /// `case default }`: a switch's clauses.
    Clauses,
    /// `: case default }`: a clause's colon, or the next clause.
    ClauseParts,
    /// `name }`: a block's first statement, or its end.
    BlockBody,
    /// `{ }`: a statement header's block.
    Braces,
    /// `, : ; ) ] }`: what may follow a type.
    TypeEnd,
    /// `; }`: the end of a struct's field, or of a simple statement.
    FieldEnd,
    /// `{ ;`: a function declaration's body, or its end.
    FuncBody,
    /// `(`: a signature's parameters.
    Params,
    /// `, )`: the next parameter, or the list's end. (A `,` it stops at goes
    /// too: gc's list takes it for the separator after the abandoned parameter.)
    ParamEnd,
}

impl Follow {
    fn contains(self, t: &Tok) -> bool {
        match self {
            Follow::Decl => matches!(t, Tok::Import | Tok::Const | Tok::Type | Tok::Var | Tok::Func),
            Follow::StmtEnd => matches!(t, Tok::Semi(_) | Tok::RBrace | Tok::Case | Tok::Default),
            Follow::Closers => matches!(t, Tok::RParen | Tok::RBrack | Tok::RBrace),
            Follow::IndexParts => matches!(t, Tok::Comma | Tok::Colon | Tok::RBrack),
            Follow::SpecEnd => matches!(t, Tok::Semi(_) | Tok::RParen),
            Follow::Clauses => matches!(t, Tok::Case | Tok::Default | Tok::RBrace),
            Follow::ClauseParts => matches!(t, Tok::Colon | Tok::Case | Tok::Default | Tok::RBrace),
            Follow::BlockBody => matches!(t, Tok::Ident(_) | Tok::RBrace),
            Follow::Braces => matches!(t, Tok::LBrace | Tok::RBrace),
            Follow::TypeEnd => matches!(t, Tok::Comma | Tok::Colon | Tok::Semi(_) | Tok::RParen | Tok::RBrack | Tok::RBrace),
            Follow::FieldEnd => matches!(t, Tok::Semi(_) | Tok::RBrace),
            Follow::FuncBody => matches!(t, Tok::LBrace | Tok::Semi(_)),
            Follow::Params => matches!(t, Tok::LParen),
            Follow::ParamEnd => matches!(t, Tok::Comma | Tok::RParen),
        }
    }
}

/// What gc goes on with after skipping.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum StandIn {
    Nothing,
    /// The statement or declaration ends: a `;`, unless the next token is one.
    Semi,
    /// A bad expression or type.
    Name,
    /// An abandoned list closed: its closing bracket, unless the next token is it.
    Close(Tok),
    /// These tokens.
    Tokens(Vec<Tok>),
    /// A statement header's missing parts: these tokens, then the block's `{`
    /// unless the next token is one.
    Header(Vec<Tok>),
}

/// gc's `stopset`: the keywords that start a statement, where `advance` stops
/// inside a function.
pub(super) fn starts_statement(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Break
            | Tok::Const
            | Tok::Continue
            | Tok::Defer
            | Tok::Fallthrough
            | Tok::For
            | Tok::Go
            | Tok::Goto
            | Tok::If
            | Tok::Return
            | Tok::Select
            | Tok::Switch
            | Tok::Type
            | Tok::Var
    )
}

/// The `;` that stands in for a statement's or declaration's end.
pub(super) fn semi() -> Tok {
    Tok::Semi(SemiKind::Written)
}

/// The name that stands in for a bad expression or type.
pub(super) fn blank() -> Tok {
    Tok::Ident(super::lexer::intern("_"))
}

/// The tokens gc goes on with after the error at `toks[i]`, or `None` where it
/// stops.
pub(super) fn resync(toks: &[Token], i: usize, how: &Resync) -> Option<Vec<Token>> {
    let token = |k: usize, t: Tok| (position(toks, k), t, position(toks, k));
    let (from, to, stand_in): (usize, usize, Vec<Token>) = match how {
        Resync::Stop => return None,
        Resync::Replace(t) => (i, i + 1, vec![token(i, t.clone())]),
        Resync::Insert(ts) => (i, i, ts.iter().map(|t| token(i, t.clone())).collect()),
        Resync::Drop(n) => (i, i + n, vec![]),
        Resync::Skip { from, follow, stand_in } => skip(toks, *from, i, *follow, stand_in),
        Resync::WantThenSkip { follow, stand_in } => skip(toks, i, i + 1, *follow, stand_in),
    };
    if from > i || to > toks.len() {
        return None;
    }
    let mut out = Vec::with_capacity(toks.len() + stand_in.len());
    out.extend_from_slice(&toks[..from]);
    out.extend(stand_in);
    out.extend_from_slice(&toks[to..]);
    (out[..] != toks[..]).then_some(out)
}

/// gc's `advance`: the tokens from `from` to the first in `follow` at or after
/// `start` go, and the stand-in comes in their place.
fn skip(toks: &[Token], from: usize, start: usize, follow: Follow, stand_in: &StandIn) -> (usize, usize, Vec<Token>) {
    let inside = in_function(toks, from);
    let stops = |t: &Tok| matches!(t, Tok::Semi(SemiKind::Eof)) || follow.contains(t) || inside && starts_statement(t);
    let j = (start.min(toks.len())..toks.len()).find(|&k| stops(&toks[k].1)).unwrap_or(toks.len());
    let next = toks.get(j).map(|t| &t.1);
    let stand_in = match stand_in {
        StandIn::Nothing => vec![],
        StandIn::Semi if matches!(next, Some(Tok::Semi(_))) => vec![],
        StandIn::Semi => vec![semi()],
        StandIn::Name => vec![blank()],
        StandIn::Close(c) if next == Some(c) => vec![],
        StandIn::Close(c) => vec![c.clone()],
        StandIn::Tokens(ts) => ts.clone(),
        StandIn::Header(ts) => {
            let brace = (next != Some(&Tok::LBrace)).then_some(Tok::LBrace);
            ts.iter().cloned().chain(brace).collect()
        }
    };
    let to = if follow == Follow::ParamEnd && next == Some(&Tok::Comma) { j + 1 } else { j };
    (from, to, stand_in.into_iter().map(|t| (position(toks, j), t, position(toks, j))).collect())
}

/// Where a stand-in put before token `k` is: at that token (or the last).
fn position(toks: &[Token], k: usize) -> Pos {
    toks.get(k).or(toks.last()).map_or(0, |t| t.0)
}

/// Whether token `i` is inside a function body (gc's `fnest > 0`): a `{` is a
/// body's when a `func` came before it at the same bracket depth, with no `;` at
/// that depth in between (that would end a function type).
fn in_function(toks: &[Token], i: usize) -> bool {
    let mut braces: Vec<bool> = Vec::new();
    let mut depth = 0usize;
    let mut func_at: Option<usize> = None;
    for (k, (_, t, _)) in toks[..i.min(toks.len())].iter().enumerate() {
        match t {
            Tok::Func if func_at.is_none() => func_at = Some(depth),
            Tok::LParen | Tok::LBrack => depth += 1,
            Tok::RParen | Tok::RBrack => depth = depth.saturating_sub(1),
            Tok::LBrace => {
                let typ = k > 0 && matches!(toks[k - 1].1, Tok::Struct | Tok::Interface);
                let body = !typ && func_at == Some(depth);
                if body {
                    func_at = None;
                }
                braces.push(body);
                depth += 1;
            }
            Tok::RBrace => {
                braces.pop();
                depth = depth.saturating_sub(1);
            }
            Tok::Semi(_) if func_at == Some(depth) => func_at = None,
            _ => {}
        }
    }
    braces.contains(&true)
}

/// Where the statement or declaration holding token `i` starts: after the
/// nearest `;` or unclosed `{` before it.
pub(super) fn construct_start(toks: &[Token], i: usize) -> usize {
    let mut depth = 0i32;
    for k in (0..i).rev() {
        match toks[k].1 {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace if depth == 0 => return k + 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth -= 1,
            Tok::Semi(_) if depth == 0 => return k + 1,
            _ => {}
        }
    }
    0
}

/// What gc does after an error it has no particular recovery for: inside a
/// function, the statement is dropped up to its end; outside, the declaration
/// up to the next one.
pub(super) fn skip_construct(toks: &[Token], i: usize) -> Resync {
    let from = construct_start(toks, i);
    let follow = if in_function(toks, i) { Follow::StmtEnd } else { Follow::Decl };
    Resync::Skip { from, follow, stand_in: StandIn::Nothing }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::lexer::Lexer;

    fn lex(src: &str) -> Vec<Token> {
        Lexer::new(src).map(|(l, t, r)| (l as Pos, t, r as Pos)).collect()
    }

    fn text(toks: &[Token]) -> String {
        toks.iter().map(|t| t.1.text()).collect::<Vec<_>>().join(" ")
    }

    fn index(toks: &[Token], t: &Tok) -> usize {
        toks.iter().position(|x| &x.1 == t).unwrap()
    }

    #[test]
    fn a_statement_is_ended_where_gc_resumes() {
        let toks = lex("package p\nfunc f() {\n\tx := 1 y z\n\treturn\n}\n");
        let i = toks.iter().position(|t| t.1.text() == "y").unwrap();
        let how = Resync::Skip { from: i, follow: Follow::StmtEnd, stand_in: StandIn::Semi };
        // the newline ends the skip: it is the statement's `;`
        assert_eq!(text(&resync(&toks, i, &how).unwrap()), "package p ; func f ( ) { x := 1 ; return ; } ;");
    }

    #[test]
    fn statement_keywords_stop_a_skip_only_inside_functions() {
        let toks = lex("package p\nvar a = []int{1 2 if 3}\nfunc g() { h(1 2 if x) }\n");
        let first = index(&toks, &Tok::Int("2".into()));
        let how = Resync::Skip { from: first, follow: Follow::Closers, stand_in: StandIn::Close(Tok::RBrace) };
        // at top level, `if` is skipped like any token, up to the literal's `}`
        let edited = text(&resync(&toks, first, &how).unwrap());
        assert!(edited.starts_with("package p ; var a = [ ] int { 1 } ; func"), "{edited}");
        let last = toks.iter().rposition(|t| t.1 == Tok::Int("2".into())).unwrap();
        let how = Resync::Skip { from: last, follow: Follow::Closers, stand_in: StandIn::Close(Tok::RParen) };
        let edited = text(&resync(&toks, last, &how).unwrap());
        assert!(edited.ends_with("func g ( ) { h ( 1 ) if x ) } ;"), "{edited}");
    }

    #[test]
    fn a_construct_starts_after_its_semicolon_or_brace() {
        let toks = lex("package p\nfunc f() { a(); b[c(d)] e }\n");
        let e = toks.iter().position(|t| t.1.text() == "e").unwrap();
        assert_eq!(toks[construct_start(&toks, e)].1.text(), "b");
        assert!(matches!(skip_construct(&toks, e), Resync::Skip { follow: Follow::StmtEnd, .. }));
    }

    #[test]
    fn a_function_type_without_body_is_not_a_function() {
        let toks = lex("package p\nvar f func()\nvar s = struct{ x int }{1 2}\n");
        let two = index(&toks, &Tok::Int("2".into()));
        assert!(!in_function(&toks, two));
        let toks = lex("package p\nfunc f(g func()) { x }\n");
        let x = toks.iter().position(|t| t.1.text() == "x").unwrap();
        assert!(in_function(&toks, x));
    }
}
