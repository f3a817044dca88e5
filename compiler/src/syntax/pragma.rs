//! Compiler directives: `//go:` comments, as cmd/compile reads them (its
//! noder's `pragma` handler and the parser's `takePragma`/`clearPragma`).
//!
//! gc's scanner hands every `//go:` line comment to the handler as it meets
//! it. One that does not start its line (only blanks before it) is a
//! `misplaced compiler directive` whatever it says. Otherwise its verb (the
//! text up to the first blank) is checked — runtime-only verbs, cgo's outside
//! cgo-generated files, malformed `go:linkname` and `go:embed` — and its flag
//! (`pragma_flag`: zero for verbs gc does not know, which are never errors)
//! is added to the pragmas pending in the parser. The parser gives the pending
//! pragmas to the construct whose parse starts at the next token — the
//! package clause, a function declaration, a declaration or a spec of a
//! grouped one — or, at any other token, drops them, reporting every flagged
//! one as misplaced. The errors so far are the parser's: the file is still
//! type-checked. A construct's pragmas are checked against what it allows
//! only once the package has type-checked without error (gc's IR writer): a
//! function takes any flag but `go:build`, the package clause only
//! `go:build`, the others none; `go:embed` only a variable declaration, in a
//! file that imports "embed".
//!
//! minigo finds where each directive goes from the file's tokens (`attach`),
//! so the parser need not know about them; files without `//go:` are not
//! looked at. Directives change nothing else: gc's flags steer its back end
//! (inlining, stack checks), which minigo's is not, and a `go:linkname` only
//! names a symbol — but one that gives a function without a body another
//! package's code, which minigo cannot link (see `types::decl`).

use super::lexer::Lexer;
use super::token::Tok;

/// gc's pragma flags (`ir.PragmaFlag`), those a directive sets.
pub mod flag {
    pub const GO_BUILD: u32 = 1 << 0;
    pub const NOESCAPE: u32 = 1 << 1;
    pub const NORACE: u32 = 1 << 2;
    pub const NOSPLIT: u32 = 1 << 3;
    pub const NOINLINE: u32 = 1 << 4;
    pub const NO_CHECK_PTR: u32 = 1 << 5;
    pub const SYSTEMSTACK: u32 = 1 << 6;
    pub const NOWRITEBARRIER: u32 = 1 << 7;
    pub const NOWRITEBARRIERREC: u32 = 1 << 8;
    pub const YESWRITEBARRIERREC: u32 = 1 << 9;
    pub const CGO_UNSAFE_ARGS: u32 = 1 << 10;
    pub const UINTPTR_KEEPALIVE: u32 = 1 << 11;
    pub const UINTPTR_ESCAPES: u32 = 1 << 12;
    pub const REGISTER_PARAMS: u32 = 1 << 13;
    /// What only the runtime may say.
    pub const RUNTIME: u32 = SYSTEMSTACK | NOWRITEBARRIER | NOWRITEBARRIERREC | YESWRITEBARRIERREC;
    /// What a function declaration takes (gc's `funcPragmas`): all but `GO_BUILD`.
    pub const FUNC: u32 = !GO_BUILD;
}

/// The flag of directive `verb` (`go:noinline`), 0 for one gc does not know.
fn pragma_flag(verb: &str) -> u32 {
    use flag::*;
    match verb {
        "go:build" => GO_BUILD,
        "go:noescape" => NOESCAPE,
        "go:norace" => NORACE,
        "go:nosplit" => NOSPLIT | NO_CHECK_PTR,
        "go:noinline" => NOINLINE,
        "go:nocheckptr" => NO_CHECK_PTR,
        "go:systemstack" => SYSTEMSTACK,
        "go:nowritebarrier" => NOWRITEBARRIER,
        "go:nowritebarrierrec" => NOWRITEBARRIERREC | NOWRITEBARRIER,
        "go:yeswritebarrierrec" => YESWRITEBARRIERREC,
        "go:cgo_unsafe_args" => CGO_UNSAFE_ARGS | NO_CHECK_PTR,
        "go:uintptrkeepalive" => UINTPTR_KEEPALIVE,
        "go:uintptrescapes" => UINTPTR_ESCAPES | UINTPTR_KEEPALIVE,
        "go:registerparams" => REGISTER_PARAMS,
        _ => 0,
    }
}

