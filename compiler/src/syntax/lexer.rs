//! The Go lexer: logos recognises the token skeleton; literals and comments are scanned
//! by callbacks that follow gc's scanner, so that malformed input gets gc's message at
//! gc's position and lexing continues. `Lexer` then applies Go's semicolon insertion.

use super::token::{Name, SemiKind, Tok};
use logos::Logos;

/// A lexical error: byte offset into the file and gc's message.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub pos: usize,
    pub msg: String,
}

#[derive(Default)]
pub struct Extras {
    pub errors: Vec<LexError>,
}

#[derive(Logos, Debug, Clone, Copy, PartialEq)]
#[logos(extras = Extras)]
#[logos(skip r"[ \t\r]+")]
enum Raw {
    #[token("\n")]
    Newline,
    #[token("//", line_comment)]
    LineComment,
    /// `true` when the comment spans lines (it then acts like a newline).
    #[token("/*", block_comment)]
    BlockComment(bool),
    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*")]
    Ident,
    #[regex(r"[0-9]", |lex| number(lex, false))]
    #[regex(r"\.[0-9]", |lex| number(lex, true))]
    Number(NumKind),
    #[token("\"", interpreted_string)]
    #[token("`", raw_string)]
    Str,
    #[token("'", rune_lit)]
    Char,
    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    QuoAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token("[")]
    LBrack,
    #[token("{")]
    LBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(")")]
    RParen,
    #[token("]")]
    RBrack,
    #[token("}")]
    RBrace,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
    #[token("~")]
    Tilde,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum NumKind {
    Int,
    Float,
    Imag,
}

type Lx<'s> = logos::Lexer<'s, Raw>;

fn error(lex: &mut Lx, pos: usize, msg: impl Into<String>) {
    lex.extras.errors.push(LexError { pos, msg: msg.into() });
}

/// Characters gc's scanner rejects wherever they are, inside comments and
/// literals too: NUL, and a byte order mark anywhere but at the start of the file
/// (tokens report them elsewhere, see `Lexer::stray`). Checks the text `lex` has
/// taken since `from`.
fn invalid_chars(lex: &mut Lx, from: usize) {
    let end = lex.span().end;
    let found: Vec<(usize, &str)> = lex.source()[from..end]
        .char_indices()
        .filter_map(|(i, c)| match c {
            '\0' => Some((from + i, "invalid NUL character")),
            '\u{FEFF}' => Some((from + i, "invalid BOM in the middle of the file")),
            _ => None,
        })
        .collect();
    for (pos, msg) in found {
        error(lex, pos, msg);
    }
}

fn line_comment(lex: &mut Lx) {
    let n = lex.remainder().find('\n').unwrap_or(lex.remainder().len());
    lex.bump(n);
    invalid_chars(lex, lex.span().start);
}

