//! Parser glue: lex a file, reject generics up front with one clear message, run the
//! lalrpop parser, and word its errors the way gc's parser does.

use super::ast::{File, IdGen, P};
use super::build::{Arena, Builder, SyntaxError};
use super::lexer::Lexer;
use super::pos::Pos;
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
        Some((file, arenas)) => Parsed { file: Some(file), errors: vec![], arenas },
        None => parse_whole(src, base, ids),
    }
}

pub(super) fn parse_whole(src: &str, base: Pos, ids: &IdGen) -> Parsed {
    let builder = Builder::new(ids);
    let (file, errors) = parse_with(&builder, src, base);
    Parsed { file, errors, arenas: vec![builder.into_arena()] }
}

fn parse_with(builder: &Builder, src: &str, base: Pos) -> (Option<P<File>>, Vec<Diagnostic>) {
    let eof = base + src.len() as Pos;
    // Tokens stream from the lexer into the parser; only a failed parse looks at
    // the token sequence again (for gc's wording of the error).
    let Run { result, lex_errors: mut errors, too_deep } = run_grammar(builder, src, base, vec![]);
    if let Some(pos) = too_deep {
        errors.push(Diagnostic::new(pos, format!("minigo does not support expressions nested more than {MAX_NESTING} levels deep")));
        return (None, errors);
    }
    if result.is_err() {
        let (toks, _) = lex(src, base);
        return parse_failed(result, toks, errors, builder, eof);
    }
    (result.ok(), errors)
}

fn parse_failed(
    mut result: Result<P<File>, ParseError<Pos, Tok, SyntaxError>>,
    toks: Vec<(Pos, Tok, Pos)>,
    mut errors: Vec<Diagnostic>,
    builder: &Builder,
    eof: Pos,
) -> (Option<P<File>>, Vec<Diagnostic>) {
    if !errors.is_empty() && matches!(result, Err(ParseError::UnrecognizedEof { .. })) {
        // gc drops a syntax error at the end of the file when an error came before
        // (typically an unterminated literal that swallowed the rest): it closes what
        // is open and type-checks what it has.
        let closed = close_at_eof(&toks, eof);
        result = go::SourceFileParser::new().parse(builder, closed.into_iter().map(Ok::<_, SyntaxError>));
    }
    match result {
        Ok(file) => (Some(file), errors),
        Err(e) => {
            errors.push(syntax_error(e, eof, &toks));
            (None, errors)
        }
    }
}

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

/// gc words a syntax error by what it found and, where it has one, what it expected.
fn syntax_error(e: ParseError<Pos, Tok, SyntaxError>, eof: Pos, toks: &[(Pos, Tok, Pos)]) -> Diagnostic {
    match e {
        ParseError::User { error } => Diagnostic::new(error.pos, error.msg),
        ParseError::UnrecognizedToken { token: (pos, Tok::LBrace, _), .. } if after_bodiless_func(toks, pos) => {
            // gc: the opening brace of a function put on the next line
            Diagnostic::new(pos, "syntax error: unexpected semicolon or newline before {")
        }
        ParseError::UnrecognizedToken { token: (pos, tok, _), expected } => {
            // gc's words that depend on what comes before the token
            let special = toks.iter().position(|t| t.0 == pos).and_then(|i| {
                by_previous(toks, i).or_else(|| in_case_list(toks, i, &expected)).or_else(|| match &tok {
                    Tok::LBrace => early_block(toks, i),
                    Tok::Colon | Tok::RBrack => missing_slice_index(toks, i),
                    _ if expected.iter().any(|e| e == "\"{\"") => missing_block(toks, i),
                    _ => in_type_body(toks, i, &expected),
                })
            });
            special.unwrap_or_else(|| Diagnostic::new(pos, unexpected(&tok, &expected)))
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let has = |t: &str| expected.iter().any(|e| e.trim_matches('"') == t);
            // a list or block that only its closing token could end: gc wants it
            let closers: Vec<&str> = [")", "}", "]"].into_iter().filter(|c| has(c)).collect();
            let msg = match closers[..] {
                [close] if !has(",") => format!("syntax error: unexpected EOF, expected {close}"),
                _ => unexpected(&Tok::Semi(SemiKind::Eof), &expected),
            };
            Diagnostic::new(location.max(eof), msg)
        }
        ParseError::ExtraToken { token: (pos, tok, _) } => Diagnostic::new(pos, format!("syntax error: unexpected {tok} after top level declaration")),
        ParseError::InvalidToken { location } => Diagnostic::new(location, "syntax error: invalid token"),
    }
}

