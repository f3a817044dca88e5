//! Tab completion at the REPL's prompt: the word before the cursor completes
//! to a name the session knows. Alone it is an identifier (the session's
//! declarations, imported packages, predeclared names, keywords); after `q.` a
//! member of `q` (an imported package's exported names, or the fields and
//! methods of a session variable); after a leading `:` a command.
//!
//! The names are a snapshot the session takes after each input
//! (`Session::completions`), so completing never touches the session while a
//! line is being edited.

use crate::syntax::token::KEYWORDS;
use rustc_hash::FxHashMap;

/// The REPL's commands, as `:help` lists them.
pub const COMMANDS: &[&str] = &["asm", "clif", "help", "load", "quit", "reset", "type"];

/// What Tab completes to, as of the last input.
#[derive(Default)]
pub struct Completions {
    /// Names usable alone (sorted, no duplicates).
    pub idents: Vec<String>,
    /// The names selectable after `q.`, by `q` (sorted).
    pub members: FxHashMap<String, Vec<String>>,
}

impl Completions {
    /// The snapshot for `idents` (Go's keywords are added: they complete
    /// wherever an identifier does) and `members`.
    pub fn new(idents: impl IntoIterator<Item = String>, members: FxHashMap<String, Vec<String>>) -> Completions {
        let mut idents: Vec<String> = idents.into_iter().chain(KEYWORDS.iter().map(|k| k.to_string())).collect();
        idents.sort();
        idents.dedup();
        Completions { idents, members }
    }
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Where the identifier ending at the end of `s` starts.
fn ident_start(s: &str) -> usize {
    s.char_indices().rev().take_while(|&(_, c)| is_ident_char(c)).last().map_or(s.len(), |(i, _)| i)
}

/// The completions of the word before `pos` in `line`: where the word starts
/// and what may replace it.
pub fn complete(line: &str, pos: usize, names: &Completions) -> (usize, Vec<String>) {
    let before = &line[..pos];
    let start = ident_start(before);
    let (head, word) = before.split_at(start);
    let pool: Vec<&str> = if let Some(q) = head.strip_suffix('.') {
        let q = &q[ident_start(q)..];
        names.members.get(q).map(|m| m.iter().map(String::as_str).collect()).unwrap_or_default()
    } else if head.trim_start() == ":" {
        COMMANDS.to_vec()
    } else {
        // an identifier, also as a command's argument (`:type x`, `:asm f`)
        names.idents.iter().map(String::as_str).collect()
    };
    (start, pool.into_iter().filter(|n| n.starts_with(word)).map(str::to_string).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Completions {
        let mut members = FxHashMap::default();
        members.insert("strings".to_string(), ["Fields", "FieldsFunc", "ToUpper"].map(String::from).to_vec());
        members.insert("p".to_string(), vec!["Name".to_string(), "Norm".to_string(), "x".to_string()]);
        Completions::new(["fmt", "fib", "point", "p", "strings", "println"].map(String::from), members)
    }

    #[test]
    fn identifiers_and_keywords() {
        let n = names();
        assert_eq!(complete("fi", 2, &n), (0, vec!["fib".to_string()]));
        assert_eq!(complete("x := f", 6, &n), (5, ["fallthrough", "fib", "fmt", "for", "func"].map(String::from).to_vec()));
        assert_eq!(complete("pr", 2, &n).1, vec!["println".to_string()]);
    }

    #[test]
    fn members_after_a_dot() {
        let n = names();
        assert_eq!(complete("strings.Fi", 10, &n), (8, vec!["Fields".to_string(), "FieldsFunc".to_string()]));
        assert_eq!(complete("fmt.Println(p.N", 15, &n), (14, vec!["Name".to_string(), "Norm".to_string()]));
        assert_eq!(complete("q.", 2, &n), (2, vec![]));
    }

    #[test]
    fn commands() {
        let n = names();
        assert_eq!(complete(":t", 2, &n), (1, vec!["type".to_string()]));
        assert_eq!(complete(":type fi", 8, &n), (6, vec!["fib".to_string()]));
    }

    #[test]
    fn completes_at_the_cursor_not_the_end() {
        let n = names();
        assert_eq!(complete("fi + 1", 2, &n), (0, vec!["fib".to_string()]));
    }
}
