//! What an input typed at the prompt is, and the Go files the session compiles for
//! it. An input is either declarations (as in a file: imports, funcs, types, vars,
//! consts) or statements. Statements are taken one at a time, in order, each a
//! *unit* compiled and run before the next is checked:
//! - `a, b := f()` at top level declares session variables: it becomes the
//!   package-level `var a, b = f()`, so later inputs see `a` and `b`;
//! - `var`, `const` and `type` declarations become package-level ones;
//! - an expression (or a list of them) becomes a call of `repl.Show`, which hands
//!   their values back to be printed;
//! - the other statements (consecutive ones together) become the body of a
//!   function the unit runs.
//!
//! Every unit's file puts the input's text at the line and column it has in the
//! input (after a fixed number of header lines the file set does not count), so
//! diagnostics point into the input as typed.

use crate::syntax::ast::{Expr, ExprKind, File, Stmt, StmtKind};
use crate::syntax::lexer::Lexer;
use crate::syntax::parser::Diagnostic;
use crate::syntax::pos::Pos;
use crate::syntax::token::Tok;
use crate::types::Program;

/// The name diagnostics give the input.
pub const FILE_NAME: &str = "repl.go";

/// The package name under which units refer to `internal/repl`.
pub const SHOW_PKG: &str = "__minigo_repl";

/// A part of an input, by byte range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Declarations, as a file would have them.
    Decls(usize, usize),
    /// `names := values` at top level; the second offset is that of `:=`.
    Define(usize, usize, usize),
    /// Statements to run.
    Stmts(usize, usize),
    /// An expression whose values are printed; `call` if it is a call (which
    /// may have no value, and then runs as a statement).
    Show(usize, usize, bool),
}

/// Splits an input into pieces, or reports its syntax errors.
pub fn pieces(p: &mut Program, src: &str) -> Result<Vec<Piece>, Vec<Diagnostic>> {
    let (decls, decl_errs) = p.parse_shifted(FILE_NAME, &format!("package main\n{src}"), 1);
    if decls.is_some() && decl_errs.is_empty() {
        return Ok(vec![Piece::Decls(0, src.len())]);
    }
    const HEADER: &str = "package main\nfunc _() {\n";
    let (stmts, stmt_errs) = p.parse_shifted(FILE_NAME, &format!("{HEADER}{src}\n}}"), 2);
    let Some(file) = stmts.filter(|_| stmt_errs.is_empty()) else {
        // `a, b` is no statement, but a REPL shows it
        let (list, list_errs) = p.parse_shifted(FILE_NAME, &format!("package main\nfunc _() {{\nf(\n{src},\n)\n}}"), 3);
        if list.is_some() && list_errs.is_empty() {
            let start = Lexer::new(src).next().map_or(0, |t| t.0);
            return Ok(vec![Piece::Show(start, code_end(src, start, src.len()), false)]);
        }
        let first = Lexer::new(src).next().map(|t| t.1);
        return Err(if matches!(first, Some(Tok::Import | Tok::Func | Tok::Package)) { decl_errs } else { stmt_errs });
    };
    let base = p.fset.file(file.end).base as usize + HEADER.len();
    let starts: Vec<usize> = body(file).iter().map(|s| stmt_start(s) as usize - base).chain([src.len()]).collect();
    let mut out: Vec<Piece> = Vec::new();
    for (i, s) in body(file).iter().enumerate() {
        let (start, end) = (starts[i], code_end(src, starts[i], starts[i + 1]));
        let piece = match &s.kind {
            StmtKind::Empty => continue,
            StmtKind::Decl(_) => Piece::Decls(start, end),
            StmtKind::Define(lhs, _, at) if lhs.iter().all(|e| matches!(e.kind, ExprKind::Ident(_))) => Piece::Define(start, end, *at as usize - base),
            StmtKind::Expr(e) => Piece::Show(start, end, matches!(e.unparen().kind, ExprKind::Call { .. })),
            _ => Piece::Stmts(start, end),
        };
        match (out.last_mut(), piece) {
            (Some(Piece::Stmts(_, e)), Piece::Stmts(_, end)) => *e = end,
            _ => out.push(piece),
        }
    }
    Ok(out)
}

