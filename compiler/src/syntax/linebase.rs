//! Line directives: comments that say where the code after them came from,
//! as cmd/compile reads them (its syntax package's `updateBase`; the rules
//! are in cmd/compile's documentation):
//!
//! ```text
//! //line filename:line         //line filename:line:col
//! /*line filename:line*/       /*line filename:line:col*/
//! ```
//!
//! A `//line` comment must start a line and applies from the next one; a
//! `/*line*/` comment may be anywhere and applies from the character after it.
//! The text after `line ` is read from the back: a trailing `:ddd` is the
//! line (an error if it is no number), a second one before it the column, and
//! the rest the file name (which may hold colons). Without a column, an empty
//! file name stays empty (runtime.Caller says `??`), and the column is unknown
//! until the next directive (positions print without one); with one, an empty
//! file name keeps the name in effect. A comment without a colon is no
//! directive, and a bad one changes nothing.
//!
//! Directives are found by a scan of their own, before the file is parsed,
//! which steps over string and rune literals and other comments exactly as
//! the lexer does; files without the text `line ` after a comment opener —
//! nearly all — are not scanned at all.

use super::pos::Pos;
use std::rc::Rc;

/// cmd/compile's largest line or column (`syntax.PosMax`).
const POS_MAX: u64 = 1 << 30;

/// Where a line directive puts the code from offset `at` of its file on.
#[derive(Clone, Debug, PartialEq)]
pub struct LineBase {
    /// The byte offset in the file where the directive takes effect.
    pub at: u32,
    /// The physical line (as an offset on it) and column that `line` and
    /// `col` name: `at`'s, except after a `/*line*/` comment over several
    /// lines, which gc places on the comment's first line, past its length.
    pub anchor: u32,
    pub anchor_col: u32,
    /// The file name it gives, a relative one joined to the directory of the
    /// file, cleaned as Go's `filepath.Join` cleans it: `None` for the empty
    /// name (no name and no column).
    pub file: Option<Rc<str>>,
    /// The line of the code at `at` (1 or more).
    pub line: u32,
    /// Its column, 0 when the directive gives none (unknown columns).
    pub col: u32,
}

/// The line directives of `src`, in order, and the errors in malformed ones
/// (offset in `src`, message). `file` is the file's own name, which a
/// directive with a column and no name keeps, and in whose directory the
/// relative names of directives are.
pub fn scan(src: &str, file: &str) -> (Vec<LineBase>, Vec<(usize, String)>) {
    let (mut bases, mut errors) = (Vec::new(), Vec::new());
    if !src.contains("//line ") && !src.contains("/*line ") {
        return (bases, errors);
    }
    let b = src.as_bytes();
    let dir = &file[..file.rfind('/').map_or(0, |i| i + 1)];
    let mut current: Option<Rc<str>> = Some(Rc::from(file));
    let mut i = 0;
    while i < b.len() {
        match (b[i], b.get(i + 1)) {
            (b'/', Some(b'/')) => {
                let end = src[i..].find('\n').map_or(b.len(), |n| i + n);
                let at_line_start = i == 0 || b[i - 1] == b'\n';
                if let (true, Some(text)) = (at_line_start && end < b.len(), src[i + 2..end].strip_prefix("line ")) {
                    let text = text.strip_suffix('\r').unwrap_or(text);
                    let at = end as u32 + 1;
                    directive(text, i + 7, (at, at, 1), dir, &mut current, &mut bases, &mut errors);
                }
                i = end;
            }
            (b'/', Some(b'*')) => {
                let end = src[i + 2..].find("*/").map_or(b.len(), |n| i + 2 + n);
                if let (true, Some(text)) = (end < b.len(), src[i + 2..end].strip_prefix("line ")) {
                    let col = i - src[..i].rfind('\n').map_or(0, |n| n + 1) + 1;
                    let anchor = (i as u32, (col + end + 2 - i) as u32);
                    directive(text, i + 7, (end as u32 + 2, anchor.0, anchor.1), dir, &mut current, &mut bases, &mut errors);
                }
                i = end + 2;
            }
            (b'"' | b'\'', _) => i = quoted(b, i),
            (b'`', _) => i = src[i + 1..].find('`').map_or(b.len(), |n| i + n + 2),
            _ => i += 1,
        }
    }
    (bases, errors)
}

/// The offset just past the interpreted string or rune literal starting at
/// `i` (or past the end of its line, where an unterminated one ends).
fn quoted(b: &[u8], i: usize) -> usize {
    let quote = b[i];
    let mut j = i + 1;
    while j < b.len() && b[j] != quote && b[j] != b'\n' {
        j += if b[j] == b'\\' { 2 } else { 1 };
    }
    j + 1
}

