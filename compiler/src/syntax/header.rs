//! The `go` command's own check of a file's package clause and imports.
//!
//! Before the compiler sees a file, `go run` and `go build` read its header to
//! find its package and imports (go/build's `readGoInfo`): a lenient byte
//! reader takes `package` and a name, then every import declaration, skipping
//! `;` and newlines; where it finds no more, the header ends. go/parser then
//! parses that header (`ImportsOnly`) — or, when the reader met something it
//! could not read, the whole file — and the command prints go/parser's first
//! error instead of anything the compiler would say: `expected 'package',
//! found 'type'`, `missing import path`, `import path must be a string`.
//! Last, go/build rejects an import path with characters no package path
//! has (`invalid import path: a b`), naming the file by its absolute path.
//! `read` replays these steps on minigo's tokens.

use super::lexer::{LexError, Lexer, Spanned};
use super::token::{SemiKind, Tok, KEYWORDS};

/// The imports in the header of `src` as the go command reads them — each
/// spec's position (its name's, if it has one) and path, in source order — or
/// its first error there: go/parser's, or go/build's for an import path, as
/// (byte offset, message, whether the file is named by its absolute path).
pub fn read(src: &str) -> Result<Vec<(usize, String)>, (usize, String, bool)> {
    // Only the header is lexed: go/parser stops at the first token that cannot
    // be part of one (an error in an import, or the end of the imports), and
    // the reader looks at most one token past it (an import's path after a
    // keyword it takes for a name).
    let mut lexer = Lexer::new(src);
    let mut toks: Vec<Spanned> = Vec::new();
    for t in lexer.by_ref() {
        let last = !in_header(&t.1);
        toks.push(t);
        if last {
            toks.extend(lexer.next());
            break;
        }
    }
    let (header, eof) = match reader_extent(&toks) {
        // the reader's header ends before the token it stopped at; go/parser's
        // scanner then puts a `;` at its end where a newline would
        Some(end) => {
            let eof = toks.get(end).map_or(src.len(), |t| t.0);
            let mut h = toks[..end].to_vec();
            if h.last().is_some_and(|t| t.1.ends_statement()) {
                h.push((eof, Tok::Semi(SemiKind::Eof), eof));
            }
            (h, eof)
        }
        None => (toks, src.len()),
    };
    let mut p = Parser { toks: &header, i: 0, eof, imports: Vec::new() };
    let parsed = p.file();
    // go/parser's errors are sorted by position, go/scanner's among them: a
    // string literal it read that does not end comes first when it is earlier
    let read = &header[..header.len().min(p.i + 1)];
    let unterminated = unterminated_string(read, &lexer.take_errors());
    if let Some((at, msg)) = parsed.err().into_iter().chain(unterminated).min_by_key(|e| e.0) {
        return Err((at, msg, false));
    }
    p.imports
        .into_iter()
        .map(|(at, raw)| {
            let path = String::from_utf8_lossy(&super::literal::string_value(raw)).into_owned();
            match valid_import(&path) {
                true => Ok((at, path)),
                false => Err((at, format!("invalid import path: {path}"), true)),
            }
        })
        .collect()
}

/// go/scanner's error for the first string literal in `toks` that the lexer
/// found unterminated (gc: `newline in string` at the newline, `string not
/// terminated` at the end of the file; go/scanner: one message, at the
/// literal). Other lexical errors in a header are left to later steps, as
/// the go command leaves them (a bad escape in a path is go/build's `invalid
/// import path`).
fn unterminated_string(toks: &[Spanned], errors: &[LexError]) -> Option<(usize, String)> {
    toks.iter().find_map(|(start, t, end)| {
        let Tok::Str(text) = t else { return None };
        let unterminated = |e: &LexError| (*start..=*end).contains(&e.pos) && matches!(e.msg.as_str(), "newline in string" | "string not terminated");
        errors.iter().any(unterminated).then(|| match text.starts_with('`') {
            true => (*start, "raw string literal not terminated".to_string()),
            false => (*start, "string literal not terminated".to_string()),
        })
    })
}