fn body(f: &'static File) -> &'static [Stmt] {
    match f.decls.last() {
        Some(crate::syntax::ast::Decl::Func(fd)) => fd.body.as_ref().map_or(&[], |b| b.stmts),
        _ => &[],
    }
}

/// What follows the package clause `src` starts with (a pasted file), if it
/// starts with one: `package NAME` alone on its first line that has code.
pub fn after_package_clause(src: &str) -> Option<&str> {
    let start = src.len() - src.trim_start().len();
    let line_end = src[start..].find('\n').map_or(src.len(), |i| start + i);
    let rest = src[start..line_end].strip_prefix("package")?;
    let name = rest.trim().trim_end_matches(';').trim_end();
    let ident = name.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_') && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    (rest.starts_with(char::is_whitespace) && ident).then(|| &src[line_end..])
}

/// Where a statement's text starts: a statement led by an expression starts
/// where that does (gc positions `a[i:j]` at its `[`).
fn stmt_start(s: &Stmt) -> Pos {
    let lead = match &s.kind {
        StmtKind::Expr(e) | StmtKind::IncDec(e, _) => Some(&**e),
        StmtKind::Send(e, _) | StmtKind::OpAssign(_, e, _) => Some(&**e),
        StmtKind::Assign(lhs, _) | StmtKind::Define(lhs, _, _) => lhs.first(),
        _ => None,
    };
    lead.map_or(s.pos, |e| leftmost(e).min(s.pos))
}

fn leftmost(e: &Expr) -> Pos {
    match &e.kind {
        ExprKind::Slice { x, .. } | ExprKind::Index { x, .. } | ExprKind::Selector(x, _, _) | ExprKind::Binary { x, .. } | ExprKind::TypeAssert { x, .. } => {
            leftmost(x)
        }
        ExprKind::Call { fun, .. } => leftmost(fun),
        _ => e.pos,
    }
}

/// Where the code of the statement at `start` ends, before `limit` (the next
/// statement): after its last token, leaving out semicolons and comments.
fn code_end(src: &str, start: usize, limit: usize) -> usize {
    Lexer::new(&src[start..limit]).filter(|t| !matches!(t.1, Tok::Semi(_))).last().map_or(start, |t| start + t.2)
}

/// The Go file for a piece (`run` names the function a statement unit declares)
/// and the number of header lines before the input's text.
pub fn unit_file(src: &str, piece: Piece, run: &str) -> (String, usize) {
    let (header, (start, end), footer) = match piece {
        Piece::Decls(s, e) => ("package main\n".to_string(), (s, e), "\n"),
        Piece::Define(s, e, _) => ("package main\nvar (\n".to_string(), (s, e), "\n)\n"),
        Piece::Stmts(s, e) => (format!("package main\nfunc {run}() {{\n"), (s, e), "\n}\n"),
        Piece::Show(s, e, _) => (format!("package main\nfunc {run}() {{\n{SHOW_PKG}.Show(\n"), (s, e), ",\n)\n}\n"),
    };
    let mut text = src[start..end].to_string();
    if let Piece::Define(s, _, at) = piece {
        // `a, b := x` → `a, b  = x`, in a var group: the columns stay
        text.replace_range(at - s..at - s + 2, " =");
    }
    // the piece at its own line and column
    let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
    let lines = src[..start].matches('\n').count();
    let shift = header.matches('\n').count();
    let out = format!("{header}{}{}{text}{footer}", "\n".repeat(lines), " ".repeat(start - line_start));
    (out, shift)
}

/// Whether `src` is unfinished: a bracket, a raw string or a comment is open, or
/// the last line ends in an operator or a comma.
pub fn incomplete(src: &str) -> bool {
    let mut lx = Lexer::new(src);
    let mut depth = 0i32;
    let mut last = None;
    for (_, tok, _) in lx.by_ref() {
        match tok {
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
            Tok::Semi(_) => continue,
            _ => {}
        }
        last = Some(tok);
    }
    let open = lx.take_errors().iter().any(|e| e.msg == "comment not terminated" || e.msg == "string not terminated" && src[e.pos..].starts_with('`'));
    open || depth > 0 || last.is_some_and(|t| !t.ends_statement())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Piece> {
        pieces(&mut Program::new(), src).unwrap()
    }

    #[test]
    fn finds_package_clauses() {
        assert_eq!(super::after_package_clause("package main"), Some(""));
        assert_eq!(super::after_package_clause("\n  package main;\nfunc f() {}\n"), Some("\nfunc f() {}\n"));
        assert_eq!(super::after_package_clause("packagemain"), None);
        assert_eq!(super::after_package_clause("package 1x"), None);
        assert_eq!(super::after_package_clause("package := 1"), None);
        assert_eq!(super::after_package_clause("x := 1"), None);
    }

    #[test]
    fn splits_statements() {
        assert_eq!(kinds("func f() int { return 1 }"), [Piece::Decls(0, 25)]);
        assert_eq!(kinds("x := 1"), [Piece::Define(0, 6, 2)]);
        assert_eq!(kinds("x := 1; x++; y = 2 // c\nx"), [Piece::Define(0, 6, 2), Piece::Stmts(8, 18), Piece::Show(24, 25, false)]);
        assert_eq!(kinds("f(1)"), [Piece::Show(0, 4, true)]);
        assert_eq!(kinds("a, f(b)"), [Piece::Show(0, 7, false)]);
        assert_eq!(kinds("a[1:]; a[1:][0]++; a[:1] + b"), [Piece::Show(0, 5, false), Piece::Stmts(7, 17), Piece::Show(19, 28, false)]);
        assert_eq!(kinds("for i := range 3 {\n\tprintln(i)\n}"), [Piece::Stmts(0, 32)]);
        assert_eq!(kinds("for i := 0; i < 3; i++ {}; i := 1"), [Piece::Stmts(0, 25), Piece::Define(27, 33, 29)]);
    }

    #[test]
    fn keeps_positions() {
        let src = "x := 1\n  y := zz";
        let (text, shift) = unit_file(src, Piece::Define(9, 16, 11), "f");
        assert_eq!(shift, 2);
        assert_eq!(text, "package main\nvar (\n\n  y  = zz\n)\n");
    }

    #[test]
    fn knows_unfinished_input() {
        for s in ["func f() {", "x := []int{1,", "a +", "`raw", "/* c", "f(1,\n2"] {
            assert!(incomplete(s), "{s}");
        }
        for s in ["x := 1", "f()", "}", "\"unterminated", "x++"] {
            assert!(!incomplete(s), "{s}");
        }
    }
}