/// A `//go:linkname local [remote]` directive.
#[derive(Clone, Debug, PartialEq)]
pub struct Linkname {
    /// Offset of its text (past `//`).
    pub at: usize,
    /// `go:linkname` or `go:linknamestd`.
    pub directive: String,
    pub local: String,
    pub remote: Option<String>,
}

/// A file's directives, checked as far as the file alone tells.
#[derive(Clone, Debug, Default)]
pub struct Pragmas {
    /// gc's parser's errors (offset, message): reported with the file's other
    /// syntax-level errors, the file still type-checked.
    pub errors: Vec<(usize, String)>,
    /// Its errors for directives no construct takes: where its parser was is
    /// known only for a file without syntax errors (gc's recovery skips
    /// tokens, and a declaration after them takes what was pending).
    pub dropped: Vec<(usize, String)>,
    /// The errors gc reports only for a package that type-checked: directives
    /// the construct they precede does not take.
    pub late: Vec<(usize, String)>,
    /// `go:embed` directives before a variable declaration: an error where the
    /// file does not import "embed" (and "embed" is a package minigo has not).
    pub embeds: Vec<usize>,
    /// `go:linkname`s, checked against the package's declarations.
    pub linknames: Vec<Linkname>,
}

/// The construct a directive goes to: the one whose parse starts at the
/// next token.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Attach {
    File,
    Func,
    /// A declaration, or a spec in a grouped one (`var` for a variable's).
    Decl {
        var: bool,
    },
    /// None: the parser drops it.
    Dropped,
}

/// The directives of the file `name` with source `src`.
pub fn scan(src: &str, name: &str) -> Pragmas {
    let mut p = Pragmas::default();
    if !src.contains("//go:") {
        return p;
    }
    let toks: Vec<(usize, Tok, usize)> = Lexer::new(src).collect();
    let cgo_generated = name.rsplit('/').next().unwrap_or(name).starts_with("_cgo_");
    let mut ctx = Context::default();
    let mut prev_end = 0;
    for i in 0..=toks.len() {
        let next = toks.get(i).map_or(src.len(), |t| t.0);
        for at in directives(src, prev_end, next) {
            let text = src[at..].lines().next().unwrap_or("").trim_end_matches('\r');
            let blank = src[..at - 2].rsplit('\n').next().unwrap_or("").bytes().all(|b| b == b' ' || b == b'\t' || b == b'\r');
            if !blank {
                p.errors.push((at, "misplaced compiler directive".into()));
                continue;
            }
            let (flag, embed) = p.handle(at, text, cgo_generated);
            if flag == 0 && !embed {
                continue;
            }
            match ctx.attach(&toks, i) {
                Attach::Dropped => {
                    if flag != 0 {
                        p.dropped.push((at, "misplaced compiler directive".into()));
                    }
                    if embed {
                        p.dropped.push((at, "misplaced go:embed directive".into()));
                    }
                }
                attach => {
                    let allowed = match attach {
                        Attach::File => flag::GO_BUILD,
                        Attach::Func => flag::FUNC,
                        _ => 0,
                    };
                    if flag & !allowed != 0 {
                        p.late.push((at, "misplaced compiler directive".into()));
                    }
                    match attach {
                        _ if !embed => {}
                        Attach::Decl { var: true } => p.embeds.push(at),
                        _ => p.late.push((at, "misplaced go:embed directive".into())),
                    }
                }
            }
        }
        if let Some(t) = toks.get(i) {
            ctx.step(&toks, i);
            prev_end = t.2;
        }
    }
    p
}