fn block_comment(lex: &mut Lx) -> bool {
    let start = lex.span().start;
    match lex.remainder().find("*/") {
        Some(n) => {
            let multiline = lex.remainder()[..n].contains('\n');
            lex.bump(n + 2);
            invalid_chars(lex, start);
            multiline
        }
        None => {
            error(lex, start, "comment not terminated");
            let n = lex.remainder().len();
            lex.bump(n);
            true
        }
    }
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Scans a number literal whose first character (or `.` and digit) logos matched.
/// Mirrors gc's `scanner.number`, including which errors it reports and where.
fn number(lex: &mut Lx, seen_point: bool) -> NumKind {
    let start = lex.span().start;
    let src = lex.source().as_bytes();
    let mut i = lex.span().end;
    let at = |i: usize| src.get(i).copied().unwrap_or(0);
    let lower = |c: u8| c | 0x20;
    let mut ok = true;
    let mut kind = NumKind::Int;
    let mut base = 10;
    let mut prefix = 0u8;
    let mut digsep = 0;
    let mut invalid: Option<usize> = None;
    let mut errs: Vec<LexError> = Vec::new();
    let digits = |i: &mut usize, base: u32, invalid: &mut Option<usize>| -> i32 {
        let mut ds = 0;
        loop {
            let c = at(*i);
            let d = if c == b'_' {
                2
            } else if base <= 10 && c.is_ascii_digit() {
                if (c - b'0') as u32 >= base && invalid.is_none() {
                    *invalid = Some(*i - start);
                }
                1
            } else if base == 16 && c.is_ascii_hexdigit() {
                1
            } else {
                break;
            };
            ds |= d;
            *i += 1;
        }
        ds
    };
    let mut seen_point = seen_point;
    if seen_point {
        // logos consumed ".d": rescan the digit
        i = start + 1;
    } else {
        // logos consumed the first digit
        if at(start) == b'0' {
            match lower(at(i)) {
                b'x' => {
                    i += 1;
                    base = 16;
                    prefix = b'x';
                }
                b'o' => {
                    i += 1;
                    base = 8;
                    prefix = b'o';
                }
                b'b' => {
                    i += 1;
                    base = 2;
                    prefix = b'b';
                }
                _ => {
                    base = 8;
                    prefix = b'0';
                    digsep = 1;
                }
            }
        } else {
            i = start;
        }
        digsep |= digits(&mut i, base, &mut invalid);
        if at(i) == b'.' {
            if prefix == b'o' || prefix == b'b' {
                errs.push(LexError { pos: i, msg: format!("invalid radix point in {} literal", base_name(base)) });
                ok = false;
            }
            i += 1;
            seen_point = true;
        }
    }
    if seen_point {
        kind = NumKind::Float;
        digsep |= digits(&mut i, base, &mut invalid);
    }
    if digsep & 1 == 0 && ok {
        errs.push(LexError { pos: i, msg: format!("{} literal has no digits", base_name(base)) });
        ok = false;
    }
    let e = lower(at(i));
    if e == b'e' || e == b'p' {
        if ok {
            if e == b'e' && prefix != 0 && prefix != b'0' {
                errs.push(LexError { pos: i, msg: format!("'{}' exponent requires decimal mantissa", at(i) as char) });
                ok = false;
            } else if e == b'p' && prefix != b'x' {
                errs.push(LexError { pos: i, msg: format!("'{}' exponent requires hexadecimal mantissa", at(i) as char) });
                ok = false;
            }
        }
        i += 1;
        kind = NumKind::Float;
        if at(i) == b'+' || at(i) == b'-' {
            i += 1;
        }
        let ds = digits(&mut i, 10, &mut None);
        digsep = ds | (digsep & 2);
        if ds & 1 == 0 && ok {
            errs.push(LexError { pos: i, msg: "exponent has no digits".into() });
            ok = false;
        }
    } else if prefix == b'x' && kind == NumKind::Float && ok {
        errs.push(LexError { pos: i, msg: "hexadecimal mantissa requires a 'p' exponent".into() });
        ok = false;
    }
    if at(i) == b'i' {
        kind = NumKind::Imag;
        i += 1;
    }
    let lit = &src[start..i];
    if kind == NumKind::Int && ok {
        if let Some(inv) = invalid {
            errs.push(LexError { pos: start + inv, msg: format!("invalid digit '{}' in {} literal", lit[inv] as char, base_name(base)) });
            ok = false;
        }
    }
    if digsep & 2 != 0 && ok {
        if let Some(k) = invalid_sep(lit) {
            errs.push(LexError { pos: start + k, msg: "'_' must separate successive digits".into() });
        }
    }
    lex.extras.errors.extend(errs);
    lex.bump(i - lex.span().end);
    kind
}

/// Index of the first misplaced `_` in a number literal (gc's `invalidSep`).
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    (d == b'_').then(|| x.len() - 1)
}