/// Whether `t` may be part of a package clause or import declaration.
fn in_header(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Package
            | Tok::Import
            | Tok::LParen
            | Tok::RParen
            | Tok::Period
            | Tok::Semi(_)
            | Tok::Ident(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Char(_)
            | Tok::Str(_)
    )
}

/// go/build's `isValidImport`: graphic characters, no spaces, none of a few
/// punctuation characters, not empty.
fn valid_import(path: &str) -> bool {
    const ILLEGAL: &str = "!\"#$%&'()*,:;<=>?[\\]^{|}`\u{FFFD}";
    !path.is_empty() && path.chars().all(|c| !c.is_control() && !c.is_whitespace() && !ILLEGAL.contains(c))
}

/// How many tokens go/build's header reader takes, or `None` if it meets
/// something it cannot read (a syntax error: go/parser then reads the whole
/// file).
fn reader_extent(toks: &[Spanned]) -> Option<usize> {
    let tok = |i: usize| toks.get(i).map(|t| &t.1);
    // it reads names as runs of letters and digits: keywords and numbers too
    let name = |t: Option<&Tok>| matches!(t, Some(Tok::Ident(_) | Tok::Int(_))) || t.is_some_and(|t| KEYWORDS.contains(&t.text()));
    let semis = |mut i: usize| {
        while matches!(tok(i), Some(Tok::Semi(_))) {
            i += 1;
        }
        i
    };
    // an import spec: an optional name or `.`, then the path
    let spec = |mut i: usize| {
        if matches!(tok(i), Some(Tok::Period)) || name(tok(i)) {
            i += 1;
        }
        matches!(tok(i), Some(Tok::Str(_))).then_some(i + 1)
    };
    if tok(0) != Some(&Tok::Package) || !name(tok(1)) {
        return None;
    }
    let mut i = semis(2);
    while tok(i) == Some(&Tok::Import) {
        i = semis(i + 1);
        if tok(i) == Some(&Tok::LParen) {
            i = semis(i + 1);
            while tok(i) != Some(&Tok::RParen) {
                i = semis(spec(i)?);
            }
            i += 1;
        } else {
            i = spec(i)?;
        }
        i = semis(i);
    }
    // (the reader stopped at the first byte of the token after the semicolons)
    Some(i)
}

/// go/parser in `ImportsOnly` mode, as far as its first error.
struct Parser<'t> {
    toks: &'t [Spanned],
    i: usize,
    /// Where the end of the file is.
    eof: usize,
    /// The imports read: where each spec is and its path as written.
    imports: Vec<(usize, &'t str)>,
}

type Parsed = Result<(), (usize, String)>;