/// The offsets of the texts (past `//`) of the `//go:` comments in
/// `src[from..to]`, a stretch between two tokens: blanks and comments.
fn directives(src: &str, from: usize, to: usize) -> Vec<usize> {
    let mut found = Vec::new();
    let mut i = from;
    let b = src.as_bytes();
    while i + 1 < to {
        match (b[i], b[i + 1]) {
            (b'/', b'/') => {
                if src[i + 2..].starts_with("go:") {
                    found.push(i + 2);
                }
                i = src[i..to].find('\n').map_or(to, |n| i + n);
            }
            (b'/', b'*') => i = src[i + 2..to].find("*/").map_or(to, |n| i + 2 + n + 2),
            _ => i += 1,
        }
    }
    found
}

/// Where the token stream is, as far as attaching directives needs: the open
/// brackets, each marked when it opens a grouped declaration (and whether a
/// `var` one).
#[derive(Default)]
struct Context {
    open: Vec<Option<bool>>,
}

impl Context {
    /// Takes token `i` into account.
    fn step(&mut self, toks: &[(usize, Tok, usize)], i: usize) {
        match toks[i].1 {
            Tok::LParen => {
                let group = i.checked_sub(1).and_then(|j| match toks[j].1 {
                    Tok::Var => Some(true),
                    Tok::Const | Tok::Type | Tok::Import => Some(false),
                    _ => None,
                });
                self.open.push(group);
            }
            Tok::LBrack | Tok::LBrace => self.open.push(None),
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                self.open.pop();
            }
            _ => {}
        }
    }

    /// Where a directive just before token `i` goes (`i` past the end: none).
    fn attach(&self, toks: &[(usize, Tok, usize)], i: usize) -> Attach {
        let Some((_, tok, _)) = toks.get(i) else { return Attach::Dropped };
        let after_semi = i == 0 || matches!(toks[i - 1].1, Tok::Semi(_));
        match tok {
            Tok::Package => Attach::File,
            Tok::Func if self.open.is_empty() && after_semi => Attach::Func,
            // (a statement follows a `;`, a `{` or a case's `:`)
            Tok::Var | Tok::Const | Tok::Type | Tok::Import if after_semi || matches!(toks[i - 1].1, Tok::LBrace | Tok::Colon) => {
                match toks.get(i + 1) {
                    // a group: each spec takes its own
                    Some((_, Tok::LParen, _)) => Attach::Dropped,
                    _ => Attach::Decl { var: *tok == Tok::Var },
                }
            }
            Tok::RParen | Tok::RBrace | Tok::Semi(_) => Attach::Dropped,
            _ => match self.open.last() {
                Some(&Some(var)) if after_semi || matches!(toks[i - 1].1, Tok::LParen) => Attach::Decl { var },
                _ => Attach::Dropped,
            },
        }
    }
}

impl Pragmas {
    /// Checks directive `text` (at offset `at`, alone on its line) as gc's
    /// handler does, recording linknames; its flag, and whether it is a
    /// `go:embed`.
    fn handle(&mut self, at: usize, text: &str, cgo_generated: bool) -> (u32, bool) {
        let fields: Vec<&str> = text.split_whitespace().collect();
        let verb = text.split(' ').next().unwrap_or(text);
        let has_args = text.len() > verb.len();
        let mut err = |msg: String| self.errors.push((at, msg));
        match verb {
            "go:wasmimport" if has_args => {
                if fields.len() != 3 {
                    err("usage: //go:wasmimport importmodule importname".into());
                }
            }
            "go:wasmexport" if has_args => {
                if fields.len() != 2 {
                    err("usage: //go:wasmexport exportname".into());
                }
            }
            "go:linkname" | "go:linknamestd" if has_args => {
                if (2..=3).contains(&fields.len()) {
                    let (local, remote) = (fields[1].to_string(), fields.get(2).map(|r| r.to_string()));
                    self.linknames.push(Linkname { at, directive: verb.into(), local, remote });
                } else {
                    err(format!("usage: //{} localname [linkname]", fields[0]));
                }
            }
            "go:embed" => match embed_patterns(&text[verb.len()..]) {
                Ok(patterns) if !patterns.is_empty() => return (0, true),
                // (after a bad pattern, gc has none either)
                result => {
                    if let Err(msg) = result {
                        err(msg);
                    }
                    err("usage: //go:embed pattern...".into());
                }
            },
            _ => {
                if verb.starts_with("go:cgo_") {
                    let f = pragma_fields(text);
                    if verb == "go:cgo_import_dynamic" && has_args && f.len() >= 4 {
                        // allowed anywhere (Solaris code in x/sys uses it)
                        let lib = f[3].trim_matches('"');
                        let safe = lib.starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '/') || !c.is_ascii());
                        if !lib.is_empty() && !safe && !cgo_generated {
                            err(format!("invalid library name {lib:?} in cgo_import_dynamic directive"));
                        }
                        return (0, false);
                    }
                    if !cgo_generated {
                        err(format!("//{text} only allowed in cgo-generated code"));
                    }
                    if let Some(usage) = cgo_usage(&f) {
                        err(usage);
                    }
                }
                let flag = pragma_flag(verb);
                if flag & flag::RUNTIME != 0 {
                    err(format!("//{verb} only allowed in runtime"));
                }
                if flag == flag::UINTPTR_KEEPALIVE {
                    err(format!("//{verb} is only allowed in the standard library"));
                }
                return (flag, false);
            }
        }
        (0, false)
    }
}

