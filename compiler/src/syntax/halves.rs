//! A big file is parsed in two halves on two threads, as gc parses a package's files
//! concurrently: parsing is half of the front end's time, and a 100,000-line file
//! should not wait on one core. Only a clean parse takes this path; a file with any
//! error is parsed again whole, so that its diagnostics are exactly the sequential
//! parser's.

use super::ast::{Decl, File, IdGen, P};
use super::build::{Arena, Builder};
use super::parser::run_grammar;
use super::pos::Pos;
use super::token::{SemiKind, Tok};

/// Below this size a second thread costs more than it saves.
const MIN_SPLIT: usize = 256 << 10;

/// Parses `src` as two halves, split before a top-level `func` near the middle.
/// `None` when the file is small, has no such line, or either half has an error.
/// The tree lives in the two arenas returned with it.
pub fn parse_halves(src: &str, base: Pos, ids: &IdGen) -> Option<(P<File>, Vec<Arena>)> {
    if src.len() < MIN_SPLIT {
        return None;
    }
    let mid = (src.len() / 2..src.len()).find(|&i| src.is_char_boundary(i))?;
    let split = mid + src[mid..].find("\nfunc ")? + 1;
    let (head, tail) = src.split_at(split);
    // Every node takes at least one token of its own and every token at least a
    // byte, so the head's ids end before `split` more ids: the tail's start there.
    // The checker's tables leave the unused ones out (`ids::Gaps`).
    let head_start = ids.count();
    let tail_start = head_start + split as Pos;
    let tail_base = base + split as Pos;
    let parse_tail = move || {
        let ids = IdGen::starting_at(tail_start);
        Moved(parse_clean(tail, tail_base, &ids, true).map(|(f, arena)| (f, arena, ids.count())))
    };
    let (head, tail) = std::thread::scope(|s| {
        let tail = std::thread::Builder::new().name("minigo-parse".into()).spawn_scoped(s, parse_tail).ok()?;
        let head = parse_clean(head, base, ids, false);
        Some((head, tail.join().ok()?.0))
    })?;
    let ((head, head_arena), (tail, tail_arena, tail_end)) = (head?, tail?);
    assert!(ids.count() <= tail_start, "node ids of a file's two halves overlap");
    if !tail.imports.is_empty() {
        return None; // an import after a declaration: the whole parse words the error
    }
    // the tail's first id went to its stand-in package name
    ids.skip_to(tail_start + 1);
    ids.claim_to(tail_end);
    let decls: Vec<Decl> = head.decls.iter().chain(tail.decls).cloned().collect();
    let decls = head_arena.list(decls);
    let file = head_arena.alloc(File { decls, end: tail.end, ..head.clone() });
    Some((file, vec![head_arena, tail_arena]))
}

/// A tree parsed on another thread, moved to the thread that joins it.
///
/// SAFETY: the tree's `Rc` names were made by the parsing thread's own lexer, and
/// every other handle on them (the lexer's table, the parser's stack) is dropped
/// before the thread returns the tree. After the join, only the joining thread
/// holds counts on them, so no count is ever touched by two threads.
struct Moved(Option<(P<File>, Arena, u32)>);
unsafe impl Send for Moved {}

