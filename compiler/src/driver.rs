//! The compiler driver: loads a program's files, type-checks it, and reports
//! diagnostics with gc's discipline.

use crate::syntax::parser::Diagnostic;
use crate::types::object::PkgId;
use crate::types::Program;
use std::path::{Path, PathBuf};

/// The Go files of the program named on the command line: one file, or the package
/// in a directory.
/// The files of a program named as `go run` and `go build` name one: a directory
/// holding package main, or one or more .go files of one directory.
pub fn program_files(args: &[&str]) -> Result<Vec<PathBuf>, String> {
    if let [dir] = args {
        if Path::new(dir).is_dir() {
            return dir_files(dir);
        }
    }
    let mut files = Vec::new();
    for arg in args {
        let p = Path::new(arg);
        if !arg.ends_with(".go") {
            return Err(format!("{arg}: not a .go file or a directory"));
        }
        if !p.exists() {
            return Err(format!("stat {arg}: no such file or directory"));
        }
        files.push(p.to_path_buf());
    }
    let dir = |p: &PathBuf| p.parent().map(|d| d.canonicalize().unwrap_or_else(|_| d.to_path_buf()));
    if files.iter().any(|f| dir(f) != dir(&files[0])) {
        return Err("named files must all be in one directory".into());
    }
    Ok(files)
}

/// Whether `args` name a program by its directory (which, in a module, gives
/// its package an import path; named by files, it is
/// `command-line-arguments`).
pub fn names_directory(args: &[&str]) -> bool {
    matches!(args, [dir] if Path::new(dir).is_dir())
}

/// The .go files (but tests) of directory `arg`.
fn dir_files(arg: &str) -> Result<Vec<PathBuf>, String> {
    let files = crate::load::package_files(Path::new(arg)).map_err(|e| format!("{arg}: {e}"))?;
    if files.is_empty() {
        return Err(format!("no Go files in {arg}"));
    }
    Ok(files)
}

/// The name diagnostics use for a file: the path as given, like gc.
fn display_name(p: &Path) -> String {
    let s = p.to_string_lossy();
    s.strip_prefix("./").unwrap_or(&s).to_string()
}

/// How long the front end took, for `minigo check --timing`.
#[derive(Default)]
pub struct Timing {
    pub lines: usize,
    pub parse: std::time::Duration,
    pub check: std::time::Duration,
}

/// A package's files, parsed: their trees, their imports (position, path)
/// in file order, and the errors found; `syntax_failed` when a file has no
/// tree, or only one recovered from syntax errors.
struct Parsed {
    asts: Vec<&'static crate::syntax::ast::File>,
    imports: Vec<(u32, String)>,
    errors: Vec<Diagnostic>,
    syntax_failed: bool,
}

/// Reads and parses `files`, each named `name(file)` in diagnostics, as the go
/// command and then the compiler do; an error the go command reports alone
/// (go/parser's on a file's header) is `Err`.
fn parse_files(prog: &mut Program, files: &[PathBuf], name: &dyn Fn(&Path) -> String, timing: &mut Timing) -> Result<Parsed, Vec<Diagnostic>> {
    let mut parsed = Parsed { asts: Vec::new(), imports: Vec::new(), errors: Vec::new(), syntax_failed: false };
    for f in files {
        let bytes = std::fs::read(f).map_err(|e| vec![Diagnostic::new(u32::MAX, format!("open {}: {e}", f.display()))])?;
        let src = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                // gc reports the first invalid byte; nothing after it can be trusted
                let valid = e.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
                let base = prog.fset.add(&name(f), text.into());
                parsed.errors.push(Diagnostic::new(base + valid as u32, "invalid UTF-8 encoding"));
                parsed.syntax_failed = true;
                continue;
            }
        };
        // the go command reads the file's package clause and imports first, and
        // reports go/parser's error there instead of anything the compiler says
        let file_imports = match crate::syntax::header::read(&src) {
            Ok(imports) => imports,
            Err((at, msg, absolute)) => {
                let shown = match absolute {
                    true => std::env::current_dir().map(|d| d.join(f).display().to_string()).unwrap_or_else(|_| name(f)),
                    false => name(f),
                };
                let base = prog.fset.add(&shown, src.into());
                return Err(vec![Diagnostic::new(base + at as u32, msg)]);
            }
        };
        let (ast, errs) = prog.parse(&name(f), &src);
        let base = prog.fset.last().map_or(0, |f| f.base);
        parsed.imports.extend(file_imports.into_iter().map(|(at, path)| (base + at as u32, path)));
        timing.lines += prog.fset.last().map_or(0, |f| f.lines());
        parsed.errors.extend(errs);
        match ast {
            Some(a) => parsed.asts.push(a),
            None => parsed.syntax_failed = true,
        }
    }
    Ok(parsed)
}

