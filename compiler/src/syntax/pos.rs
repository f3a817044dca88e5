//! Source positions: one space of byte offsets shared by all files of a session, like
//! go/token's FileSet, so a `Pos` is a plain `u32` that names its file too.

use super::linebase::{self, LineBase};
use super::pragma;
use std::rc::Rc;

pub type Pos = u32;

/// The shortest path naming the same file as `path` by lexical processing
/// alone, as Go's `path.Clean`: `.` elements and doubled slashes go, and a
/// `..` takes the element before it with it (at the root, it is dropped).
pub fn clean_path(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut elems: Vec<&str> = Vec::new();
    for e in path.split('/') {
        match e {
            "" | "." => {}
            ".." if elems.last().is_some_and(|&l| l != "..") => {
                elems.pop();
            }
            ".." if rooted => {}
            e => elems.push(e),
        }
    }
    match (rooted, elems.join("/")) {
        (true, p) => format!("/{p}"),
        (false, p) if p.is_empty() => ".".to_string(),
        (false, p) => p,
    }
}

/// The first column gc cannot represent (`cmd/internal/src.colMax`): it keeps
/// a position's column in 8 bits and prints the larger ones as unknown.
const COL_MAX: usize = 255;

pub struct SourceFile {
    /// The name diagnostics use (`prog.go`, or `fmt/print.go` for stdlib sources).
    pub name: String,
    pub base: Pos,
    pub src: Rc<str>,
    line_starts: Vec<u32>,
    /// Lines before the ones positions count from (the wrapping the REPL puts
    /// around an input).
    line_shift: usize,
    /// The file's line directives, in order (`linebase`): positions after
    /// one are where it says.
    line_bases: Vec<LineBase>,
    /// The malformed directives' errors (syntax errors the parser reports).
    pub line_errors: Vec<(Pos, String)>,
    /// Its `//go:` directives (none for the standard library's files, which
    /// gc holds to other rules).
    pub pragmas: pragma::Pragmas,
}

impl SourceFile {
    /// How many lines the file has (a last line without a newline counts).
    pub fn lines(&self) -> usize {
        self.line_starts.len() - usize::from(self.src.is_empty() || self.src.ends_with('\n'))
    }

    /// The line and column of `pos` (a column of 0 is unknown: a line
    /// directive gave none).
    pub fn line_col(&self, pos: Pos) -> (usize, usize) {
        let off = pos - self.base;
        match self.line_base(off) {
            Some(b) => linebase::relative(b, off, |o| self.physical(o)),
            None => {
                let (line, col) = self.physical(off);
                (line.saturating_sub(self.line_shift).max(1), col)
            }
        }
    }

    /// The file `pos` is in, as line directives name it (the file's own name
    /// where none applies; `None` for the empty name).
    pub fn file_name(&self, pos: Pos) -> Option<&str> {
        match self.line_base(pos - self.base) {
            Some(b) => b.file.as_deref(),
            None => Some(&self.name),
        }
    }

    /// The line directive in effect at offset `off`, if any.
    fn line_base(&self, off: u32) -> Option<&LineBase> {
        let i = self.line_bases.partition_point(|b| b.at <= off);
        i.checked_sub(1).map(|i| &self.line_bases[i])
    }

    /// The line and column of offset `off` in the file's text.
    fn physical(&self, off: u32) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= off);
        (line, (off - self.line_starts[line - 1] + 1) as usize)
    }
}

#[derive(Default)]
pub struct FileSet {
    files: Vec<SourceFile>,
    next: Pos,
}

impl FileSet {
    /// Registers a file; its positions are `base .. base + len` (plus one for EOF).
    pub fn add(&mut self, name: &str, src: Rc<str>) -> Pos {
        self.add_shifted(name, src, 0)
    }

    /// Registers a file whose first `line_shift` lines are not counted.
    pub fn add_shifted(&mut self, name: &str, src: Rc<str>, line_shift: usize) -> Pos {
        let base = self.next;
        let mut line_starts = vec![0];
        line_starts.extend(src.match_indices('\n').map(|(i, _)| i as u32 + 1));
        self.next = base + src.len() as u32 + 1;
        let (line_bases, errors) = linebase::scan(&src, name);
        let line_errors = errors.into_iter().map(|(off, msg)| (base + off as u32, msg)).collect();
        let pragmas = if name.starts_with("$GOROOT/") { pragma::Pragmas::default() } else { pragma::scan(&src, name) };
        self.files.push(SourceFile { name: name.to_string(), base, src, line_starts, line_shift, line_bases, line_errors, pragmas });
        base
    }

    /// The file added last.
    pub fn last(&self) -> Option<&SourceFile> {
        self.files.last()
    }

    pub fn file(&self, pos: Pos) -> &SourceFile {
        let i = self.files.partition_point(|f| f.base <= pos);
        &self.files[i - 1]
    }

    /// `file.go:LINE:COL`, columns counting bytes from 1 as gc does, and
    /// `file.go:LINE` where gc's column is unknown: a line directive gave none,
    /// or it is `COL_MAX` or more (gc keeps a column in 8 bits).
    pub fn position(&self, pos: Pos) -> String {
        let f = self.file(pos);
        let name = f.file_name(pos).unwrap_or_default();
        match f.line_col(pos) {
            (l, c) if c == 0 || c >= COL_MAX => format!("{name}:{l}"),
            (l, c) => format!("{name}:{l}:{c}"),
        }
    }

    pub fn line(&self, pos: Pos) -> usize {
        self.file(pos).line_col(pos).0
    }
}

impl FileSet {
    /// Positions inside a message's text, as gc writes them: a file of the
    /// current directory `./file.go:L:C`, any other as named.
    pub fn position_dotted(&self, pos: Pos) -> String {
        let p = self.position(pos);
        let file = p.split(':').next().unwrap_or("");
        if file.contains('/') || p.starts_with('$') {
            p
        } else {
            format!("./{p}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::clean_path;

    #[test]
    fn paths_clean_as_gos() {
        for (path, want) in [
            ("dir/../y.go", "y.go"),
            ("dir/./z//q.go", "dir/z/q.go"),
            ("../a/x.go", "../a/x.go"),
            ("/tmp/b/../a/x.go", "/tmp/a/x.go"),
            ("/../x.go", "/x.go"),
            ("a/..", "."),
            ("$GOROOT/src/sync/../runtime/sema.go", "$GOROOT/src/runtime/sema.go"),
        ] {
            assert_eq!(clean_path(path), want, "{path}");
        }
    }
}
