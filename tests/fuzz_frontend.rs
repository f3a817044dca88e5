//! Fuzzes the front end (lexer, parser, checker) for a bounded time: every input,
//! valid or not, must produce diagnostics or a checked program, never a panic.
//!
//! Inputs are mutations of real Go files (the golden tests and the standard library
//! sources) and random token sequences. `FUZZ_SECONDS` sets the budget (default 10;
//! CI runs 60); the test prints how many inputs it ran, and fails if the process's
//! memory keeps growing (every checked program must be freed).

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use std::path::Path;
use std::time::{Duration, Instant};

const TOKENS: &[&str] = &[
    "package",
    "main",
    "import",
    "\"fmt\"",
    "func",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "x",
    "y",
    "int",
    "string",
    "var",
    "const",
    "type",
    "struct",
    "interface",
    "map",
    "chan",
    "<-",
    "go",
    "defer",
    "return",
    "if",
    "else",
    "for",
    "range",
    "switch",
    "case",
    "default",
    "select",
    "break",
    "continue",
    "goto",
    "fallthrough",
    ":=",
    "=",
    "+=",
    "++",
    "--",
    "+",
    "-",
    "*",
    "/",
    "%",
    "&",
    "|",
    "^",
    "&^",
    "<<",
    ">>",
    "&&",
    "||",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "!",
    ",",
    ";",
    ".",
    ":",
    "...",
    "\n",
    "1",
    "0x1F",
    "1.5e3",
    "'a'",
    "\"s\"",
    "`raw`",
    "nil",
    "true",
    "iota",
    "_",
    "T",
    "any",
    "error",
    "len",
    "append",
    "make",
    "new",
    "panic",
    "recover",
    "print",
    "~",
    "0b",
    "1_",
    "'",
    "\"",
    "/*",
    "//",
];

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out = Vec::new();
    for dir in ["tests/check", "tests/run", "stdlib/go"] {
        collect(&root.join(dir), &mut out);
    }
    out
}

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            if let Ok(s) = std::fs::read_to_string(&p) {
                out.push(s);
            }
        }
    }
}

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Duplicate(usize, usize),
    Insert(usize, usize),
    Swap(usize, usize),
}

/// Applies byte-range edits to a source file (snapping to char boundaries).
fn mutate(src: &str, edits: &[Edit]) -> String {
    let mut s = src.to_string();
    for e in edits {
        let n = s.len().max(1);
        let snap = |s: &str, i: usize| {
            let mut i = i % (s.len() + 1);
            while !s.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        match *e {
            Edit::Delete(a, len) => {
                let a = snap(&s, a);
                let b = snap(&s, a + len % 40);
                if a < b {
                    s.replace_range(a..b, "");
                }
            }
            Edit::Duplicate(a, len) => {
                let a = snap(&s, a);
                let b = snap(&s, (a + len % 80).min(s.len()));
                if a < b {
                    let piece = s[a..b].to_string();
                    s.insert_str(b, &piece);
                }
            }
            Edit::Insert(at, tok) => {
                let at = snap(&s, at % n);
                s.insert_str(at, TOKENS[tok % TOKENS.len()]);
            }
            Edit::Swap(a, b) => {
                let (a, b) = (snap(&s, a), snap(&s, b));
                let (a, b) = (a.min(b), a.max(b));
                if a < b && b - a < 200 {
                    let piece = s[a..b].to_string();
                    let rev: String = piece.split_whitespace().rev().collect::<Vec<_>>().join(" ");
                    s.replace_range(a..b, &rev);
                }
            }
        }
    }
    s
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 0usize..40).prop_map(|(a, l)| Edit::Delete(a, l)),
        (any::<usize>(), 0usize..80).prop_map(|(a, l)| Edit::Duplicate(a, l)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, t)| Edit::Insert(a, t)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Swap(a, b)),
    ]
}

/// Parses and type-checks `src` as package main; panics are what we look for.
fn front_end(src: &str) {
    let mut prog = minigo::types::Program::new();
    let (file, _errs) = prog.parse("fuzz.go", src);
    if let Some(f) = file {
        let _ = prog.check_package("main", vec![f]);
    }
}

/// Runs the fuzzer for `secs` seconds; returns how many inputs it ran and the
/// process's resident memory after the first and the last tenth of the time.
fn fuzz(secs: u64) -> (u64, u64, u64) {
    let corpus = corpus();
    assert!(!corpus.is_empty(), "no corpus found");
    let deadline = Instant::now() + Duration::from_secs(secs);
    // Deeply nested inputs recurse; give the checker the stack a compiler thread has.
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mutated = (0..corpus.len(), prop::collection::vec(edit(), 1..6)).prop_map(move |(i, edits)| mutate(&corpus[i], &edits));
            let soup = prop::collection::vec(0..TOKENS.len(), 0..200).prop_map(|ts| {
                let body: Vec<&str> = ts.into_iter().map(|t| TOKENS[t]).collect();
                format!("package main\n{}", body.join(" "))
            });
            let inputs = prop_oneof![4 => mutated, 1 => soup];
            let total = std::sync::atomic::AtomicU64::new(0);
            let mut batch = 0u8;
            let warm = Instant::now() + Duration::from_secs(secs) / 10;
            let mut rss_warm = None;
            while Instant::now() < deadline {
                if rss_warm.is_none() && Instant::now() >= warm {
                    rss_warm = Some(rss_kib());
                }
                // a new runner per batch (a runner stops after its cases), each with its
                // own reproducible seed
                let config = Config { cases: 256, failure_persistence: None, ..Config::default() };
                let mut seed = [0u8; 32];
                seed[0] = batch;
                seed[1] = (total.load(std::sync::atomic::Ordering::Relaxed) >> 8) as u8;
                batch = batch.wrapping_add(1);
                let mut runner = TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed));
                let result = runner.run(&inputs, |src| {
                    total.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    std::panic::catch_unwind(|| front_end(&src)).map_err(|_| TestCaseError::fail(format!("front end panicked on:\n{src}")))
                });
                if let Err(e) = result {
                    panic!("{e}");
                }
            }
            (total.into_inner(), rss_warm.unwrap_or_else(rss_kib), rss_kib())
        })
        .unwrap();
    handle.join().unwrap_or_else(|_| std::process::exit(1))
}

/// This process's resident memory, in KiB.
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status.lines().find_map(|l| l.strip_prefix("VmRSS:")).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok()).unwrap_or(0)
}

/// Programs are freed with their `Program` (syntax trees included), so the
/// fuzzer runs in this process and its memory must stay flat: after the first
/// tenth of the time (corpus loaded, allocator warm), it may not grow by more
/// than `GROWTH_KIB`.
const GROWTH_KIB: u64 = 64 << 10;

fn main() {
    let secs: u64 = std::env::var("FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(10);
    let (total, warm, end) = fuzz(secs);
    println!("fuzz_frontend: {total} inputs in {secs} s, no panic; resident memory {} MiB after the first tenth, {} MiB at the end", warm >> 10, end >> 10);
    if end > warm + GROWTH_KIB {
        println!("memory grew by {} MiB while fuzzing: something the front end allocates is not freed\n0 passed, 1 failed", (end - warm) >> 10);
        std::process::exit(1);
    }
    println!("1 passed, 0 failed");
}