impl Parser<'_> {
    fn tok(&self) -> Option<&Tok> {
        self.toks.get(self.i).map(|t| &t.1)
    }

    fn pos(&self) -> usize {
        self.toks.get(self.i).map_or(self.eof, |t| t.0)
    }

    /// go/parser's `errorExpected` at the current token.
    fn expected(&self, what: &str) -> Parsed {
        let found = match self.tok() {
            None => "'EOF'".to_string(),
            Some(Tok::Semi(SemiKind::Newline | SemiKind::Eof)) => "newline".to_string(),
            Some(Tok::Semi(SemiKind::Written)) => "';'".to_string(),
            Some(t @ (Tok::Ident(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_) | Tok::Str(_))) => t.text().to_string(),
            Some(t) => format!("'{}'", t.text()),
        };
        Err((self.pos(), format!("expected {what}, found {found}")))
    }

    fn expect(&mut self, t: Tok, what: &str) -> Parsed {
        if self.tok() != Some(&t) {
            return self.expected(what);
        }
        self.i += 1;
        Ok(())
    }

    fn expect_semi(&mut self) -> Parsed {
        match self.tok() {
            Some(Tok::RParen | Tok::RBrace) => Ok(()),
            Some(Tok::Semi(_)) => {
                self.i += 1;
                Ok(())
            }
            _ => self.expected("';'"),
        }
    }

    fn file(&mut self) -> Parsed {
        self.expect(Tok::Package, "'package'")?;
        if !matches!(self.tok(), Some(Tok::Ident(_))) {
            return self.expected("'IDENT'");
        }
        self.i += 1;
        self.expect_semi()?;
        while self.tok() == Some(&Tok::Import) {
            self.i += 1;
            if self.tok() == Some(&Tok::LParen) {
                self.i += 1;
                while !matches!(self.tok(), Some(Tok::RParen) | None) {
                    self.import_spec()?;
                }
                self.expect(Tok::RParen, "')'")?;
                self.expect_semi()?;
            } else {
                self.import_spec()?;
            }
        }
        Ok(())
    }

    fn import_spec(&mut self) -> Parsed {
        let at = self.pos();
        if matches!(self.tok(), Some(Tok::Ident(_) | Tok::Period)) {
            self.i += 1;
        }
        match self.toks.get(self.i) {
            Some((_, Tok::Str(raw), _)) => {
                self.imports.push((at, raw));
                self.i += 1;
            }
            Some((_, Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_), _)) => return Err((self.pos(), "import path must be a string".into())),
            _ => return Err((self.pos(), "missing import path".into())),
        }
        self.expect_semi()
    }
}

#[cfg(test)]
mod tests {
    use super::read;

    fn err(src: &str) -> Option<String> {
        read(src).err().map(|(at, msg, _)| format!("{at}: {msg}"))
    }

    #[test]
    fn a_sound_header_has_no_error() {
        let imports = |src| read(src).unwrap();
        assert_eq!(
            imports("package main\n\nimport (\n\t\"fmt\"\n\t. \"os\"\n)\nimport x \"strings\"\n\nfunc main() {}\n"),
            [(24, "fmt".into()), (31, "os".into()), (47, "strings".into())]
        );
        // what follows the header is the compiler's to judge
        assert_eq!(err("package main foo\nfunc main() {}\n"), None);
        assert_eq!(err("package main\nimport \"fmt\" \"os\"\n"), None);
    }

    #[test]
    fn errors_are_go_parsers() {
        assert_eq!(err("// c\n\ntype T int\n").as_deref(), Some("6: expected 'package', found 'type'"));
        assert_eq!(err("package 1\n").as_deref(), Some("8: expected 'IDENT', found 1"));
        assert_eq!(err("package main\nimport fmt\n").as_deref(), Some("23: missing import path"));
        assert_eq!(err("package main\nimport 42\n").as_deref(), Some("20: import path must be a string"));
        assert_eq!(err("package main\nimport (\n\"fmt\"\n\nfunc main() {}\n").as_deref(), Some("29: missing import path"));
        assert_eq!(err("package main\nimport (\"a\" \"b\")\n").as_deref(), Some("25: expected ';', found \"b\""));
        // go/scanner's error, at the literal, before go/parser's that follow it
        assert_eq!(err("package main\nimport \"foo\nimport \"bar\n").as_deref(), Some("20: string literal not terminated"));
        assert_eq!(err("package main\nimport (\n\t\"fmt\"\n\t\"os\n)\n").as_deref(), Some("30: string literal not terminated"));
        assert_eq!(err("package main\nimport `foo\n\nfunc main() {}\n").as_deref(), Some("20: raw string literal not terminated"));
        assert_eq!(err("package main\nimport 42 \"x\n").as_deref(), Some("20: import path must be a string"));
    }

    #[test]
    fn import_paths_are_go_builds() {
        assert_eq!(read("package p\nimport _ \"a b\"\n"), Err((17, "invalid import path: a b".into(), true)));
        assert_eq!(err("package p\nimport \"\"\n").as_deref(), Some("17: invalid import path: "));
        assert_eq!(err("package p\nimport \"x/y.z-w_v~u\"\n"), None);
    }
}
