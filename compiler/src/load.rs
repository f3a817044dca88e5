//! The go command's loading of a program's imports (cmd/go's `load` and
//! `modload`): before anything is compiled, each import path of the program's
//! files is checked and looked up, and if any fails, the command prints those
//! errors — and nothing the compiler would have said, syntax errors included.
//!
//! For each path, in the order of `modload.importFromModules`: a relative path
//! (`./x`) and an absolute one are refused, as are the meta-packages (`std`,
//! `all`...); then the path must be well formed (`module.CheckImportPath`:
//! `malformed import path "fmt/": trailing slash`); then a path whose first
//! element has no dot must name a standard package (`package foo/bar is not
//! in std (GOROOT/src/foo/bar)`, GOROOT being `$GOROOT` for minigo, as in its
//! standard library's file names), and one with a dot a module's. Of modules
//! minigo knows only the main module (`modload`), whose packages are
//! directories under its go.mod: a path naming one that holds Go files is
//! loaded from there (a package `main` is a program, which no one imports);
//! any other path with a dot is a module no go.mod requires — or, outside a
//! module, that there is no go.mod. A standard package minigo does not have
//! is `minigo does not support package X`. The errors are printed in the
//! order of their paths, each at the first import of it: the go command sorts
//! a package's imports.

use crate::modload::Module;
use crate::syntax::lexer::quote_rune;
use crate::syntax::parser::Diagnostic;
use crate::syntax::pos::FileSet;
use crate::syntax::token::{Name, Tok};
use crate::types::constant::quote;
use std::path::{Path, PathBuf};

/// The load errors of a program whose files import `imports` (each import's
/// position and path, in file order), in the go command's order: one
/// diagnostic without a position holding them all, as the command prints them
/// (`fset` formats their positions), so that nothing reorders or cuts them as
/// the compiler's are.
pub fn check_imports(fset: &FileSet, imports: &[(u32, String)], module: Option<&Module>) -> Option<Diagnostic> {
    let mut paths: Vec<&(u32, String)> = imports.iter().collect();
    // by path, then position: the first import of each path comes first
    paths.sort_by(|a, b| (&a.1, a.0).cmp(&(&b.1, b.0)));
    paths.dedup_by(|b, a| a.1 == b.1);
    let mut lines: Vec<(bool, String)> = paths
        .into_iter()
        .filter_map(|(pos, path)| import_error(path, module).map(|msg| (msg.ends_with(PROGRAM), format!("{}: {msg}", fset.position(*pos)))))
        .collect();
    // a package found to be a program is reported once the others are looked up
    lines.sort_by_key(|l| l.0);
    (!lines.is_empty()).then(|| Diagnostic::new(u32::MAX, lines.into_iter().map(|l| l.1).collect::<Vec<_>>().join("\n")))
}

/// The end of the error for an import of a package `main`.
const PROGRAM: &str = "is a program, not an importable package";

/// Why the go command cannot load the package of import path `path`, if it
/// cannot.
fn import_error(path: &str, module: Option<&Module>) -> Option<String> {
    let local = path == "." || path == ".." || path.starts_with("./") || path.starts_with("../");
    if local {
        return Some(format!("{path:?} is relative, but relative import paths are not supported in module mode"));
    }
    if path.starts_with('/') {
        return Some(format!("{path:?} is not a package path; see 'go help packages'"));
    }
    if ["std", "cmd", "tool", "work", "all"].contains(&path) {
        return Some(format!("{path:?} is not an importable package; see 'go help packages'"));
    }
    if path == "C" || path == "unsafe" {
        // cgo's, which the compiler reports; and the compiler's own
        return None;
    }
    if let Err(why) = check_import_path(path) {
        return Some(format!("malformed import path {}: {why}", quote(path.as_bytes())));
    }
    if let Some(dir) = module.and_then(|m| m.package_dir(path)) {
        match package_clause(&dir) {
            Some(name) if &*name == "main" => return Some(format!("import {path:?} {PROGRAM}")),
            Some(_) => return None,
            None => {}
        }
    }
    let first = path.split('/').next().unwrap_or_default();
    if first.contains('.') {
        return Some(match module {
            Some(_) => format!("no required module provides package {path}; to add it:\n\tgo get {path}"),
            None => {
                format!("no required module provides package {path}: go.mod file not found in current directory or any parent directory; see 'go help modules'")
            }
        });
    }
    if minigo_stdlib::package_sources(path).is_some() {
        None
    } else if minigo_stdlib::is_go_std(path) {
        Some(format!("minigo does not support package {path}"))
    } else {
        Some(format!("package {path} is not in std ($GOROOT/src/{path})"))
    }
}