/// The usage message of a malformed `go:cgo_` directive split into `f`
/// (`pragma_fields`), as gc's `pragcgo` checks them.
fn cgo_usage(f: &[String]) -> Option<String> {
    let quoted = |s: &String| s.len() >= 2 && s.starts_with('"') && s.ends_with('"');
    let bare = |i: usize| !quoted(&f[i]);
    let verb = f[0].trim_start_matches("go:");
    let ok = match verb {
        "cgo_export_static" | "cgo_export_dynamic" => f.len() == 2 && bare(1) || f.len() == 3 && bare(1) && bare(2),
        "cgo_import_dynamic" => f.len() == 2 && bare(1) || f.len() == 3 && bare(1) && bare(2) || f.len() == 4 && bare(1) && bare(2) && quoted(&f[3]),
        "cgo_import_static" => f.len() == 2 && bare(1),
        "cgo_dynamic_linker" | "cgo_ldflag" => f.len() == 2 && quoted(&f[1]),
        _ => true,
    };
    let usage = match verb {
        "cgo_export_static" | "cgo_export_dynamic" => format!("usage: //go:{verb} local [remote]"),
        "cgo_import_dynamic" => r#"usage: //go:cgo_import_dynamic local [remote ["library"]]"#.into(),
        "cgo_import_static" => "usage: //go:cgo_import_static local".into(),
        "cgo_dynamic_linker" => r#"usage: //go:cgo_dynamic_linker "path""#.into(),
        _ => r#"usage: //go:cgo_ldflag "arg""#.into(),
    };
    (!ok).then_some(usage)
}

/// `s` split at blanks, except inside double quotes, a quoted stretch being a
/// field of its own, quotes included (gc's `pragmaFields`; an unclosed one is
/// dropped).
fn pragma_fields(s: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let (mut in_quote, mut start) = (false, None);
    for (i, c) in s.char_indices() {
        match c {
            '"' if in_quote => {
                in_quote = false;
                fields.push(s[start.take().unwrap_or(i)..=i].to_string());
            }
            '"' => {
                in_quote = true;
                if let Some(st) = start {
                    fields.push(s[st..i].to_string());
                }
                start = Some(i);
            }
            ' ' | '\t' | '\n' | '\r' if !in_quote => {
                if let Some(st) = start.take() {
                    fields.push(s[st..i].to_string());
                }
            }
            _ => {
                start.get_or_insert(i);
            }
        }
    }
    if let (false, Some(st)) = (in_quote, start) {
        fields.push(s[st..].to_string());
    }
    fields
}