/// Parses one half; the tail gets a stand-in package clause. Any lexical or syntax
/// error gives `None`.
fn parse_clean(src: &str, base: Pos, ids: &IdGen, tail: bool) -> Option<(P<File>, Arena)> {
    let builder = Builder::sized_for(ids, src);
    let clause = [Tok::Package, Tok::Ident("_".into()), Tok::Semi(SemiKind::Written)];
    let lead = if tail { clause.into_iter().map(|t| (base, t, base)).collect() } else { vec![] };
    let run = run_grammar(&builder, src, base, lead);
    let file = run.result.ok()?;
    let clean = run.lex_errors.is_empty() && run.too_deep.is_none() && builder.take_reported().is_empty();
    clean.then(|| (file, builder.into_arena()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parser::{parse_file, parse_whole};

    /// A file of `n` functions using most of the grammar, with `extra` in the middle.
    fn program(n: usize, extra: &str) -> String {
        let mut s = String::from("package main\n\nimport (\n\t\"fmt\"\n\tstr \"strings\"\n)\n\ntype T struct {\n\ta, b int\n\ts []string `tag`\n}\n");
        for i in 0..n {
            if i == n / 2 {
                s += extra;
            }
            s += &format!(
                "\n// f{i} says {i}\nfunc (t *T) f{i}(x int, ys ...string) (r int, err error) {{\n\tfor k, v := range ys {{\n\t\tr += len(v) * k << 2\n\t}}\n\tswitch y := any(x).(type) {{\n\tcase int:\n\t\tr -= y\n\t}}\n\tch := make(chan int, 1)\n\tselect {{\n\tcase ch <- x:\n\tdefault:\n\t}}\n\tg := func(a, b int) bool {{ return a&^b != 0 || !(a < b) }}\n\tif m := map[string]T{{\"k\": {{a: 1}}}}; g(x, len(m)) {{\n\t\treturn t.a + {i}, fmt.Errorf(\"%d\", x)\n\t}}\n\t_ = str.Repeat(`raw\nfunc`, 2)[1:2:3]\n\treturn -x, nil\n}}\n"
            );
        }
        s
    }

    /// The tree's debug form without node ids, which differ between the two parses.
    fn shape(f: &File) -> String {
        let s = format!("{f:?}");
        let mut out = String::with_capacity(s.len());
        for (i, part) in s.split("NodeId(").enumerate() {
            out += if i == 0 { part } else { part.trim_start_matches(|c: char| c.is_ascii_digit()) };
        }
        out
    }

    #[test]
    fn halves_parse_as_the_whole_file() {
        let src = program(800, "");
        assert!(src.len() >= MIN_SPLIT);
        let (ids, whole_ids) = (IdGen::starting_at(7), IdGen::starting_at(7));
        let (halves, _arenas) = parse_halves(&src, 100, &ids).expect("a clean big file is split");
        let whole = parse_whole(&src, 100, &whole_ids);
        let whole = whole.file.unwrap();
        assert_eq!(shape(halves), shape(whole));
        assert_eq!(ids.nodes(), whole_ids.nodes());
        assert!(ids.count() > whole_ids.count());
    }

    #[test]
    fn the_middle_may_fall_inside_a_character() {
        // multi-byte characters all around the middle byte (bug257.go of Go's
        // tests is such a file): the split moves to a character boundary
        let p = program(200, "");
        let funcs = &p[p.find("\n// f0").unwrap()..];
        let mut inside = false;
        for pad in 0..3 {
            let src = p.clone() + "// " + &"x".repeat(pad) + &"☺".repeat(p.len() / 2) + "\n" + funcs;
            inside |= !src.is_char_boundary(src.len() / 2);
            let parsed = parse_file(&src, 0, &IdGen::starting_at(0));
            assert!(parsed.errors.is_empty(), "pad {pad}");
        }
        assert!(inside, "one of the files has its middle byte inside a character");
    }

    #[test]
    fn a_split_inside_a_literal_parses_whole() {
        // the middle of the file is in a raw string full of `func` lines
        let p = program(200, "");
        let funcs = &p[p.find("\n// f0").unwrap()..];
        let src = p.clone() + "var s = `\n" + &"func x() {}\n".repeat(40_000) + "`\n" + funcs;
        assert!(parse_halves(&src, 0, &IdGen::starting_at(0)).is_none());
        let ids = IdGen::starting_at(0);
        let parsed = parse_file(&src, 0, &ids);
        let whole = parse_whole(&src, 0, &IdGen::starting_at(0));
        assert!(parsed.errors.is_empty());
        assert_eq!(shape(parsed.file.unwrap()), shape(whole.file.unwrap()));
        assert_eq!(ids.nodes(), ids.count(), "no ids skipped");
    }

    #[test]
    fn errors_are_the_whole_files() {
        for extra in ["func bad() { x := }\n", "import \"os\"\n", "func g() { s := \"open\n}\n"] {
            let src = program(800, extra);
            let parsed = parse_file(&src, 0, &IdGen::starting_at(0));
            let whole = parse_whole(&src, 0, &IdGen::starting_at(0));
            assert!(!parsed.errors.is_empty() || parsed.file.is_none(), "{extra}");
            assert_eq!(parsed.errors, whole.errors, "{extra}");
        }
    }
}