/// Validates one escape sequence starting after the backslash at `i`; returns the index
/// after it. Mirrors gc's `scanner.escape` messages.
fn escape(src: &str, mut i: usize, quote: u8, errs: &mut Vec<LexError>) -> (usize, bool) {
    let b = src.as_bytes();
    let c = b.get(i).copied();
    let (n, base, max): (usize, u32, u32) = match c {
        Some(c) if c == quote || b"abfnrtv\\".contains(&c) => return (i + 1, true),
        Some(b'0'..=b'7') => (3, 8, 255),
        Some(b'x') => {
            i += 1;
            (2, 16, 255)
        }
        Some(b'u') => {
            i += 1;
            (4, 16, 0x10FFFF)
        }
        Some(b'U') => {
            i += 1;
            (8, 16, 0x10FFFF)
        }
        None => return (i, true),
        Some(_) => {
            errs.push(LexError { pos: i, msg: "unknown escape".into() });
            return (i, false);
        }
    };
    let mut x: u32 = 0;
    for _ in 0..n {
        let Some(ch) = src[i..].chars().next() else {
            return (i, true);
        };
        let d = ch.to_digit(16).filter(|d| *d < base);
        match d {
            Some(d) => x = x.wrapping_mul(base).wrapping_add(d),
            None => {
                let q = quote_rune(ch);
                errs.push(LexError { pos: i, msg: format!("invalid character {q} in {} escape", base_name(base)) });
                return (i, false);
            }
        }
        i += 1;
    }
    if x > max && base == 8 {
        errs.push(LexError { pos: i, msg: format!("octal escape value {x} > 255") });
        return (i, false);
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        errs.push(LexError { pos: i, msg: format!("escape is invalid Unicode code point {}", sharp_u(x)) });
        return (i, false);
    }
    (i, true)
}

/// Go's `%q` of a rune.
pub fn quote_rune(c: char) -> String {
    match c {
        '\'' => "'\\''".into(),
        '\n' => "'\\n'".into(),
        '\t' => "'\\t'".into(),
        '\r' => "'\\r'".into(),
        c if (c as u32) < 0x20 || c == '\x7f' => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

/// Go's `%#U`: `U+0040 '@'`, without the character when it is not printable.
pub fn sharp_u(x: u32) -> String {
    match char::from_u32(x) {
        Some(c) if !c.is_control() && x >= 0x20 => format!("U+{x:04X} '{c}'"),
        _ => format!("U+{x:04X}"),
    }
}

fn interpreted_string(lex: &mut Lx) {
    let start = lex.span().start;
    let src = lex.source();
    let mut i = lex.span().end;
    let mut errs = Vec::new();
    loop {
        match src.as_bytes().get(i) {
            Some(b'"') => {
                i += 1;
                break;
            }
            Some(b'\\') => i = escape(src, i + 1, b'"', &mut errs).0,
            Some(b'\n') => {
                errs.push(LexError { pos: i, msg: "newline in string".into() });
                break;
            }
            None => {
                errs.push(LexError { pos: start, msg: "string not terminated".into() });
                break;
            }
            Some(_) => i += 1,
        }
    }
    lex.extras.errors.extend(errs);
    lex.bump(i - lex.span().end);
    invalid_chars(lex, start);
}

fn raw_string(lex: &mut Lx) {
    let start = lex.span().start;
    match lex.remainder().find('`') {
        Some(n) => {
            lex.bump(n + 1);
            invalid_chars(lex, start);
        }
        None => {
            error(lex, start, "string not terminated");
            let n = lex.remainder().len();
            lex.bump(n);
        }
    }
}

fn rune_lit(lex: &mut Lx) {
    let start = lex.span().start;
    let src = lex.source();
    let mut i = lex.span().end;
    let mut ok = true;
    let mut n = 0;
    let mut errs = Vec::new();
    loop {
        match src.as_bytes().get(i) {
            Some(b'\'') => {
                if ok {
                    if n == 0 {
                        errs.push(LexError { pos: i, msg: "empty rune literal or unescaped '".into() });
                    } else if n != 1 {
                        errs.push(LexError { pos: start, msg: "more than one character in rune literal".into() });
                    }
                }
                i += 1;
                break;
            }
            Some(b'\\') => {
                let (j, good) = escape(src, i + 1, b'\'', &mut errs);
                ok &= good;
                i = j;
            }
            Some(b'\n') => {
                if ok {
                    errs.push(LexError { pos: i, msg: "newline in rune literal".into() });
                }
                break;
            }
            None => {
                if ok {
                    errs.push(LexError { pos: start, msg: "rune literal not terminated".into() });
                }
                break;
            }
            Some(_) => i += src[i..].chars().next().map_or(1, char::len_utf8),
        }
        n += 1;
    }
    lex.extras.errors.extend(errs);
    lex.bump(i - lex.span().end);
    invalid_chars(lex, start);
}

/// A token with its byte span.
pub type Spanned = (usize, Tok, usize);

thread_local! {
    /// Every spelling of an identifier or literal this thread has lexed, once.
    /// Syntax trees hold names without ever giving their counts back (their arena
    /// runs no destructors, `build::Arena`), so a name must not belong to one
    /// tree: it stays here, shared by every program the thread parses, and the
    /// memory names take is bounded by the spellings seen rather than growing with
    /// each program parsed.
    static NAMES: std::cell::RefCell<rustc_hash::FxHashSet<Name>> = Default::default();
}

/// The one `Name` for spelling `s` (see `NAMES`).
pub fn intern(s: &str) -> Name {
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some(n) = names.get(s) {
            return n.clone();
        }
        let n = Name::from(s);
        names.insert(n.clone());
        n
    })
}