/// Whether parsing stopped the package: a file without a tree, or a syntax
/// error (gc type-checks nothing then).
fn stops_at_syntax(p: &Parsed) -> bool {
    p.syntax_failed || p.errors.iter().any(|e| e.msg.starts_with("syntax error"))
}

/// Loads package `path` of the main module from directory `dir`, as the go
/// command builds a program's dependency before the program: parsed (its
/// files named relative to the current directory, as the go command names
/// them), its imports loaded, then type-checked; `None` if that fails. Its
/// errors go to `prog.modules.dep_errors`, which the program's check reports
/// instead of its own.
pub fn load_package(prog: &mut Program, path: &str, dir: &Path) -> Option<PkgId> {
    let files = crate::load::package_files(dir).unwrap_or_default();
    let mut timing = Timing::default();
    let parsed = match parse_files(prog, &files, &relative_name, &mut timing) {
        Ok(p) => p,
        Err(e) => {
            prog.modules.dep_errors.extend(e);
            return None;
        }
    };
    if let Some(e) = crate::load::check_imports(&prog.fset, &parsed.imports, prog.modules.module.as_ref()) {
        prog.modules.dep_errors.push(e);
        return None;
    }
    if stops_at_syntax(&parsed) {
        prog.modules.dep_errors.extend(parsed.errors);
        return None;
    }
    match prog.check_package(path, parsed.asts) {
        Ok(id) if parsed.errors.is_empty() => Some(id),
        result => {
            prog.modules.dep_errors.extend(parsed.errors);
            prog.modules.dep_errors.extend(result.err().unwrap_or_default());
            None
        }
    }
}

/// `f` as the go command names a dependency's file: relative to the current
/// directory (`greet/greet.go`, `../lib/lib.go`).
fn relative_name(f: &Path) -> String {
    let (Ok(cwd), Ok(abs)) = (std::env::current_dir().and_then(|d| d.canonicalize()), f.canonicalize()) else {
        return display_name(f);
    };
    let common = cwd.components().zip(abs.components()).take_while(|(a, b)| a == b).count();
    let mut rel = PathBuf::new();
    for _ in cwd.components().skip(common) {
        rel.push("..");
    }
    rel.extend(abs.components().skip(common));
    rel.display().to_string()
}

