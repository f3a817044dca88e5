//! Parser glue: lex a file, reject generics up front with one clear message, run the
//! lalrpop parser, and word its errors the way gc's parser does.

use super::ast::{File, IdGen, P};
use super::build::{Arena, Builder, SyntaxError};
use super::lexer::Lexer;
use super::pos::Pos;
use super::recover::{self, Follow, Resync, StandIn};
use super::token::{SemiKind, Tok};
use lalrpop_util::ParseError;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    go,
    "/go.rs"
);

/// A compile-time diagnostic. `soft` errors (unused variables and imports) are the
/// ones gc drops when anything else went wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub pos: Pos,
    pub msg: String,
    pub soft: bool,
}

impl Diagnostic {
    pub fn new(pos: Pos, msg: impl Into<String>) -> Self {
        Diagnostic { pos, msg: msg.into(), soft: false }
    }
}

/// What a parse produced: the file if it parsed, every lexical and syntax error,
/// and the arenas the tree lives in, which must outlive it (see `build::Arena`).
pub struct Parsed {
    pub file: Option<P<File>>,
    pub errors: Vec<Diagnostic>,
    /// For a file with syntax errors, the tree gc's parser would have gone on
    /// with (its stand-ins in place), when the recovery got through the file:
    /// gc checks the branch statements of the function bodies it parsed even so.
    pub recovered: Option<P<File>>,
    pub arenas: Vec<Arena>,
}

/// The tokens `lexer` reads, with positions from `base` in the session's `FileSet`.
fn tokens<'l, 's>(lexer: &'l mut Lexer<'s>, base: Pos) -> impl Iterator<Item = (Pos, Tok, Pos)> + use<'l, 's> {
    lexer.map(move |(l, t, r)| (l as Pos + base, t, r as Pos + base))
}

/// The lexical errors `lexer` met.
fn lex_errors(lexer: &mut Lexer, base: Pos) -> Vec<Diagnostic> {
    lexer.take_errors().into_iter().map(|e| Diagnostic::new(e.pos as Pos + base, e.msg)).collect()
}

fn lex(src: &str, base: Pos) -> (Vec<(Pos, Tok, Pos)>, Vec<Diagnostic>) {
    let mut lexer = Lexer::new(src);
    let toks = tokens(&mut lexer, base).collect();
    (toks, lex_errors(&mut lexer, base))
}

/// What running the grammar over a file gave: the tree or the syntax error, the
/// lexical errors, and where nesting went too deep (the tokens stopped there).
pub(super) struct Run {
    pub result: Result<P<File>, ParseError<Pos, Tok, SyntaxError>>,
    pub lex_errors: Vec<Diagnostic>,
    pub too_deep: Option<Pos>,
}

/// Runs the grammar over the tokens of `src` streaming from the lexer, after
/// `lead` (tokens standing in front of the file's own).
pub(super) fn run_grammar(builder: &Builder, src: &str, base: Pos, lead: Vec<(Pos, Tok, Pos)>) -> Run {
    let mut lexer = Lexer::new(src);
    let mut depth = NestingLimit::default();
    let toks = lead.into_iter().chain(tokens(&mut lexer, base)).take_while(|t| depth.admit(t)).map(Ok::<_, SyntaxError>);
    let result = go::SourceFileParser::new().parse(builder, toks);
    Run { result, lex_errors: lex_errors(&mut lexer, base), too_deep: depth.exceeded }
}

pub fn parse_file(src: &str, base: Pos, ids: &IdGen) -> Parsed {
    match super::halves::parse_halves(src, base, ids) {
        Some((file, arenas)) => Parsed { file: Some(file), errors: vec![], recovered: None, arenas },
        None => parse_whole(src, base, ids),
    }
}

pub(super) fn parse_whole(src: &str, base: Pos, ids: &IdGen) -> Parsed {
    let builder = Builder::new(ids);
    let (file, errors, recovered) = parse_with(&builder, src, base);
    Parsed { file, errors, recovered, arenas: vec![builder.into_arena()] }
}

/// The file's tree or its errors, and the tree recovered from them (`Parsed`).
type Outcome = (Option<P<File>>, Vec<Diagnostic>, Option<P<File>>);

fn parse_with(builder: &Builder, src: &str, base: Pos) -> Outcome {
    // Tokens stream from the lexer into the parser; only a failed parse looks at
    // the token sequence again (for gc's wording of the error and its recovery).
    let Run { result, lex_errors: mut errors, too_deep } = run_grammar(builder, src, base, vec![]);
    if let Some(pos) = too_deep {
        errors.push(Diagnostic::new(pos, format!("minigo does not support expressions nested more than {MAX_NESTING} levels deep")));
        return (None, errors, None);
    }
    let reported = builder.take_reported();
    // gc type-checks a file whose errors are no syntax errors (a method
    // without a receiver, a parenthesized `go` call): they come with its tree
    if result.is_ok() && reported.iter().all(|e| !e.msg.starts_with("syntax error")) {
        let found = reported.into_iter().map(|e| Diagnostic::new(e.pos, e.msg));
        errors = errors.into_iter().chain(found).collect();
        errors.sort_by_key(|d| d.pos);
        return (result.ok(), errors, None);
    }
    if result.is_err() || !reported.is_empty() {
        // (gc's recovery reads the file to its end: every lexical error counts)
        let (toks, lex_errors) = lex(src, base);
        return parse_failed(result, reported, toks, lex_errors, builder, src, base);
    }
    (result.ok(), errors, None)
}