/// The patterns of a `go:embed` directive, `args` being the text after
/// `go:embed`: blank-separated, each bare or a Go string literal.
fn embed_patterns(args: &str) -> Result<Vec<String>, String> {
    let mut list = Vec::new();
    let mut rest = args.trim();
    while !rest.is_empty() {
        let bad = |s: &str| format!("invalid quoted string in //go:embed: {s}");
        let (pattern, after) = match rest.as_bytes()[0] {
            q @ (b'"' | b'`') => {
                // the literal ends at the first unescaped closing quote
                let mut end = None;
                let mut j = 1;
                while j < rest.len() {
                    match rest.as_bytes()[j] {
                        b'\\' if q == b'"' => j += 1,
                        c if c == q => {
                            end = Some(j + 1);
                            break;
                        }
                        _ => {}
                    }
                    j += 1;
                }
                let end = end.ok_or_else(|| bad(rest))?;
                let lit = &rest[..end];
                let mut lx = Lexer::new(lit);
                let toks: Vec<_> = lx.by_ref().collect();
                if !lx.take_errors().is_empty() || !matches!(toks.first(), Some((_, Tok::Str(_), e)) if *e == end) {
                    return Err(bad(lit));
                }
                let value = String::from_utf8_lossy(&super::literal::string_value(lit)).into_owned();
                let after = &rest[end..];
                if !after.is_empty() && !after.starts_with(char::is_whitespace) {
                    return Err(bad(rest));
                }
                (value, after)
            }
            _ => {
                let n = rest.find(char::is_whitespace).unwrap_or(rest.len());
                (rest[..n].to_string(), &rest[n..])
            }
        };
        list.push(pattern);
        rest = after.trim_start();
    }
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (line, message) of each error
    type Lines = Vec<(usize, String)>;

    /// The early and late errors of `src`.
    fn errors(src: &str) -> (Lines, Lines) {
        let p = scan(src, "x.go");
        let line = |at: usize| src[..at].matches('\n').count() + 1;
        let mut early: Lines = p.errors.into_iter().chain(p.dropped).map(|(at, m)| (line(at), m)).collect();
        early.sort();
        (early, p.late.into_iter().map(|(at, m)| (line(at), m)).collect())
    }

    #[test]
    fn placement() {
        let src = "//go:noinline\npackage p\n\n//go:noinline\nfunc f() {\n\t//go:noinline\n\tx := 1 //go:generate\n\t//go:noinline\n\tvar y int\n}\n\ntype (\n\t//go:nosplit\n\tT int\n\t//go:nosplit\n)\n//go:build x\nfunc g()\n//go:unknown\nvar z = 1\n";
        let (early, late) = errors(src);
        let misplaced = |l: usize| (l, "misplaced compiler directive".to_string());
        assert_eq!(early, vec![misplaced(6), misplaced(7), misplaced(15)]);
        assert_eq!(late, vec![misplaced(1), misplaced(8), misplaced(13), misplaced(17)]);
    }

    #[test]
    fn verbs() {
        let src = "package p\n\n//go:nowritebarrier\n//go:cgo_ldflag\n//go:linkname x\n//go:linkname a b c d\n//go:embed\n//go:embed \"a\\q\"\n//go:embed a `b c` \"d\"\nvar v string\n";
        let p = scan(src, "x.go");
        let msgs: Vec<&str> = p.errors.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(
            msgs,
            [
                "//go:nowritebarrier only allowed in runtime",
                "//go:cgo_ldflag only allowed in cgo-generated code",
                "usage: //go:cgo_ldflag \"arg\"",
                "usage: //go:linkname localname [linkname]",
                "usage: //go:embed pattern...",
                "invalid quoted string in //go:embed: \"a\\q\"",
                "usage: //go:embed pattern...",
            ]
        );
        assert_eq!(p.embeds.len(), 1);
        assert_eq!(p.linknames[0].local, "x");
        assert_eq!(embed_patterns(" a `b c` \"d\\x41\"").unwrap(), ["a", "b c", "dA"]);
        assert_eq!(pragma_fields(r#"go:cgo_ldflag "-L a" b"c"#), ["go:cgo_ldflag", "\"-L a\"", "b"]);
    }
}