/// Parses and type-checks a package: the main package of a program to run
/// (`main`), or any package, as `go build` checks one. Run from inside a
/// module, the program may import the module's packages (`modload`), which
/// are checked first; if one fails, its errors are the program's.
pub fn check_program(prog: &mut Program, files: &[PathBuf], main: bool, timing: &mut Timing) -> Result<PkgId, Vec<Diagnostic>> {
    let start = std::time::Instant::now();
    if let Some(dir) = crate::modload::program_dir(files) {
        prog.modules.module = crate::modload::Module::enclosing(dir);
        prog.modules.main_dir = dir.canonicalize().ok();
    }
    let parsed = parse_files(prog, files, &display_name, timing)?;
    // then it loads the imports, and stops there if it cannot
    if let Some(e) = crate::load::check_imports(&prog.fset, &parsed.imports, prog.modules.module.as_ref()) {
        return Err(vec![e]);
    }
    let stop = stops_at_syntax(&parsed);
    let Parsed { asts, mut errors, syntax_failed, .. } = parsed;
    if !syntax_failed {
        if let Some(first) = asts.first() {
            let name = first.package.name.clone();
            for a in &asts[1..] {
                if a.package.name != name {
                    errors.push(Diagnostic::new(a.package.pos, format!("package {} is not in the main package", a.package.name)));
                }
            }
            if main && &*name != "main" {
                // (go run's only complaint)
                return Err(vec![Diagnostic::new(u32::MAX, "package command-line-arguments is not a main package".to_string())]);
            }
        }
    }
    if stop {
        return Err(errors);
    }
    timing.parse = start.elapsed();
    prog.errors_before_check = !errors.is_empty();
    let result = prog.check_package("main", asts);
    crate::thread_stack::release_unused();
    timing.check = start.elapsed() - timing.parse;
    if !prog.modules.dep_errors.is_empty() {
        // a dependency that does not build stops the program's build; the go
        // command's errors loading one (an import cycle) are all it says
        let deps = std::mem::take(&mut prog.modules.dep_errors);
        let load: Vec<Diagnostic> = deps.iter().filter(|d| d.pos == u32::MAX).cloned().collect();
        return Err(if load.is_empty() { deps } else { load });
    }
    match result {
        Ok(p) if errors.is_empty() => Ok(p),
        Ok(_) => Err(errors),
        Err(mut e) => {
            if !errors.is_empty() {
                // (the linker's, which compile errors come before)
                e.retain(|d| !d.msg.ends_with("function main is undeclared in the main package"));
            }
            errors.extend(e);
            Err(errors)
        }
    }
}

/// Formats diagnostics as gc does: in discovery order one syntax error per line and
/// no repeated message on a line; at the tenth error gc stops with "too many errors";
/// what it printed is sorted by position.
pub fn render_errors(prog: &Program, errors: &[Diagnostic]) -> String {
    let mut kept: Vec<&Diagnostic> = Vec::new();
    let mut last_syntax: Option<usize> = None;
    let mut last_other: Option<(usize, &str)> = None;
    let mut too_many = None;
    let line = |d: &Diagnostic| {
        if d.pos == u32::MAX {
            usize::MAX
        } else {
            prog.fset.line(d.pos)
        }
    };
    for d in errors {
        let l = line(d);
        if d.msg.starts_with("syntax error") {
            if last_syntax == Some(l) {
                continue;
            }
            last_syntax = Some(l);
        } else {
            if last_other == Some((l, d.msg.as_str())) {
                continue;
            }
            last_other = Some((l, &d.msg));
        }
        kept.push(d);
        if kept.len() >= 10 {
            too_many = Some(d.pos);
            break;
        }
    }
    kept.sort_by_key(|d| d.pos);
    kept.dedup_by(|a, b| line(a) == line(b) && a.msg == b.msg);
    let mut out = String::new();
    for d in kept {
        if d.pos == u32::MAX {
            out += &format!("{}\n", d.msg);
        } else {
            out += &format!("{}: {}\n", prog.fset.position(d.pos), d.msg);
        }
    }
    if let Some(pos) = too_many {
        out += &format!("{}: too many errors\n", prog.fset.position(pos));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::program_files;

    #[test]
    fn programs_are_named_as_go_run_names_them() {
        let dir = std::env::temp_dir().join(format!("minigo-files-{}", std::process::id()));
        let other = dir.join("other");
        std::fs::create_dir_all(&other).unwrap();
        for f in ["a.go", "b.go", "b_test.go", "other/c.go"] {
            std::fs::write(dir.join(f), "package main\n").unwrap();
        }
        let p = |f: &str| dir.join(f).to_string_lossy().into_owned();
        let (a, b, c) = (p("a.go"), p("b.go"), p("other/c.go"));
        let d = dir.to_string_lossy().into_owned();
        assert_eq!(program_files(&[&a, &b]).unwrap().len(), 2);
        assert_eq!(program_files(&[&d]).unwrap().len(), 2, "a directory's files, tests left out");
        assert_eq!(program_files(&[&a, &c]).unwrap_err(), "named files must all be in one directory");
        assert!(program_files(&[&p("missing.go")]).unwrap_err().starts_with("stat "));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