/// The errors of a file that did not parse, found as gc finds them: after each
/// error, the tokens are edited as gc's parser would have skipped and stood in for
/// them (`recover`), and the grammar runs again, until it gets through, stops
/// making progress, or gc would have stopped (ten lines with errors).
fn parse_failed(
    mut result: Result<P<File>, ParseError<Pos, Tok, SyntaxError>>,
    reported: Vec<SyntaxError>,
    mut toks: Vec<(Pos, Tok, Pos)>,
    errors: Vec<Diagnostic>,
    builder: &Builder,
    src: &str,
    base: Pos,
) -> Outcome {
    let eof = base + src.len() as Pos;
    if !errors.is_empty() && reported.is_empty() && matches!(result, Err(ParseError::UnrecognizedEof { .. })) {
        // gc drops a syntax error at the end of the file when an error came before
        // (typically an unterminated literal that swallowed the rest): it closes what
        // is open and type-checks what it has.
        let closed = close_at_eof(&toks, eof);
        if let Ok(file) = go::SourceFileParser::new().parse(builder, closed.into_iter().map(Ok::<_, SyntaxError>)) {
            if builder.take_reported().is_empty() {
                return (Some(file), errors, None);
            }
        }
    }
    // each error with where gc's single pass finds it
    let found_at = |e: SyntaxError| (e.found, Diagnostic::new(e.pos, e.msg));
    let mut found: Vec<(Pos, Diagnostic)> = reported.into_iter().map(found_at).collect();
    let (mut last, mut stalled): (Option<Pos>, u32) = (None, 0);
    let line = |pos: Pos| src.as_bytes()[..(pos.saturating_sub(base) as usize).min(src.len())].iter().filter(|&&b| b == b'\n').count();
    let mut lines = std::collections::BTreeSet::new();
    let mut recovered = None;
    loop {
        let e = match result {
            Ok(file) => {
                recovered = Some(file);
                break;
            }
            Err(e) => e,
        };
        if matches!(e, ParseError::UnrecognizedEof { .. }) && !(errors.is_empty() && found.is_empty()) {
            break; // gc: "avoid meaningless follow-up errors"
        }
        let (d, i, how) = syntax_error(e, eof, &toks);
        // Each run must get further, but a stand-in put before the unexpected
        // token gives it that token's position: a few runs may stay there.
        let at = toks.get(i).map_or(eof, |t| t.0);
        stalled = if last == Some(at) { stalled + 1 } else { 0 };
        if last.is_some_and(|l| at < l) || stalled > 2 {
            break;
        }
        last = Some(at);
        lines.insert(line(d.pos));
        found.push((d.pos, d));
        let Some(edited) = recover::resync(&toks, i, &how) else { break };
        if lines.len() >= 10 || found.len() >= MAX_RUNS {
            break;
        }
        toks = edited;
        result = go::SourceFileParser::new().parse(builder, toks.iter().cloned().map(Ok::<_, SyntaxError>));
        found.extend(builder.take_reported().into_iter().map(found_at));
    }
    // in the order gc's single pass finds them (at one position, what it
    // reports and parses on from came first), which decides the one error of
    // a line it keeps (`driver::render_errors`)
    let mut all: Vec<(Pos, Diagnostic)> = errors.into_iter().map(|d| (d.pos, d)).chain(found).collect();
    all.sort_by_key(|(at, d)| (*at, d.msg.starts_with("syntax error")));
    all.dedup();
    let all: Vec<Diagnostic> = all.into_iter().map(|(_, d)| d).collect();
    // errors that are no syntax errors: gc type-checks the file it parsed on with
    if recovered.is_some() && all.iter().all(|d| !d.msg.starts_with("syntax error")) {
        return (recovered, all, None);
    }
    (None, all, recovered)
}

/// At most this many runs of the grammar over a file with errors: gc stops at ten
/// lines with errors, but many errors on one line would each cost a run.
const MAX_RUNS: usize = 50;

/// How deep syntax may nest. The checker and the back end recurse over the tree, so
/// depth is bounded (gc has its own limits); the compiler thread's stack is sized
/// for this bound.
pub const MAX_NESTING: usize = 250_000;

/// Tracks nesting while tokens stream by: open brackets, plus binary operators in
/// one statement (each one nests the expression tree a level deeper).
#[derive(Default)]
struct NestingLimit {
    brackets: usize,
    operators: usize,
    exceeded: Option<Pos>,
}

impl NestingLimit {
    fn admit(&mut self, (pos, tok, _): &(Pos, Tok, Pos)) -> bool {
        match tok {
            Tok::LParen | Tok::LBrack | Tok::LBrace => self.brackets += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => self.brackets = self.brackets.saturating_sub(1),
            Tok::Semi(_) => self.operators = 0,
            Tok::Add
            | Tok::Sub
            | Tok::Mul
            | Tok::Quo
            | Tok::Rem
            | Tok::And
            | Tok::Or
            | Tok::Xor
            | Tok::Shl
            | Tok::Shr
            | Tok::AndNot
            | Tok::LAnd
            | Tok::LOr
            | Tok::Eql
            | Tok::Neq
            | Tok::Lss
            | Tok::Leq
            | Tok::Gtr
            | Tok::Geq
            | Tok::Arrow
            | Tok::Not
            | Tok::Period => self.operators += 1,
            _ => {}
        }
        if self.brackets + self.operators > MAX_NESTING {
            self.exceeded = Some(*pos);
            return false;
        }
        true
    }
}

/// The tokens followed by the closing brackets (and semicolons) of whatever is open.
fn close_at_eof(toks: &[(Pos, Tok, Pos)], eof: Pos) -> Vec<(Pos, Tok, Pos)> {
    let mut open = Vec::new();
    for (_, t, _) in toks {
        match t {
            Tok::LParen => open.push(Tok::RParen),
            Tok::LBrack => open.push(Tok::RBrack),
            Tok::LBrace => open.push(Tok::LBrace),
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                open.pop();
            }
            _ => {}
        }
    }
    let mut out: Vec<(Pos, Tok, Pos)> = toks.iter().filter(|t| !matches!(t.1, Tok::Semi(SemiKind::Eof))).cloned().collect();
    let semi = (eof, Tok::Semi(SemiKind::Eof), eof);
    if !matches!(out.last().map(|t| &t.1), Some(Tok::Semi(_)) | Some(Tok::LBrace) | None) {
        out.push(semi.clone());
    }
    while let Some(c) = open.pop() {
        let c = if c == Tok::LBrace { Tok::RBrace } else { c };
        out.push((eof, c, eof));
        out.push(semi.clone());
    }
    out
}

