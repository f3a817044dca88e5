//! Where the REPL's lines come from: a terminal, with line editing and history
//! (rustyline), or a pipe, read as it is with no prompt.

use super::complete::{complete, Completions};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{Editor, ExternalPrinter};
use std::io::{BufRead, IsTerminal};
use std::sync::Mutex;

const PROMPT: &str = ">>> ";
const CONTINUE: &str = "... ";

pub enum Read {
    Line(String),
    /// A line that is not UTF-8 (Go source must be): the column of its first
    /// invalid byte. The input it belongs to is dropped.
    NotUtf8(usize),
    /// Ctrl-C while typing: the input so far is dropped.
    Interrupted,
    Eof,
}

pub trait LineSource {
    /// The next line; `more` if it continues an unfinished input.
    fn read(&mut self, more: bool) -> Read;
    fn add_history(&mut self, entry: &str);
    fn interactive(&self) -> bool;
    fn close(&mut self);
    /// What Tab completes to from now on (a terminal's line editor).
    fn set_completions(&mut self, _names: Completions) {}
}

/// A terminal if standard input and output are one, else the pipe.
pub fn open() -> Box<dyn LineSource> {
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        if let Ok(t) = Terminal::new() {
            return Box::new(t);
        }
    }
    Box::new(Piped(std::io::stdin().lock()))
}

struct Piped(std::io::StdinLock<'static>);

impl LineSource for Piped {
    fn read(&mut self, _more: bool) -> Read {
        let mut line = Vec::new();
        match self.0.read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => Read::Eof,
            Ok(_) => match String::from_utf8(line) {
                Ok(line) => Read::Line(line.trim_end_matches(['\n', '\r']).to_string()),
                Err(e) => Read::NotUtf8(e.utf8_error().valid_up_to() + 1),
            },
        }
    }
    fn add_history(&mut self, _: &str) {}
    fn interactive(&self) -> bool {
        false
    }
    fn close(&mut self) {}
}

struct Terminal {
    editor: Editor<Helper, DefaultHistory>,
    history: Option<std::path::PathBuf>,
}

/// The line editor's completion (see `complete`), over the last snapshot of
/// the session's names.
#[derive(Default)]
struct Helper(Completions);

impl rustyline::completion::Completer for Helper {
    type Candidate = String;
    fn complete(&self, line: &str, pos: usize, _: &rustyline::Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        Ok(complete(line, pos, &self.0))
    }
}
impl rustyline::hint::Hinter for Helper {
    type Hint = String;
}
impl rustyline::highlight::Highlighter for Helper {}
impl rustyline::validate::Validator for Helper {}
impl rustyline::Helper for Helper {}

impl Terminal {
    fn new() -> rustyline::Result<Terminal> {
        let mut editor = Editor::new()?;
        editor.set_helper(Some(Helper::default()));
        let history = history_file();
        if let Some(h) = &history {
            let _ = editor.load_history(h);
        }
        // goroutines' output while the prompt waits is printed above it
        let printer = Mutex::new(editor.create_external_printer()?);
        minigo_runtime::session::set_printer(Some(Box::new(move |_fd, b: &[u8]| {
            let mut p = printer.lock().unwrap_or_else(|e| e.into_inner());
            let _ = p.print(String::from_utf8_lossy(b).into_owned());
        })));
        minigo_runtime::session::printer_enabled(false);
        Ok(Terminal { editor, history })
    }
}

/// `$MINIGO_HISTORY`, or `history` in minigo's directory of the user's data.
fn history_file() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("MINIGO_HISTORY") {
        return Some(p.into());
    }
    let dir = dirs::data_dir()?.join("minigo");
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir.join("history"))
}

impl LineSource for Terminal {
    fn read(&mut self, more: bool) -> Read {
        minigo_runtime::session::printer_enabled(true);
        let r = self.editor.readline(if more { CONTINUE } else { PROMPT });
        minigo_runtime::session::printer_enabled(false);
        match r {
            Ok(line) => Read::Line(line),
            Err(ReadlineError::Interrupted) => Read::Interrupted,
            Err(_) => Read::Eof,
        }
    }

    fn add_history(&mut self, entry: &str) {
        let _ = self.editor.add_history_entry(entry);
    }

    fn interactive(&self) -> bool {
        true
    }

    fn close(&mut self) {
        if let Some(h) = &self.history {
            let _ = self.editor.save_history(h);
        }
    }

    fn set_completions(&mut self, names: Completions) {
        self.editor.set_helper(Some(Helper(names)));
    }
}