/// Tokens for the parser, with semicolons inserted as the spec says.
pub struct Lexer<'s> {
    raw: Lx<'s>,
    /// Identifiers repeat a lot: the file's own table of interned names saves
    /// most lookups in the thread's (`intern`).
    names: rustc_hash::FxHashMap<&'s str, Name>,
    /// Whether a newline here would end a statement.
    nlsemi: bool,
    done: bool,
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Self {
        Lexer { raw: Raw::lexer(src), names: Default::default(), nlsemi: false, done: false }
    }

    pub fn take_errors(&mut self) -> Vec<LexError> {
        std::mem::take(&mut self.raw.extras.errors)
    }

    fn text(&self) -> Name {
        intern(self.raw.slice())
    }

    fn convert(&mut self, raw: Raw) -> Option<Tok> {
        Some(match raw {
            Raw::Newline | Raw::LineComment | Raw::BlockComment(_) => unreachable!(),
            Raw::Ident => {
                if self.raw.remainder().chars().next().is_some_and(|c| c as u32 >= 0x80) {
                    // a character no identifier may hold: gc's scanner takes
                    // it, and the rest of the word, into this identifier
                    self.ident_tail();
                    return Some(Tok::Ident(self.text()));
                }
                let s = self.raw.slice();
                match Tok::keyword(s) {
                    Some(k) => k,
                    None => Tok::Ident(self.names.entry(s).or_insert_with(|| intern(s)).clone()),
                }
            }
            Raw::Number(NumKind::Int) => Tok::Int(self.text()),
            Raw::Number(NumKind::Float) => Tok::Float(self.text()),
            Raw::Number(NumKind::Imag) => Tok::Imag(self.text()),
            Raw::Str => Tok::Str(self.text()),
            Raw::Char => Tok::Char(self.text()),
            Raw::Add => Tok::Add,
            Raw::Sub => Tok::Sub,
            Raw::Mul => Tok::Mul,
            Raw::Quo => Tok::Quo,
            Raw::Rem => Tok::Rem,
            Raw::And => Tok::And,
            Raw::Or => Tok::Or,
            Raw::Xor => Tok::Xor,
            Raw::Shl => Tok::Shl,
            Raw::Shr => Tok::Shr,
            Raw::AndNot => Tok::AndNot,
            Raw::AddAssign => Tok::AddAssign,
            Raw::SubAssign => Tok::SubAssign,
            Raw::MulAssign => Tok::MulAssign,
            Raw::QuoAssign => Tok::QuoAssign,
            Raw::RemAssign => Tok::RemAssign,
            Raw::AndAssign => Tok::AndAssign,
            Raw::OrAssign => Tok::OrAssign,
            Raw::XorAssign => Tok::XorAssign,
            Raw::ShlAssign => Tok::ShlAssign,
            Raw::ShrAssign => Tok::ShrAssign,
            Raw::AndNotAssign => Tok::AndNotAssign,
            Raw::LAnd => Tok::LAnd,
            Raw::LOr => Tok::LOr,
            Raw::Arrow => Tok::Arrow,
            Raw::Inc => Tok::Inc,
            Raw::Dec => Tok::Dec,
            Raw::Eql => Tok::Eql,
            Raw::Lss => Tok::Lss,
            Raw::Gtr => Tok::Gtr,
            Raw::Assign => Tok::Assign,
            Raw::Not => Tok::Not,
            Raw::Neq => Tok::Neq,
            Raw::Leq => Tok::Leq,
            Raw::Geq => Tok::Geq,
            Raw::Define => Tok::Define,
            Raw::Ellipsis => Tok::Ellipsis,
            Raw::LParen => Tok::LParen,
            Raw::LBrack => Tok::LBrack,
            Raw::LBrace => Tok::LBrace,
            Raw::Comma => Tok::Comma,
            Raw::Period => Tok::Period,
            Raw::RParen => Tok::RParen,
            Raw::RBrack => Tok::RBrack,
            Raw::RBrace => Tok::RBrace,
            Raw::Semi => Tok::Semi(SemiKind::Written),
            Raw::Colon => Tok::Colon,
            Raw::Tilde => Tok::Tilde,
        })
    }

    /// Input logos has no token for: a stray character is reported and skipped; a
    /// non-ASCII character starts an (invalid) identifier, as in gc's scanner.
    fn stray(&mut self) -> Option<Tok> {
        let start = self.raw.span().start;
        let c = self.raw.source()[start..].chars().next()?;
        if (c as u32) < 0x80 {
            let msg = if c == '\0' { "invalid NUL character".to_string() } else { format!("invalid character {}", sharp_u(c as u32)) };
            self.raw.extras.errors.push(LexError { pos: start, msg });
            return None;
        }
        if c == '\u{FEFF}' && start == 0 {
            // a byte order mark may start the file
            return None;
        }
        let msg = if c == '\u{FEFF}' {
            "invalid BOM in the middle of the file".to_string()
        } else if c.is_numeric() {
            format!("identifier cannot begin with digit {}", sharp_u(c as u32))
        } else {
            format!("invalid character {} in identifier", sharp_u(c as u32))
        };
        self.raw.extras.errors.push(LexError { pos: start, msg });
        if c == '\u{FEFF}' {
            return None;
        }
        self.ident_tail();
        Some(Tok::Ident(self.text()))
    }

    /// Takes the rest of a would-be identifier into the token: letters, digits
    /// and any non-ASCII character, each that is not a letter or digit
    /// reported.
    fn ident_tail(&mut self) {
        let end = self.raw.span().end;
        let rest = &self.raw.source()[end..];
        let n = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || (c as u32) >= 0x80)).unwrap_or(rest.len());
        for (i, c) in rest[..n].char_indices() {
            if !(c.is_alphanumeric() || c == '_') {
                let msg = format!("invalid character {} in identifier", sharp_u(c as u32));
                self.raw.extras.errors.push(LexError { pos: end + i, msg });
            }
        }
        self.raw.bump(n);
    }
}