/// gc words a syntax error by what it found and, where it has one, what it
/// expected; with the error come the index of the unexpected token and what gc
/// does next.
fn syntax_error(e: ParseError<Pos, Tok, SyntaxError>, eof: Pos, toks: &[(Pos, Tok, Pos)]) -> (Diagnostic, usize, Resync) {
    let index = |pos: Pos| toks.iter().position(|t| t.0 >= pos).unwrap_or(toks.len());
    match e {
        ParseError::User { error } => {
            let i = index(error.pos);
            if let Some((d, how)) = (error.msg == NOT_A_LITERAL).then(|| brace_after_operand(toks, i)).flatten() {
                return (d, i, how);
            }
            let how = if error.msg.ends_with("at end of statement") { end_of_statement(i) } else { recover::skip_construct(toks, i) };
            (Diagnostic::new(error.pos, error.msg), i, how)
        }
        ParseError::UnrecognizedToken { token: (pos, Tok::LBrace, _), .. } if after_bodiless_func(toks, pos) => {
            // gc: the opening brace of a function put on the next line
            let i = index(pos);
            let how = Resync::Skip { from: i, follow: Follow::Decl, stand_in: StandIn::Nothing };
            (Diagnostic::new(pos, "syntax error: unexpected semicolon or newline before {"), i, how)
        }
        ParseError::UnrecognizedToken { token: (pos, tok, _), expected } => {
            // (a stand-in shares its position with the token after it)
            let Some(i) = (index(pos)..toks.len()).find(|&k| toks[k].1 == tok) else {
                return (Diagnostic::new(pos, format!("syntax error: unexpected {tok}")), toks.len(), Resync::Stop);
            };
            // a brace gc would not have opened a literal with comes first
            if let Some((d, how, o)) = literal_braces_around(toks, i) {
                return (d, o, how);
            }
            // gc's words that depend on what comes before the token
            let special = by_previous(toks, i)
                .or_else(|| in_case_list(toks, i, &expected))
                .or_else(|| (tok == Tok::LBrace).then(|| early_block(toks, i)).flatten())
                .or_else(|| expected.iter().any(|e| e == "\"{\"").then(|| missing_block(toks, i)).flatten())
                .or_else(|| in_type_body(toks, i, &expected))
                .or_else(|| missing_func_name(toks, i))
                .or_else(|| bad_parameter(toks, i))
                .or_else(|| missing_dots_type(toks, i))
                .or_else(|| generic_iface_method(toks, i))
                .or_else(|| empty_type_params(toks, i));
            let (d, how) = special.unwrap_or_else(|| {
                let (msg, how) = unexpected(&tok, &expected, toks, i);
                (Diagnostic::new(pos, msg), how)
            });
            (d, i, how)
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let has = |t: &str| expected.iter().any(|e| e.trim_matches('"') == t);
            // a list or block that only its closing token could end: gc wants it
            let closers: Vec<&str> = [")", "}", "]"].into_iter().filter(|c| has(c)).collect();
            let msg = match closers[..] {
                [close] if !has(",") => format!("syntax error: unexpected EOF, expected {close}"),
                _ => unexpected(&Tok::Semi(SemiKind::Eof), &expected, toks, toks.len()).0,
            };
            (Diagnostic::new(location.max(eof), msg), toks.len(), Resync::Stop)
        }
        ParseError::ExtraToken { token: (pos, tok, _) } => {
            let i = index(pos);
            let how = Resync::Skip { from: i, follow: Follow::Decl, stand_in: StandIn::Semi };
            (Diagnostic::new(pos, format!("syntax error: unexpected {tok} after top level declaration")), i, how)
        }
        ParseError::InvalidToken { location } => (Diagnostic::new(location, "syntax error: invalid token"), index(location), Resync::Stop),
    }
}

/// What the grammar says of a literal's `{` after an operand that is no type
/// (`build::named_composite`), reworded by `brace_after_operand`.
pub const NOT_A_LITERAL: &str = "syntax error: unexpected { at end of statement";

/// The outermost `{` around token `i` that gc would not have taken for a
/// composite literal's (it follows a call or a literal), with gc's words for
/// it: the grammar took it for one and failed inside it.
fn literal_braces_around(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<(Diagnostic, Resync, usize)> {
    let mut open = innermost_open(toks, i);
    let mut found = None;
    while let Some(o) = open {
        if toks[o].1 == Tok::LBrace {
            if let Some((d, how)) = brace_after_operand(toks, o) {
                found = Some((d, how, o));
            }
        }
        open = innermost_open(toks, o);
    }
    found
}

/// gc's words for the `{` at `o` after an operand that cannot be a composite
/// literal's type — a call's result or a literal (gc's `pexpr` takes a `{`
/// only after a name, an instance or a type literal): the expression ended
/// before it, and the `{` is unexpected where it stands.
fn brace_after_operand(toks: &[(Pos, Tok, Pos)], o: usize) -> Option<(Diagnostic, Resync)> {
    let prev = &toks[o.checked_sub(1)?].1;
    let call = *prev == Tok::RParen
        && innermost_open(toks, o - 1).is_some_and(|p| !opens_parameters(toks, p) && p > 0 && !matches!(toks[p - 1].1, Tok::Func | Tok::RBrack));
    let literal = matches!(prev, Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_) | Tok::Str(_));
    if !(call || literal) || header_of(toks, o).is_some() {
        return None;
    }
    let (msg, how) = match innermost_open(toks, o) {
        None => ("after top level declaration", Resync::Skip { from: o, follow: Follow::Decl, stand_in: StandIn::Semi }),
        Some(p) if toks[p].1 == Tok::LParen && p > 0 && matches!(toks[p - 1].1, Tok::Ident(_) | Tok::RParen | Tok::RBrack) => {
            ("in argument list; possibly missing comma or )", abandon_list(o, Tok::RParen))
        }
        Some(p) if toks[p].1 == Tok::LParen => (", expected )", Resync::Replace(Tok::RParen)),
        Some(p)
            if toks[p].1 == Tok::LBrace
                && p > 0
                && matches!(toks[p - 1].1, Tok::Ident(_) | Tok::RBrack)
                && header_of(toks, p).is_none()
                && !after_signature(toks, p) =>
        {
            ("in composite literal; possibly missing comma or }", abandon_list(o, Tok::RBrace))
        }
        _ => ("at end of statement", end_of_statement(o)),
    };
    let sep = if msg.starts_with(',') { "" } else { " " };
    Some((Diagnostic::new(toks[o].0, format!("syntax error: unexpected {{{sep}{msg}")), how))
}

/// Whether the `{` at `p` follows a function's signature (past its result
/// type): it opens the body.
fn after_signature(toks: &[(Pos, Tok, Pos)], p: usize) -> bool {
    let result_type = |t: &Tok| matches!(t, Tok::Ident(_) | Tok::Period | Tok::Mul | Tok::LBrack | Tok::RBrack | Tok::Map | Tok::Chan | Tok::Arrow);
    let j = p - toks[..p].iter().rev().take_while(|t| result_type(&t.1)).count();
    j > 0 && toks[j - 1].1 == Tok::RParen && innermost_open(toks, j - 1).is_some_and(|o| opens_parameters(toks, o))
}

/// gc's stmtList after a statement not followed by `;`: skip to the statement's
/// end, which the skip's stand-in `;` makes.
fn end_of_statement(i: usize) -> Resync {
    Resync::Skip { from: i, follow: Follow::StmtEnd, stand_in: StandIn::Semi }
}