/// The Go files of package directory `dir`, sorted (its tests left out, as
/// `go run` and `go build` leave them).
pub fn package_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go") && !p.to_string_lossy().ends_with("_test.go"))
        .collect();
    files.sort();
    Ok(files)
}

/// The package name the first Go file in `dir` declares, if there is one
/// (the compiler reports files that disagree).
fn package_clause(dir: &Path) -> Option<Name> {
    let src = std::fs::read_to_string(package_files(dir).ok()?.first()?).ok()?;
    let mut toks = crate::syntax::lexer::Lexer::new(&src).map(|t| t.1).filter(|t| !matches!(t, Tok::Semi(_)));
    match (toks.next(), toks.next()) {
        (Some(Tok::Package), Some(Tok::Ident(name))) => Some(name),
        // a file without a package clause is the compiler's error to report
        _ => Some(Name::from("")),
    }
}

/// `module.CheckImportPath`: the reason `path` is no import path, if it is not.
fn check_import_path(path: &str) -> Result<(), String> {
    if path.is_empty() {
        return Err("empty string".into());
    }
    if path.starts_with('-') {
        return Err("leading dash".into());
    }
    if path.contains("//") {
        return Err("double slash".into());
    }
    if path.ends_with('/') {
        return Err("trailing slash".into());
    }
    path.split('/').try_for_each(check_elem)
}

/// `module.checkElem` for an import path's element.
fn check_elem(elem: &str) -> Result<(), String> {
    if elem.is_empty() {
        return Err("empty path element".into());
    }
    if elem.chars().all(|c| c == '.') {
        return Err(format!("invalid path element {}", quote(elem.as_bytes())));
    }
    if elem.ends_with('.') {
        return Err("trailing dot in path element".into());
    }
    if let Some(c) = elem.chars().find(|&c| !(c.is_ascii_alphanumeric() || "-._~+".contains(c))) {
        return Err(format!("invalid char {}", quote_rune(c)));
    }
    // Windows's reserved names, and what look like its short names
    let short = elem.split('.').next().unwrap_or_default();
    const RESERVED: [&str; 22] = [
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
        "LPT7", "LPT8", "LPT9",
    ];
    if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(short)) {
        return Err(format!("{} disallowed as path element component on Windows", quote(short.as_bytes())));
    }
    if let Some(t) = short.rfind('~') {
        let digits = &short[t + 1..];
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err("trailing tilde and digits in path element".into());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::import_error;

    #[test]
    fn paths_are_checked_as_the_go_command_does() {
        let err = |p| import_error(p, None).unwrap_or_default();
        assert_eq!(err("fmt"), "");
        assert_eq!(err("unicode//utf8"), r#"malformed import path "unicode//utf8": double slash"#);
        assert_eq!(err("fmt/"), r#"malformed import path "fmt/": trailing slash"#);
        assert_eq!(err("a/./b"), r#"malformed import path "a/./b": invalid path element ".""#);
        assert_eq!(err("café"), r#"malformed import path "café": invalid char 'é'"#);
        assert_eq!(err("con"), r#"malformed import path "con": "con" disallowed as path element component on Windows"#);
        assert_eq!(err("x~1"), r#"malformed import path "x~1": trailing tilde and digits in path element"#);
        assert_eq!(err("./x"), r#""./x" is relative, but relative import paths are not supported in module mode"#);
        assert_eq!(err("foo/bar"), "package foo/bar is not in std ($GOROOT/src/foo/bar)");
        assert_eq!(err("a+b"), "package a+b is not in std ($GOROOT/src/a+b)");
    }
}
