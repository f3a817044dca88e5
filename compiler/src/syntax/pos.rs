//! Source positions: one space of byte offsets shared by all files of a session, like
//! go/token's FileSet, so a `Pos` is a plain `u32` that names its file too.

use std::rc::Rc;

pub type Pos = u32;

pub struct SourceFile {
    /// The name diagnostics use (`prog.go`, or `fmt/print.go` for stdlib sources).
    pub name: String,
    pub base: Pos,
    pub src: Rc<str>,
    line_starts: Vec<u32>,
    /// Lines before the ones positions count from (the wrapping the REPL puts
    /// around an input).
    line_shift: usize,
}

impl SourceFile {
    /// How many lines the file has (a last line without a newline counts).
    pub fn lines(&self) -> usize {
        self.line_starts.len() - usize::from(self.src.is_empty() || self.src.ends_with('\n'))
    }

    pub fn line_col(&self, pos: Pos) -> (usize, usize) {
        let off = pos - self.base;
        let line = self.line_starts.partition_point(|&s| s <= off);
        let col = off - self.line_starts[line - 1] + 1;
        (line.saturating_sub(self.line_shift).max(1), col as usize)
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
        self.files.push(SourceFile { name: name.to_string(), base, src, line_starts, line_shift });
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

    /// `file.go:LINE:COL`, columns counting bytes from 1 as gc does.
    pub fn position(&self, pos: Pos) -> String {
        let f = self.file(pos);
        let (l, c) = f.line_col(pos);
        format!("{}:{}:{}", f.name, l, c)
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