/// The keyword (`if`, `for`, `switch`) of the statement header that token `i`
/// is in, with the number of the header's semicolons before it: walking back
/// at bracket depth 0, across at most the two semicolons a header has. A
/// newline is one of them, as gc's header takes it (`if x > 0` then a newline
/// then a statement is a header with an init statement), unless it follows a
/// closing brace, which ends a statement.
fn header_of(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<(&Tok, usize)> {
    let (mut depth, mut semis) = (0i32, 0);
    for (j, (_, t, _)) in toks[..i].iter().enumerate().rev() {
        match t {
            Tok::Semi(SemiKind::Newline) if j > 0 && toks[j - 1].1 == Tok::RBrace => return None,
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace if depth == 0 => return None,
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth -= 1,
            Tok::Semi(_) if depth == 0 => {
                semis += 1;
                if semis > 2 {
                    return None;
                }
            }
            Tok::If | Tok::For | Tok::Switch if depth == 0 => return Some((t, semis)),
            _ => {}
        }
    }
    None
}

/// gc's words for the block of an `if` or `for` (the `{`, token `i`) opened
/// before the header has its condition: `if {`, `if x := f(); {`, `for i :=
/// 0; {`, `for i := 0; i < n {` (its parser's `header`).
/// gc goes on with a bad condition (and no post statement).
fn early_block(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<(Diagnostic, Resync)> {
    let pos = toks[i].0;
    let prev = &toks[i.checked_sub(1)?];
    let (at, msg, stand_in) = match (header_of(toks, i)?, &prev.1) {
        ((Tok::If, 0), Tok::If) => (pos, "missing condition in if statement", vec![recover::blank()]),
        ((Tok::If, 1), Tok::Semi(SemiKind::Newline)) => (prev.0, "unexpected newline, expected { after if clause", vec![recover::blank()]),
        ((Tok::If, 1), Tok::Semi(_)) => (prev.0, "missing condition in if statement", vec![recover::blank()]),
        ((Tok::For, 1), Tok::Semi(_)) => (pos, "unexpected {, expected for loop condition", vec![recover::blank(), recover::semi()]),
        ((Tok::For, 1), _) => (pos, "unexpected {, expected semicolon or newline", vec![recover::semi()]),
        _ => return None,
    };
    Some((Diagnostic::new(at, format!("syntax error: {msg}")), Resync::Insert(stand_in)))
}

/// gc's words for what is not the `{` a complete statement header ends with
/// (token `i`; `{` was expected): a header with all its clauses, or a `for`
/// with a range clause. An incomplete one wants a `{` plainly. gc skips to
/// the block (or its body), standing in for the header's missing parts.
fn missing_block(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<(Diagnostic, Resync)> {
    let (pos, found) = (toks[i].0, &toks[i].1);
    let (keyword, semis) = header_of(toks, i)?;
    let ranges = || toks[..i].iter().rev().take_while(|t| t.1 != Tok::For).any(|t| t.1 == Tok::Range);
    let skip = |follow, stand_in| Resync::Skip { from: i, follow, stand_in };
    let lbrace = || StandIn::Tokens(vec![Tok::LBrace]);
    let after_semi = matches!(toks[i - 1].1, Tok::Semi(_));
    let last_clause = if *keyword == Tok::For { 2 } else { 1 };
    if toks[i - 1].1 == *keyword || (after_semi && semis == last_clause) {
        // right after the keyword, and after the `;` before a header's last
        // clause, gc parses a simple statement
        return Some((Diagnostic::new(pos, format!("syntax error: unexpected {found}, expected expression")), skip(Follow::Closers, StandIn::Name)));
    }
    match (keyword, semis) {
        (Tok::For, 2) => {}
        (Tok::For, 0) if ranges() => {}
        (Tok::If, 1) => {}
        (Tok::Switch, 1) => return Some((Diagnostic::new(pos, "syntax error: missing { after switch clause"), skip(Follow::Clauses, lbrace()))),
        _ => {
            // gc's header takes the token for its `{`, then skips to a brace
            // after it
            let missing = match (keyword, semis) {
                (Tok::If, _) => vec![recover::semi(), recover::blank()],
                (Tok::For, 0) => vec![recover::semi(), recover::semi()],
                _ => vec![recover::semi()],
            };
            let d = Diagnostic::new(pos, format!("syntax error: unexpected {found}, expected {{"));
            return Some((d, Resync::WantThenSkip { follow: Follow::Braces, stand_in: StandIn::Header(missing) }));
        }
    }
    let clause = if *keyword == Tok::If { "if" } else { "for" };
    let d = Diagnostic::new(pos, format!("syntax error: unexpected {found}, expected {{ after {clause} clause"));
    Some((d, skip(Follow::BlockBody, lbrace())))
}

/// gc's words where the token before the unexpected one (token `i`) decides
/// them: `else` followed by neither `if` nor a block, `chan` without an
/// element type, `var` opening a statement header, a type declaration
/// without its type.
fn by_previous(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<(Diagnostic, Resync)> {
    let (pos, found) = (toks[i].0, &toks[i].1);
    let back = |k: usize| i.checked_sub(k).map(|j| &toks[j].1);
    let in_type_decl = || Resync::Skip { from: i, follow: Follow::SpecEnd, stand_in: StandIn::Name };
    let (msg, how) = match back(1)? {
        // (gc drops the `else` and skips to a statement or the block's end)
        Tok::Else => (
            "syntax error: else must be followed by if or statement block".to_string(),
            Resync::Skip { from: i - 1, follow: Follow::BlockBody, stand_in: StandIn::Nothing },
        ),
        Tok::Chan => ("syntax error: missing channel element type".to_string(), Resync::Insert(vec![recover::blank()])),
        // (gc skips to the first clause, or the end, and parses the clauses)
        Tok::Select => (
            "syntax error: missing { after select clause".to_string(),
            Resync::Skip { from: i, follow: Follow::Clauses, stand_in: StandIn::Tokens(vec![Tok::LBrace]) },
        ),
        prev @ (Tok::If | Tok::For | Tok::Switch) if *found == Tok::Var => {
            let keyword = match prev {
                Tok::If => "if",
                Tok::For => "for",
                _ => "switch",
            };
            // (gc reports it once past the `var`, and parses on without it)
            let at = toks.get(i + 1).map_or(pos, |t| t.0);
            return Some((Diagnostic::new(at, format!("syntax error: var declaration not allowed in {keyword} initializer")), Resync::Drop(1)));
        }
        Tok::Ident(_) if back(2) == Some(&Tok::Type) => (format!("syntax error: unexpected {found} in type declaration"), in_type_decl()),
        Tok::Assign if matches!(back(2), Some(Tok::Ident(_))) && back(3) == Some(&Tok::Type) => {
            (format!("syntax error: unexpected {found} in type declaration"), in_type_decl())
        }
        _ => return None,
    };
    Some((Diagnostic::new(pos, msg), how))
}

/// gc's words for a case's expression list not ended by its colon (token
/// `i` is where the colon was wanted): `case 0;`. gc takes the token for the
/// colon.
fn in_case_list(toks: &[(Pos, Tok, Pos)], i: usize, expected: &[String]) -> Option<(Diagnostic, Resync)> {
    if !expected.iter().any(|e| e == "\":\"") {
        return None;
    }
    let mut depth = 0i32;
    for (_, t, _) in toks[..i].iter().rev() {
        match t {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace if depth == 0 => return None,
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth -= 1,
            Tok::Semi(_) | Tok::Colon if depth == 0 => return None,
            Tok::Case | Tok::Default if depth == 0 => {
                let found = &toks[i].1;
                return Some((Diagnostic::new(toks[i].0, format!("syntax error: unexpected {found}, expected :")), Resync::Replace(Tok::Colon)));
            }
            _ => {}
        }
    }
    None
}

/// The index of the innermost bracket open before token `i` (for a closing
/// bracket, the one it closes).
fn innermost_open(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (j, (_, t, _)) in toks[..i].iter().enumerate().rev() {
        match t {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace if depth == 0 => return Some(j),
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Whether the `[` at `k` opens the type parameters of a declared function,
/// method or type, which gc parses as a list of its own.
fn opens_type_parameters(toks: &[(Pos, Tok, Pos)], k: usize) -> bool {
    if k < 2 || toks[k].1 != Tok::LBrack || !matches!(toks[k - 1].1, Tok::Ident(_)) {
        return false;
    }
    let in_type_group = || innermost_open(toks, k).is_some_and(|o| o > 0 && toks[o].1 == Tok::LParen && toks[o - 1].1 == Tok::Type);
    match toks[k - 2].1 {
        Tok::Func | Tok::Type => true,
        Tok::RParen => innermost_open(toks, k - 2).is_some_and(|p| p > 0 && toks[p - 1].1 == Tok::Func),
        Tok::Semi(_) | Tok::LParen => in_type_group(),
        _ => false,
    }
}

/// gc's words for a token where a `]` may close the innermost `[`, which is
/// not a declaration's type parameter list: an array type's length (after
/// which a comma is "unexpected comma; expected ]"), a type's type arguments,
/// or an index, which before any comma could also go on as a slice (gc's
/// "expected comma, : or ]"). gc takes the token for the `]` it wanted.
fn in_brackets(tok: &Tok, expected: &[String], toks: &[(Pos, Tok, Pos)], i: usize) -> Option<(String, Resync)> {
    let has = |t: &str| expected.iter().any(|e| e.trim_matches('"') == t);
    let k = innermost_open(toks, i).filter(|&k| toks[k].1 == Tok::LBrack && !opens_type_parameters(toks, k))?;
    // (gc stops skipping at a statement's keyword, and goes on from where it was)
    if !has("]") || has(":") || k == 0 || recover::starts_statement(tok) {
        return None;
    }
    if slice_colons(toks, k, i) > 0 {
        return None;
    }
    let found = tok.to_string();
    let want_close = || Some((format!("syntax error: unexpected {found}, expected ]"), Resync::Replace(Tok::RBrack)));
    let comma_before = toks[k + 1..i].iter().scan(0i32, |depth, (_, t, _)| {
        match t {
            Tok::LParen | Tok::LBrack | Tok::LBrace => *depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => *depth -= 1,
            _ => {}
        }
        Some(*depth == 0 && *t == Tok::Comma)
    });
    if comma_before.into_iter().any(|c| c) {
        return want_close();
    }
    if *tok == Tok::Comma && !has(",") && toks[k - 1].1 != Tok::Map {
        // an array's length
        return Some(("syntax error: unexpected comma; expected ]".into(), Resync::Replace(Tok::RBrack)));
    }
    // after an operand: an index, unless the name before the `[` is a type
    let operand_end = matches!(toks[k - 1].1, Tok::Ident(_) | Tok::RParen | Tok::RBrack | Tok::RBrace | Tok::Str(_) | Tok::Int(_));
    if operand_end && !type_name_before(toks, k) && has(",") {
        let how = Resync::Skip { from: i, follow: Follow::IndexParts, stand_in: StandIn::Nothing };
        return Some((format!("syntax error: unexpected {found}, expected comma, : or ]"), how));
    }
    want_close()
}

/// Whether the name before the `[` at `k` is a declaration's type (`x T[`,
/// `type X T[`, `x *T[`, a result's), or a declared name with an array type
/// (`var x [`, a struct's field, a parameter), rather than an operand.
fn type_name_before(toks: &[(Pos, Tok, Pos)], k: usize) -> bool {
    if k == 0 || !matches!(toks[k - 1].1, Tok::Ident(_)) {
        return false;
    }
    // whether a type (or a declared name, then a type) may start after token j
    let type_after = |j: usize| match toks[j].1 {
        Tok::Type | Tok::Var | Tok::Const => true,
        Tok::Semi(_) | Tok::LBrace => innermost_open(toks, j + 1).is_some_and(|o| o > 0 && toks[o].1 == Tok::LBrace && toks[o - 1].1 == Tok::Struct),
        Tok::LParen | Tok::Comma => innermost_open(toks, j + 1).is_some_and(|o| opens_parameters(toks, o)),
        // a result type
        Tok::RParen => innermost_open(toks, j).is_some_and(|o| opens_parameters(toks, o)),
        _ => false,
    };
    let stars = toks[..k - 1].iter().rev().take_while(|t| t.1 == Tok::Mul).count();
    match (stars, k.checked_sub(2 + stars)) {
        (_, Some(j)) if type_after(j) => true,
        (0, Some(j)) => matches!(toks[j].1, Tok::Ident(_)),
        (_, Some(j)) => matches!(toks[j].1, Tok::Ident(_)) && j > 0 && type_after(j - 1),
        _ => false,
    }
}

/// Whether the `(` at `k` opens a parameter list (or a result list), not a call's
/// arguments: it follows `func`, a declared function's name, or a signature's
/// parameters.
fn opens_parameters(toks: &[(Pos, Tok, Pos)], k: usize) -> bool {
    if toks[k].1 != Tok::LParen {
        return false;
    }
    let back = |n: usize| k.checked_sub(n).map(|j| &toks[j].1);
    let params_before = |n: usize| k.checked_sub(n).and_then(|j| innermost_open(toks, j)).is_some_and(|o| opens_parameters(toks, o));
    match back(1) {
        Some(Tok::Func) => true,
        Some(Tok::Ident(_)) => match back(2) {
            Some(Tok::Func) => true,
            // an interface's method
            Some(Tok::Semi(_) | Tok::LBrace) => innermost_open(toks, k).is_some_and(|o| o > 0 && toks[o - 1].1 == Tok::Interface),
            // a method's name after its receiver (in an expression, `func (r
            // T) Name(` is a function type with result Name, then a call)
            Some(Tok::RParen) => params_before(2) && innermost_open(toks, k - 2).is_some_and(|r| declares_func(toks, r - 1)),
            _ => false,
        },
        // results after parameters
        Some(Tok::RParen) => params_before(1),
        // parameters after type parameters (a method's too: gc parses them,
        // then says a method has none)
        Some(Tok::RBrack) => k.checked_sub(1).and_then(|j| innermost_open(toks, j)).is_some_and(|o| {
            let receiver = |r: usize| innermost_open(toks, r).is_some_and(|p| p > 0 && toks[p - 1].1 == Tok::Func);
            o >= 2 && (toks[o - 2].1 == Tok::Func || toks[o - 2].1 == Tok::RParen && receiver(o - 2))
        }),
        _ => false,
    }
}

/// Whether the `func` at `f` begins a function or method declaration (at top
/// level, after a `;` or first), not a function literal or type.
fn declares_func(toks: &[(Pos, Tok, Pos)], f: usize) -> bool {
    (f == 0 || matches!(toks[f - 1].1, Tok::Semi(_))) && innermost_open(toks, f).is_none()
}

/// gc's words for a struct or interface type's list of fields or methods
/// going wrong where one could end (token `i` is in the list), and where a
/// field should start. gc abandons the list, or skips the field.
fn in_type_body(toks: &[(Pos, Tok, Pos)], i: usize, expected: &[String]) -> Option<(Diagnostic, Resync)> {
    let (pos, found) = (toks[i].0, &toks[i].1);
    let open = innermost_open(toks, i)?;
    let what = match (&toks[open].1, &toks[open.checked_sub(1)?].1) {
        (Tok::LBrace, Tok::Struct) => "struct type",
        (Tok::LBrace, Tok::Interface) => "interface type",
        _ => return None,
    };
    let has = |t: &str| expected.iter().any(|e| e.trim_matches('"') == t);
    if has(";") && has("}") {
        let msg = format!("syntax error: unexpected {found} in {what}; possibly missing semicolon or newline or }}");
        return Some((Diagnostic::new(pos, msg), abandon_list(i, Tok::RBrace)));
    }
    let field_start = |k: usize| matches!(toks[k].1, Tok::Semi(_) | Tok::LBrace);
    if what == "struct type" && *found == Tok::LParen && (field_start(i - 1) || toks[i - 1].1 == Tok::Mul && field_start(i - 2)) {
        // `(T)`, `(*T)`, `*(T)`: gc reports and parses on
        let how = Resync::Skip { from: i, follow: Follow::FieldEnd, stand_in: StandIn::Nothing };
        return Some((Diagnostic::new(pos, "syntax error: cannot parenthesize embedded type"), how));
    }
    if what == "struct type" && field_start(i - 1) {
        // (the list's `;` follows the skipped field; a stray `;` is all of it)
        let how = match found {
            Tok::Semi(_) => Resync::Drop(1),
            _ => Resync::Skip { from: i, follow: Follow::FieldEnd, stand_in: StandIn::Nothing },
        };
        return Some((Diagnostic::new(pos, format!("syntax error: unexpected {found}, expected field name or embedded type")), how));
    }
    if what == "interface type" && matches!(toks[i - 1].1, Tok::Semi(_) | Tok::LBrace | Tok::Or) {
        // gc's embedded element (or a union's next term): it skips the term
        // and goes on with a bad one in its place
        let how = Resync::Skip { from: i, follow: Follow::FieldEnd, stand_in: StandIn::Name };
        return Some((Diagnostic::new(pos, format!("syntax error: unexpected {found}, expected ~ term or type")), how));
    }
    None
}

/// gc's words for what cannot start a parameter (token `i`, after the list's
/// `(` or a `,`): gc skips to the next `,` (which its list takes) or the `)`.
fn bad_parameter(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<(Diagnostic, Resync)> {
    let open = innermost_open(toks, i)?;
    if !(matches!(toks[i - 1].1, Tok::LParen | Tok::Comma) && opens_parameters(toks, open)) {
        return None;
    }
    let how = Resync::Skip { from: i, follow: Follow::ParamEnd, stand_in: StandIn::Nothing };
    Some((Diagnostic::new(toks[i].0, format!("syntax error: unexpected {}, expected )", toks[i].1)), how))
}

/// gc's words for a function declaration without its name (token `i` is where
/// the name should be, after `func` or a receiver): gc skips to the body and
/// declares `_`.
fn missing_func_name(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<(Diagnostic, Resync)> {
    let prev = &toks[i.checked_sub(1)?].1;
    let (func, want) = match prev {
        Tok::Func => (i - 1, "name or ("),
        Tok::RParen => (innermost_open(toks, i - 1)?.checked_sub(1)?, "name"),
        _ => return None,
    };
    if toks[func].1 != Tok::Func || innermost_open(toks, func).is_some() || !matches!(func.checked_sub(1).map(|j| &toks[j].1), None | Some(Tok::Semi(_))) {
        return None;
    }
    let found = &toks[i].1;
    let stand_in = StandIn::Tokens(vec![recover::blank(), Tok::LParen, Tok::RParen]);
    let how = Resync::Skip { from: i, follow: Follow::FuncBody, stand_in };
    Some((Diagnostic::new(toks[i].0, format!("syntax error: unexpected {found}, expected {want}")), how))
}

/// An interface method with type parameters (`M[T any](x T)`, token `i` in
/// its brackets): gc's parser reports it, an error but no syntax error, and
/// takes the method without them.
fn generic_iface_method(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<(Diagnostic, Resync)> {
    let k = innermost_open(toks, i).filter(|&k| toks[k].1 == Tok::LBrack)?;
    let body = innermost_open(toks, k).filter(|&o| toks[o].1 == Tok::LBrace)?;
    if !matches!(toks[k.checked_sub(1)?].1, Tok::Ident(_)) || toks[body.checked_sub(1)?].1 != Tok::Interface {
        return None;
    }
    let d = Diagnostic::new(toks[k].0, "interface method must have no type parameters");
    Some((d, Resync::Skip { from: k, follow: Follow::Params, stand_in: StandIn::Nothing }))
}

/// `func f[]()`, `func (r T) m[]()`: gc's parser reports the empty type
/// parameter list (token `i` is its `]`) and parses on as if it were absent.
fn empty_type_params(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<(Diagnostic, Resync)> {
    let k = i.checked_sub(1).filter(|&k| toks[k].1 == Tok::LBrack && toks[i].1 == Tok::RBrack)?;
    // after `func` or a method's receiver
    let after_func = |j: usize| match toks[j].1 {
        Tok::Func => true,
        Tok::RParen => innermost_open(toks, j).is_some_and(|o| o > 0 && toks[o - 1].1 == Tok::Func),
        _ => false,
    };
    let named_func = k >= 2 && matches!(toks[k - 1].1, Tok::Ident(_)) && after_func(k - 2);
    if !named_func || toks.get(i + 1).map(|t| &t.1) != Some(&Tok::LParen) {
        return None;
    }
    let d = Diagnostic::new(toks[i].0, "syntax error: empty type parameter list");
    Some((d, Resync::Skip { from: k, follow: Follow::Params, stand_in: StandIn::Nothing }))
}

/// gc's words for `...` without its type: it parses on.
fn missing_dots_type(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<(Diagnostic, Resync)> {
    (toks[i.checked_sub(1)?].1 == Tok::Ellipsis)
        .then(|| (Diagnostic::new(toks[i].0, "syntax error: ... is missing type"), Resync::Insert(vec![recover::blank()])))
}

/// The colons at depth 0 between the `[` at `open` and token `i`.
fn slice_colons(toks: &[(Pos, Tok, Pos)], open: usize, i: usize) -> usize {
    let mut depth = 0i32;
    let mut colons = 0;
    for (_, t, _) in &toks[open + 1..i] {
        match t {
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
            Tok::Colon if depth == 0 => colons += 1,
            _ => {}
        }
    }
    colons
}

/// Whether the token at `pos` follows, at top level, a function declaration
/// without a body: `func f()` then a newline (a semicolon) then `{`.
fn after_bodiless_func(toks: &[(Pos, Tok, Pos)], pos: Pos) -> bool {
    let Some(i) = toks.iter().position(|t| t.0 == pos) else { return false };
    if i < 1 || !matches!(toks[i - 1].1, Tok::Semi(_)) {
        return false;
    }
    // back to the start of the declaration before the semicolon, at depth 0;
    // braces there that open no struct or interface type are a body
    let mut depth = 0i32;
    for k in (0..i - 1).rev() {
        match toks[k].1 {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack => depth -= 1,
            Tok::LBrace if depth == 0 => return false,
            Tok::LBrace => {
                depth -= 1;
                if depth == 0 && !matches!(k.checked_sub(1).map(|p| &toks[p].1), Some(Tok::Struct | Tok::Interface)) {
                    return false;
                }
            }
            Tok::Semi(_) if depth == 0 => return false,
            Tok::Func if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

/// gc's words for an unexpected token where no more particular rule applies, and
/// what gc does next (token `i` is the unexpected one).
fn unexpected(tok: &Tok, expected: &[String], toks: &[(Pos, Tok, Pos)], i: usize) -> (String, Resync) {
    let has = |t: &str| expected.iter().any(|e| e.trim_matches('"') == t);
    let found = tok.to_string();
    let skip = |follow, stand_in| Resync::Skip { from: i, follow, stand_in };
    if has("func") && has("type") && has("var") && !has("name") {
        if matches!(tok, Tok::Import) {
            // gc parses the import where it is
            return ("syntax error: imports must appear before other declarations".into(), Resync::Drop(import_len(toks, i)));
        }
        return ("syntax error: non-declaration statement outside function body".into(), skip(Follow::Decl, StandIn::Nothing));
    }
    if has("package") {
        return ("syntax error: package statement must be first".into(), Resync::Stop);
    }
    if has("case") && has("default") && has("}") && (expected.len() == 3 || has("return")) {
        // where a clause (or, ending the one before, a statement) could start,
        // gc's clause parser skips to a clause's part and stands in a clause head
        let how = skip(Follow::ClauseParts, StandIn::Tokens(vec![Tok::Case, recover::blank()]));
        return (format!("syntax error: unexpected {found}, expected case or default or }}"), how);
    }
    let starts_expr = has("name") && has("int") && has("(") && has("func");
    let group =
        innermost_open(toks, i).is_some_and(|k| toks[k].1 == Tok::LParen && k > 0 && matches!(toks[k - 1].1, Tok::Var | Tok::Const | Tok::Type | Tok::Import));
    if group && has("name") && has(")") && !has(";") {
        // where a spec of the group starts: gc's `name` takes the token for
        // the spec's name
        return (format!("syntax error: unexpected {found}, expected name"), Resync::Replace(recover::blank()));
    }
    if group && has(";") && has(")") {
        let msg = format!("syntax error: unexpected {found} in grouped declaration; possibly missing semicolon or newline or )");
        return (msg, abandon_list(i, Tok::RParen));
    }
    if has("}") && has("return") && has("if") {
        // where a statement could start, gc's block parser wants its closing brace
        // (and takes the token for it)
        return (format!("syntax error: unexpected {found}, expected }}"), Resync::Replace(Tok::RBrace));
    }
    if has(";") && has("}") && !starts_expr {
        return (format!("syntax error: unexpected {found} at end of statement"), end_of_statement(i));
    }
    if has(";") && !has("}") && !starts_expr && !has(")") && innermost_open(toks, i).is_none() {
        return (format!("syntax error: unexpected {found} after top level declaration"), skip(Follow::Decl, StandIn::Semi));
    }
    if has("=") && has(":=") && !has(";") {
        // an expression list that is not an assignment's left side
        let how = skip(Follow::FieldEnd, StandIn::Tokens(vec![Tok::Assign, recover::blank()]));
        return (format!("syntax error: unexpected {found}, expected := or = or comma"), how);
    }
    // gc parses an expression where one may start after `[`, `return` or a
    // header's keyword, and for a composite literal's element
    let after_lbrack = i > 0 && toks[i - 1].1 == Tok::LBrack;
    if after_lbrack && *tok == Tok::RBrack {
        // an empty index (a type's `[]` would not be an error): gc complains and
        // takes it as a bad index; after a declaration's type name, as an
        // instance without type arguments
        let want = if type_name_before(toks, i - 1) { "type argument list" } else { "operand" };
        return (format!("syntax error: unexpected {found}, expected {want}"), Resync::Insert(vec![recover::blank()]));
    }
    // (a for header's condition or post statement may be missing, but is
    // no operator)
    let after_keyword = i > 0 && matches!(toks[i - 1].1, Tok::Return | Tok::If | Tok::For | Tok::Switch)
        || header_of(toks, i).is_some_and(|(t, semis)| *t == Tok::For && semis >= 1);
    let element = has("}") && has("{") && !has(";") && !has("return");
    // where an argument list could also close, gc still wants an expression;
    // where it could go on (a `,`), the list's own message below applies
    let list_continues = has(")") && has(",");
    // a slice's index after its `:` (gc's `expr`, which wants one)
    let after_colon = i > 0 && toks[i - 1].1 == Tok::Colon && innermost_open(toks, i).is_some_and(|k| toks[k].1 == Tok::LBrack);
    if starts_expr && !list_continues && (after_keyword || !has(";") && (!has("]") || after_lbrack || after_colon) && (!has("}") || element)) {
        return (format!("syntax error: unexpected {found}, expected expression"), skip(Follow::Closers, StandIn::Name));
    }
    if let Some(reply) = in_brackets(tok, expected, toks, i) {
        return reply;
    }
    // gc's lists: "in <list>; possibly missing <separator> or <close>"; an
    // argument list can continue its last expression, a parameter list cannot
    if has(",") && has(")") && !has("]") && !has("}") {
        let params = innermost_open(toks, i).is_some_and(|k| opens_parameters(toks, k));
        let list = if params { "parameter list" } else { "argument list" };
        return (format!("syntax error: unexpected {found} in {list}; possibly missing comma or )"), abandon_list(i, Tok::RParen));
    }
    if has(",") && has("}") && !has(")") {
        return (format!("syntax error: unexpected {found} in composite literal; possibly missing comma or }}"), abandon_list(i, Tok::RBrace));
    }
    if has(",") && has("]") && !has("+") && !has(")") && !has("}") {
        return (format!("syntax error: unexpected {found} in parameter list; possibly missing comma or ]"), abandon_list(i, Tok::RBrack));
    }
    if has("map") && has("chan") && has("struct") && has("[") && !starts_expr {
        let after_chan = |k: usize| k < i && toks[i - 1 - k].1 == Tok::Chan;
        if after_chan(0) || after_chan(1) && toks[i - 1].1 == Tok::Arrow {
            // gc's `chanElem`: it takes the element type as absent
            return ("syntax error: missing channel element type".into(), Resync::Insert(vec![recover::blank()]));
        }
        // gc's `type_`: it skips to what may follow a type
        return (format!("syntax error: unexpected {found}, expected type"), skip(Follow::TypeEnd, StandIn::Name));
    }
    if has(",") && has(":") && has("]") && !has(")") && !has("}") {
        // inside an index or slice expression
        return (format!("syntax error: unexpected {found}, expected comma, : or ]"), skip(Follow::IndexParts, StandIn::Nothing));
    }
    if expected.len() == 2 && has("name") && has("(") {
        if i > 0 && matches!(toks[i - 1].1, Tok::Var | Tok::Const | Tok::Type) {
            // gc's declaration parser takes the token for a name
            return (format!("syntax error: unexpected {found}, expected name"), Resync::Replace(recover::blank()));
        }
        // after a selector's dot
        return (format!("syntax error: unexpected {found}, expected name or ("), skip(Follow::SpecEnd, StandIn::Name));
    }
    // what can follow besides operators, then selectors, continuing an
    // expression or type
    const BINARY: [&str; 19] = ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "&&", "||", "==", "<", ">", "!=", "<=", ">="];
    let mut others: Vec<&str> = expected.iter().map(|e| e.trim_matches('"')).filter(|e| !BINARY.contains(e)).collect();
    others.sort_unstable();
    if others == ["(", "["] {
        // a function's signature (or its type parameters) after its name
        return (format!("syntax error: unexpected {found}, expected ("), Resync::Replace(Tok::LParen));
    }
    if others.len() > 1 {
        others.retain(|e| !matches!(*e, "." | "[" | "(" | "{"));
        if others.is_empty() {
            // only what continues an operand: a type where gc's grammar has an
            // expression (`[]int int{}`), which ends there for gc
            // (minigo's grammar is then given an empty literal of it)
            let literal = |then: Vec<Tok>| StandIn::Tokens([Tok::LBrace, Tok::RBrace].into_iter().chain(then).collect());
            match innermost_open(toks, i).map(|k| &toks[k].1) {
                None => return (format!("syntax error: unexpected {found} after top level declaration"), skip(Follow::Decl, literal(vec![recover::semi()]))),
                Some(Tok::LBrace) => return (format!("syntax error: unexpected {found} at end of statement"), skip(Follow::StmtEnd, literal(vec![]))),
                // an array's length or an index that is a type: gc's words for
                // what follows an operand in brackets (minigo's grammar, given
                // an empty literal of the type, then meets the token again
                // and recovers as gc does, on the same line, which reports once)
                Some(Tok::LBrack) => {
                    if let Some((msg, _)) = in_brackets(tok, &["]".to_string(), ",".to_string()], toks, i) {
                        return (msg, Resync::Insert(vec![Tok::LBrace, Tok::RBrace]));
                    }
                }
                _ => {}
            }
        }
    }
    if others == [":", "]"] && innermost_open(toks, i).is_some_and(|k| toks[k].1 == Tok::LBrack && slice_colons(toks, k, i) > 0) {
        // a slice's index: gc wants the `]` (and takes the token for it)
        return (format!("syntax error: unexpected {found}, expected ]"), Resync::Replace(Tok::RBrack));
    }
    if others == ["{"] && after_signature(toks, i) && innermost_open(toks, i).is_some_and(|o| toks[o].1 == Tok::LBrace) {
        // a func literal's signature without its body is a function type,
        // which ends the statement for gc (minigo's grammar is given a body)
        let how = skip(Follow::StmtEnd, StandIn::Tokens(vec![Tok::LBrace, Tok::RBrace]));
        return (format!("syntax error: unexpected {found} at end of statement"), how);
    }
    const STMT_GOES_ON: [&str; 17] = [",", "=", ":=", "++", "--", "<-", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^="];
    if others.contains(&";") && others.iter().all(|e| *e == ";" || STMT_GOES_ON.contains(e)) {
        // after an expression or expression list where only a `;` may end
        // the simple statement (a for header: `i := 0; i j`, `n < 9 := n
        // ++`): gc's statement ends where nothing continues it, and the
        // semicolon is wanted
        others.retain(|e| *e == ";");
    }
    if let [want] = others[..] {
        // gc's `want`: it takes the token for the one it wanted
        let (word, stands_for) = match want {
            "," => ("comma".to_string(), Some(Tok::Comma)),
            ";" => ("semicolon or newline".to_string(), Some(recover::semi())),
            "name" => (want.to_string(), Some(recover::blank())),
            k if crate::syntax::token::KEYWORDS.contains(&k) => (format!("keyword {k}"), Tok::keyword(k)),
            t => (t.to_string(), Lexer::new(t).next().map(|t| t.1).filter(|t| t.text() == want)),
        };
        let how = stands_for.map_or_else(|| recover::skip_construct(toks, i), Resync::Replace);
        return (format!("syntax error: unexpected {found}, expected {word}"), how);
    }
    (format!("syntax error: unexpected {found}"), recover::skip_construct(toks, i))
}

/// gc's `list` after an element followed by neither separator nor `close`: it
/// skips to a closing bracket, which ends the list if it is `close`.
fn abandon_list(i: usize, close: Tok) -> Resync {
    Resync::Skip { from: i, follow: Follow::Closers, stand_in: StandIn::Close(close) }
}

/// The number of tokens of the import declaration starting at token `i`, with
/// its `;`.
fn import_len(toks: &[(Pos, Tok, Pos)], i: usize) -> usize {
    let mut depth = 0i32;
    for (k, (_, t, _)) in toks.iter().enumerate().skip(i) {
        match t {
            Tok::LParen => depth += 1,
            Tok::RParen => depth -= 1,
            Tok::Semi(_) if depth <= 0 => return k + 1 - i,
            _ => {}
        }
    }
    toks.len() - i
}