/// Reads the text of a directive (after `line `, which starts at offset
/// `text_at`) taking effect at offset `at` (with its anchor, as in
/// `LineBase`), in a file in directory `dir`.
fn directive(
    text: &str,
    text_at: usize,
    (at, anchor, anchor_col): (u32, u32, u32),
    dir: &str,
    current: &mut Option<Rc<str>>,
    bases: &mut Vec<LineBase>,
    errors: &mut Vec<(usize, String)>,
) {
    let Some((i, n)) = trailing_number(text) else { return };
    let Some(n) = n else {
        errors.push((text_at + i, format!("invalid line number: {}", &text[i..])));
        return;
    };
    let (name_end, line, col) = match trailing_number(&text[..i - 1]) {
        Some((i2, Some(line))) => {
            if n == 0 || n > POS_MAX {
                errors.push((text_at + i, format!("invalid column number: {}", &text[i..])));
                return;
            }
            (i2 - 1, line, n)
        }
        _ => (i - 1, n, 0),
    };
    if line == 0 || line > POS_MAX {
        let at = if col == 0 { i } else { name_end + 1 };
        errors.push((text_at + at, format!("invalid line number: {}", &text[at..if col == 0 { text.len() } else { i - 1 }])));
        return;
    }
    let name = &text[..name_end];
    let file = match (name.is_empty(), col) {
        (true, 0) => None,
        (true, _) => current.clone(),
        (false, _) if name.starts_with('/') => Some(Rc::from(super::pos::clean_path(name))),
        (false, _) => Some(Rc::from(super::pos::clean_path(&format!("{dir}{name}")))),
    };
    *current = file.clone();
    bases.push(LineBase { at, anchor, anchor_col, file, line: line as u32, col: col as u32 });
}

/// The start of the text after the last colon of `text`, and the number it
/// is (`None` if it is none), or nothing if `text` has no colon.
fn trailing_number(text: &str) -> Option<(usize, Option<u64>)> {
    let i = text.rfind(':')? + 1;
    let digits = &text[i..];
    let n = (!digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit())).then(|| digits.parse::<u64>().ok()).flatten();
    Some((i, n))
}

/// Where position `off` of a file is under line base `b` (which is in
/// effect there): its line and column (0 when unknown). `line_col` gives
/// physical lines and columns.
pub fn relative(b: &LineBase, off: Pos, line_col: impl Fn(Pos) -> (usize, usize)) -> (usize, usize) {
    let base_line = line_col(b.anchor).0;
    let (line, col) = line_col(off);
    let rel_line = b.line as usize + (line - base_line);
    let rel_col = match (b.col, line == base_line) {
        (0, _) => 0,
        (c, true) => (c as usize + col).saturating_sub(b.anchor_col as usize),
        (_, false) => col,
    };
    (rel_line, rel_col)
}

#[cfg(test)]
mod tests {
    use super::{scan, LineBase};
    use std::rc::Rc;

    fn base(at: usize, file: Option<&str>, line: u32, col: u32) -> LineBase {
        LineBase { at: at as u32, anchor: at as u32, anchor_col: 1, file: file.map(Rc::from), line, col }
    }

    #[test]
    fn directives_and_their_forms() {
        let src = "package p\n//line foo.go:10\nx\n//line :20:5\ny /*line bar.go:30:3*/z\n/*line :7*/w\n";
        let (bases, errors) = scan(src, "a.go");
        let at = |s: &str| src.find(s).unwrap();
        assert_eq!(
            bases,
            [
                base(at("x"), Some("foo.go"), 10, 0),
                base(at("y"), Some("foo.go"), 20, 5),
                LineBase { anchor: at("/*line bar") as u32, anchor_col: 23, ..base(at("z"), Some("bar.go"), 30, 3) },
                LineBase { anchor: at("/*line :7") as u32, anchor_col: 12, ..base(at("w"), None, 7, 0) },
            ]
        );
        assert!(errors.is_empty());
        // a rune literal holding a quote opens no string
        let src = "x := '\"'\n//line foo.go:1\nx";
        assert_eq!(scan(src, "a.go").0, [base(src.len() - 1, Some("foo.go"), 1, 0)]);
    }

    #[test]
    fn what_is_not_a_directive() {
        for src in [
            "x //line foo.go:1\ny\n",      // not at the start of a line
            "\"//line foo.go:1\"\n",       // in a string
            "`\n//line foo.go:1\n`\n",     // in a raw string
            "/* a\n//line foo.go:1\n*/\n", // in another comment
            "//line foo.go\n",             // no colon
            "//lines foo.go:1\n",          // not `line `
        ] {
            assert_eq!(scan(src, "a.go"), (vec![], vec![]), "{src:?}");
        }
    }

    /// A `/*line*/` comment over two lines counts from its first line, as gc's.
    #[test]
    fn a_directive_over_lines() {
        let src = "/*line foo\n.go:1*/x\ny";
        let (bases, _) = scan(src, "a.go");
        assert_eq!(bases, [LineBase { anchor: 0, anchor_col: 19, ..base(src.len() - 3, Some("foo\n.go"), 1, 0) }]);
        let line_col = |off: u32| (src[..off as usize].matches('\n').count() + 1, 0);
        assert_eq!(super::relative(&bases[0], src.len() as u32 - 1, line_col).0, 3);
    }

    #[test]
    fn malformed_directives() {
        let src = "//line x.go:abc\n//line x.go:0\n//line x.go:5:0\n//line c:\\dir\\x.go:3\n";
        let (bases, errors) = scan(src, "a.go");
        let msgs: Vec<&str> = errors.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(msgs, ["invalid line number: abc", "invalid line number: 0", "invalid column number: 0"]);
        assert_eq!(errors[0].0, "//line x.go:".len());
        // a file name may hold colons
        assert_eq!(bases, [base(src.len(), Some("c:\\dir\\x.go"), 3, 0)]);
    }

    #[test]
    fn names_are_in_the_files_directory() {
        let src = "//line foo.go:1\n//line :2:1\n//line /abs/x.go:3\n//line ../y.go:4\n//line $x.go:5\nz";
        let names: Vec<String> = scan(src, "dir/a.go").0.iter().map(|b| b.file.as_deref().unwrap().to_string()).collect();
        assert_eq!(names, ["dir/foo.go", "dir/foo.go", "/abs/x.go", "y.go", "dir/$x.go"]);
    }
}