/// The keyword (`if`, `for`, `switch`) of the statement header that token `i`
/// is in, with the number of the header's semicolons before it: walking back
/// at bracket depth 0, across at most the two semicolons a header has (a
/// newline's only just before token `i`: further back, or after a closing
/// brace, it ends a statement).
fn header_of(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<(&Tok, usize)> {
    let (mut depth, mut semis) = (0i32, 0);
    for (j, (_, t, _)) in toks[..i].iter().enumerate().rev() {
        match t {
            Tok::Semi(SemiKind::Newline) if j + 1 < i || (j > 0 && toks[j - 1].1 == Tok::RBrace) => return None,
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
fn early_block(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<Diagnostic> {
    let pos = toks[i].0;
    let prev = &toks[i.checked_sub(1)?];
    let msg = match (header_of(toks, i)?, &prev.1) {
        ((Tok::If, 0), Tok::If) => "missing condition in if statement",
        ((Tok::If, 1), Tok::Semi(SemiKind::Newline)) => return Some(Diagnostic::new(prev.0, "syntax error: unexpected newline, expected { after if clause")),
        ((Tok::If, 1), Tok::Semi(_)) => return Some(Diagnostic::new(prev.0, "syntax error: missing condition in if statement")),
        ((Tok::For, 1), Tok::Semi(_)) => "unexpected {, expected for loop condition",
        ((Tok::For, 1), _) => "unexpected {, expected semicolon or newline",
        _ => return None,
    };
    Some(Diagnostic::new(pos, format!("syntax error: {msg}")))
}

/// gc's words for what is not the `{` a complete statement header ends with
/// (token `i`; `{` was expected): a header with all its clauses, or a `for`
/// with a range clause. An incomplete one wants a `{` plainly.
fn missing_block(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<Diagnostic> {
    let (pos, found) = (toks[i].0, &toks[i].1);
    let (keyword, semis) = header_of(toks, i)?;
    let ranges = || toks[..i].iter().rev().take_while(|t| t.1 != Tok::For).any(|t| t.1 == Tok::Range);
    match (keyword, semis) {
        (Tok::For, 2) => {}
        (Tok::For, 0) if ranges() => {}
        (Tok::If, 1) => {}
        (Tok::Switch, 1) => return Some(Diagnostic::new(pos, "syntax error: missing { after switch clause")),
        _ => return Some(Diagnostic::new(pos, format!("syntax error: unexpected {found}, expected {{"))),
    }
    let clause = if *keyword == Tok::If { "if" } else { "for" };
    Some(Diagnostic::new(pos, format!("syntax error: unexpected {found}, expected {{ after {clause} clause")))
}

/// gc's words where the token before the unexpected one (token `i`) decides
/// them: `else` followed by neither `if` nor a block, `chan` without an
/// element type, `var` opening a statement header, a type declaration
/// without its type.
fn by_previous(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<Diagnostic> {
    let (pos, found) = (toks[i].0, &toks[i].1);
    let back = |k: usize| i.checked_sub(k).map(|j| &toks[j].1);
    let msg = match back(1)? {
        Tok::Else => "syntax error: else must be followed by if or statement block".to_string(),
        Tok::Chan => "syntax error: missing channel element type".to_string(),
        prev @ (Tok::If | Tok::For | Tok::Switch) if *found == Tok::Var => {
            let keyword = match prev {
                Tok::If => "if",
                Tok::For => "for",
                _ => "switch",
            };
            // (gc reports it once past the `var`)
            let at = toks.get(i + 1).map_or(pos, |t| t.0);
            return Some(Diagnostic::new(at, format!("syntax error: var declaration not allowed in {keyword} initializer")));
        }
        Tok::Ident(_) if back(2) == Some(&Tok::Type) => format!("syntax error: unexpected {found} in type declaration"),
        Tok::Assign if matches!(back(2), Some(Tok::Ident(_))) && back(3) == Some(&Tok::Type) => format!("syntax error: unexpected {found} in type declaration"),
        _ => return None,
    };
    Some(Diagnostic::new(pos, msg))
}

/// gc's words for a case's expression list not ended by its colon (token
/// `i` is where the colon was wanted): `case 0;`.
fn in_case_list(toks: &[(Pos, Tok, Pos)], i: usize, expected: &[String]) -> Option<Diagnostic> {
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
                return Some(Diagnostic::new(toks[i].0, format!("syntax error: unexpected {found}, expected :")));
            }
            _ => {}
        }
    }
    None
}

/// gc's words for a struct or interface type's list of fields or methods
/// going wrong where one could end (token `i` is in the list).
fn in_type_body(toks: &[(Pos, Tok, Pos)], i: usize, expected: &[String]) -> Option<Diagnostic> {
    if !(expected.iter().any(|e| e == "\";\"") && expected.iter().any(|e| e == "\"}\"")) {
        return None;
    }
    let (pos, found) = (toks[i].0, &toks[i].1);
    let mut depth = 0i32;
    for (j, (_, t, _)) in toks[..i].iter().enumerate().rev() {
        match t {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LBrace if depth == 0 => {
                let what = match toks[j.checked_sub(1)?].1 {
                    Tok::Struct => "struct type",
                    Tok::Interface => "interface type",
                    _ => return None,
                };
                let msg = format!("syntax error: unexpected {found} in {what}; possibly missing semicolon or newline or }}");
                return Some(Diagnostic::new(pos, msg));
            }
            Tok::LParen | Tok::LBrack if depth == 0 => return None,
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth -= 1,
            _ => {}
        }
    }
    None
}

/// gc's words for a slice expression missing an index: `a[i::k]`, `a[i:j:]`
/// (token `i` is the second `:` or the `]`).
fn missing_slice_index(toks: &[(Pos, Tok, Pos)], i: usize) -> Option<Diagnostic> {
    let pos = toks[i].0;
    if !matches!(toks[i.checked_sub(1)?].1, Tok::Colon) {
        return None;
    }
    // the colons of the innermost open bracket
    let (mut depth, mut colons) = (0i32, 0);
    for (_, t, _) in toks[..i].iter().rev() {
        match t {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LBrack if depth == 0 => break,
            Tok::LParen | Tok::LBrace if depth == 0 => return None,
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth -= 1,
            Tok::Colon if depth == 0 => colons += 1,
            _ => {}
        }
    }
    match (&toks[i].1, colons) {
        (Tok::Colon, 1) => Some(Diagnostic::new(pos, "middle index required in 3-index slice")),
        (Tok::RBrack, 2) => Some(Diagnostic::new(pos, "final index required in 3-index slice")),
        _ => None,
    }
}

/// Whether the token at `pos` follows, at top level, a function declaration
/// without a body: `func f()` then a newline (a semicolon) then `{`.
fn after_bodiless_func(toks: &[(Pos, Tok, Pos)], pos: Pos) -> bool {
    let Some(i) = toks.iter().position(|t| t.0 == pos) else { return false };
    if i < 1 || !matches!(toks[i - 1].1, Tok::Semi(_)) {
        return false;
    }
    // back to the start of the declaration before the semicolon, at depth 0
    let mut depth = 0i32;
    for (_, t, _) in toks[..i - 1].iter().rev() {
        match t {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack => depth -= 1,
            Tok::LBrace if depth == 0 => return false,
            Tok::LBrace => depth -= 1,
            Tok::Semi(_) if depth == 0 => return false,
            Tok::Func if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

fn unexpected(tok: &Tok, expected: &[String]) -> String {
    let has = |t: &str| expected.iter().any(|e| e.trim_matches('"') == t);
    let found = tok.to_string();
    if has("func") && has("type") && has("var") && !has("name") {
        if matches!(tok, Tok::Import) {
            return "syntax error: imports must appear before other declarations".into();
        }
        return "syntax error: non-declaration statement outside function body".into();
    }
    if has("package") {
        return "syntax error: package statement must be first".into();
    }
    let starts_expr = has("name") && has("int") && has("(") && has("func");
    if has("}") && has("return") && has("if") {
        // where a statement could start, gc's block parser wants its closing brace
        return format!("syntax error: unexpected {found}, expected }}");
    }
    if has(";") && has("}") && !starts_expr {
        return format!("syntax error: unexpected {found} at end of statement");
    }
    if has(";") && !has("}") && !starts_expr && !has(")") {
        return format!("syntax error: unexpected {found} after top level declaration");
    }
    // where an argument list could also close, gc still wants an expression;
    // where it could go on (a `,`), the list's own message below applies
    let list_continues = has(")") && has(",");
    if starts_expr && !has(";") && !list_continues && !has("]") && !has("}") {
        return format!("syntax error: unexpected {found}, expected expression");
    }
    // gc's lists: "in <list>; possibly missing <separator> or <close>"; an
    // argument list can continue its last expression, a parameter list cannot
    if has(",") && has(")") && !has("]") && !has("}") {
        let list = if has("+") { "argument list" } else { "parameter list" };
        return format!("syntax error: unexpected {found} in {list}; possibly missing comma or )");
    }
    if has(",") && has("}") && !has(")") {
        return format!("syntax error: unexpected {found} in composite literal; possibly missing comma or }}");
    }
    if has(",") && has("]") && !has("+") && !has(")") && !has("}") {
        return format!("syntax error: unexpected {found} in parameter list; possibly missing comma or ]");
    }
    if has(",") && has(":") && has("]") && !has(")") && !has("}") {
        // inside an index or slice expression
        return format!("syntax error: unexpected {found}, expected comma, : or ]");
    }
    if expected.len() == 2 && has("name") && has("(") {
        // after a selector's dot
        return format!("syntax error: unexpected {found}, expected name or (");
    }
    if expected.len() == 1 {
        // gc's tokstring
        let want = match expected[0].trim_matches('"') {
            "," => "comma".to_string(),
            ";" => "semicolon or newline".to_string(),
            k if crate::syntax::token::KEYWORDS.contains(&k) => format!("keyword {k}"),
            t => t.to_string(),
        };
        return format!("syntax error: unexpected {found}, expected {want}");
    }
    format!("syntax error: unexpected {found}")
}