impl Iterator for Lexer<'_> {
    type Item = Spanned;

    fn next(&mut self) -> Option<Spanned> {
        if self.done {
            return None;
        }
        loop {
            let Some(res) = self.raw.next() else {
                self.done = true;
                let end = self.raw.source().len();
                return self.nlsemi.then_some((end, Tok::Semi(SemiKind::Eof), end));
            };
            let span = self.raw.span();
            let tok = match res {
                Ok(Raw::Newline) | Ok(Raw::BlockComment(true)) => {
                    if self.nlsemi {
                        self.nlsemi = false;
                        return Some((span.start, Tok::Semi(SemiKind::Newline), span.start));
                    }
                    continue;
                }
                Ok(Raw::LineComment) | Ok(Raw::BlockComment(false)) => continue,
                Ok(raw) => self.convert(raw),
                Err(()) => self.stray(),
            };
            if let Some(tok) = tok {
                self.nlsemi = tok.ends_statement();
                return Some((span.start, tok, self.raw.span().end));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<String> {
        Lexer::new(src).map(|(_, t, _)| t.text().to_string()).collect()
    }

    fn errs(src: &str) -> Vec<(usize, String)> {
        let mut l = Lexer::new(src);
        while l.next().is_some() {}
        l.take_errors().into_iter().map(|e| (e.pos, e.msg)).collect()
    }

    #[test]
    fn semicolons_are_inserted_after_statement_ends() {
        assert_eq!(toks("x++\nreturn\n}\nfoo"), ["x", "++", ";", "return", ";", "}", ";", "foo", ";"]);
        assert_eq!(toks("a /* \n */ b"), ["a", ";", "b", ";"]);
        assert_eq!(toks("a /* */ b // c\n"), ["a", "b", ";"]);
        assert_eq!(toks("f(\n1,\n)"), ["f", "(", "1", ",", ")", ";"]);
    }

    #[test]
    fn numbers_in_every_base() {
        for lit in ["0", "123", "1_000", "0x_1F", "0o17", "017", "0b101", "1.5", ".5", "1.", "1e10", "0x1p-2", "0x1.8p3", "1E+5"] {
            assert_eq!(toks(lit), [lit, ";"], "{lit}");
            assert!(errs(lit).is_empty(), "{lit}: {:?}", errs(lit));
        }
    }

    #[test]
    fn number_errors_follow_gc() {
        assert_eq!(errs("08"), [(1, "invalid digit '8' in octal literal".to_string())]);
        assert_eq!(errs("0x"), [(2, "hexadecimal literal has no digits".to_string())]);
        assert_eq!(errs("1__0"), [(2, "'_' must separate successive digits".to_string())]);
        assert_eq!(errs("0x1.5"), [(5, "hexadecimal mantissa requires a 'p' exponent".to_string())]);
        assert_eq!(errs("1e"), [(2, "exponent has no digits".to_string())]);
        assert_eq!(errs("0b1.0"), [(3, "invalid radix point in binary literal".to_string())]);
    }

    #[test]
    fn strings_runes_and_escapes() {
        assert_eq!(toks(r#""a\tb\x41\u00e9\U0001F600\101""#).len(), 2);
        assert!(errs(r#""a\tb\x41\u00e9\U0001F600\101""#).is_empty());
        assert_eq!(errs(r#""\q""#), [(2, "unknown escape".to_string())]);
        assert_eq!(errs("\"abc\n"), [(4, "newline in string".to_string())]);
        assert_eq!(errs("'ab'"), [(0, "more than one character in rune literal".to_string())]);
        assert_eq!(errs("''"), [(1, "empty rune literal or unescaped '".to_string())]);
        assert_eq!(errs(r"'\400'"), [(5, "octal escape value 256 > 255".to_string())]);
        assert_eq!(errs(r"'\uD800'"), [(7, "escape is invalid Unicode code point U+D800".to_string())]);
        assert_eq!(errs("`abc"), [(0, "string not terminated".to_string())]);
        assert!(errs("'é'").is_empty());
    }

    #[test]
    fn stray_input_is_an_error_not_a_panic() {
        assert_eq!(errs("@"), [(0, "invalid character U+0040 '@'".to_string())]);
        assert_eq!(errs("/* x"), [(0, "comment not terminated".to_string())]);
        assert_eq!(toks("héllo"), ["héllo", ";"]);
        assert_eq!(errs("a × b"), [(2, "invalid character U+00D7 '×' in identifier".to_string())]);
    }
}
