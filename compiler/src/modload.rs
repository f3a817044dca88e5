//! The main module (cmd/go's `modload`): the go.mod at or above the directory
//! of the program's main package, whose own packages the program may import.
//!
//! A program run from inside a module imports the module's packages by path:
//! `example.com/hello/greet`, or `myapp/greet` for a module named `myapp`, is
//! the directory `greet` under the one holding go.mod. minigo reads only the
//! `module` directive: the module's other requirements are modules it would
//! have to download, and an import of a package that is neither the standard
//! library's nor the main module's is the go command's error for a package no
//! module provides (`load::check_imports`). Nothing else in go.mod changes how
//! minigo builds the program — not its `go` line either, which for Go selects
//! the language version: minigo compiles Go 1.27's language whatever it says,
//! so a module declaring `go 1.21` gets per-iteration loop variables (Go
//! 1.22's) where Go would share one variable across a loop's iterations.

use crate::syntax::parser::Diagnostic;
use std::path::{Path, PathBuf};

/// The program's view of its module while it is checked (`Program::modules`).
#[derive(Default)]
pub struct Loader {
    /// The module the main package is in, if it is in one.
    pub module: Option<Module>,
    /// The main package's directory (absolute), when known.
    pub main_dir: Option<PathBuf>,
    /// Whether the program was named by its directory rather than its files:
    /// the go command then calls its package by its import path, else
    /// `command-line-arguments`.
    pub main_by_dir: bool,
    /// The module's packages being loaded, outermost first (each is
    /// registered as it starts): importing one of them again is a cycle.
    pub loading: Vec<String>,
    /// The errors of the module's packages that failed to load or check
    /// (`driver::load_package`): they stop the build, and are the program's.
    pub dep_errors: Vec<Diagnostic>,
}

impl Loader {
    /// The directory of `path` if it names a package of the main module
    /// (and no standard one).
    pub fn package_dir(&self, path: &str) -> Option<PathBuf> {
        self.module.as_ref()?.package_dir(path).filter(|_| minigo_stdlib::package_sources(path).is_none())
    }

    /// The main package's import path as the go command names it in its
    /// errors.
    pub fn main_import_path(&self) -> String {
        match (&self.module, &self.main_dir) {
            (Some(m), Some(d)) if self.main_by_dir => m.import_path(d).unwrap_or_default(),
            _ => "command-line-arguments".into(),
        }
    }

    /// Whether the package with import path `importer` (`None`: the main
    /// package) may import `path`: a path with an `internal` element is
    /// importable only from the tree its parent roots (the standard
    /// library's, from the standard library).
    pub fn may_import(&self, importer: Option<&str>, path: &str) -> bool {
        let parent = if path.starts_with("internal/") || path == "internal" {
            ""
        } else if let Some(i) = path.find("/internal/").or_else(|| path.ends_with("/internal").then(|| path.len() - "/internal".len())) {
            &path[..i]
        } else {
            return true;
        };
        let Some(m) = self.module.as_ref().filter(|m| !parent.is_empty() && m.package_dir(path).is_some()) else { return false };
        let own = match importer {
            Some(p) => p.to_string(),
            // (the directory's path, whether or not the program was named by it)
            None => self.main_dir.as_deref().and_then(|d| m.import_path(d)).unwrap_or_default(),
        };
        own == parent || own.starts_with(&format!("{parent}/"))
    }

    /// Records a load error met in a package of the module being loaded
    /// (`at` its position, formatted): the go command prints it under the
    /// chain of imports that led there.
    pub fn load_error(&mut self, at: String, msg: &str) {
        let mut s = format!("package {}", self.main_import_path());
        for p in &self.loading {
            s += &format!("\n\timports {p}");
        }
        self.dep_errors.push(Diagnostic::new(u32::MAX, format!("{s}\n\t{at}: {msg}")));
    }
}

/// The directory of the program made of `files` (`.` for files named without
/// one).
pub fn program_dir(files: &[PathBuf]) -> Option<&Path> {
    let dir = files.first()?.parent()?;
    Some(if dir.as_os_str().is_empty() { Path::new(".") } else { dir })
}

/// The main module.
pub struct Module {
    /// The directory holding go.mod, absolute and without symbolic links.
    pub root: PathBuf,
    /// The module path its `module` directive declares.
    pub path: String,
}

impl Module {
    /// The module the package in `dir` belongs to: the nearest go.mod in `dir`
    /// or above it, if that declares a module path.
    pub fn enclosing(dir: &Path) -> Option<Module> {
        let dir = dir.canonicalize().ok()?;
        let root = dir.ancestors().find(|d| d.join("go.mod").is_file())?;
        let path = module_directive(&std::fs::read_to_string(root.join("go.mod")).ok()?)?;
        Some(Module { root: root.to_path_buf(), path })
    }

    /// The directory of the module's package `import`, if the path is the
    /// module's own or under it (the directory need not exist).
    pub fn package_dir(&self, import: &str) -> Option<PathBuf> {
        if import == self.path {
            return Some(self.root.clone());
        }
        let rest = import.strip_prefix(&self.path)?.strip_prefix('/')?;
        Some(self.root.join(rest))
    }

    /// The import path of the package in directory `dir`, if it is in the
    /// module.
    pub fn import_path(&self, dir: &Path) -> Option<String> {
        let rel = dir.canonicalize().ok()?.strip_prefix(&self.root).ok()?.to_path_buf();
        let rel = rel.to_str()?;
        Some(if rel.is_empty() { self.path.clone() } else { format!("{}/{rel}", self.path) })
    }

    /// go.mod and the files of the module's packages a program of `files`
    /// imports, directly or through each other, in a fixed order: what its
    /// compiled image depends on besides its own files (see `cache`). Found
    /// as the go command finds them, from the imports in the files' headers
    /// (a file whose header does not read imports nothing here: compiling it
    /// reports the error).
    pub fn imported_files(&self, files: &[PathBuf]) -> Vec<PathBuf> {
        let mut out = vec![self.root.join("go.mod")];
        let mut seen = std::collections::HashSet::new();
        let mut queue: Vec<PathBuf> = files.to_vec();
        while let Some(f) = queue.pop() {
            let Ok(src) = std::fs::read_to_string(&f) else { continue };
            for (_, path) in crate::syntax::header::read(&src).unwrap_or_default() {
                let Some(dir) = self.package_dir(&path).filter(|_| seen.insert(path.clone())) else { continue };
                let pkg = crate::load::package_files(&dir).unwrap_or_default();
                out.extend(pkg.iter().cloned());
                queue.extend(pkg);
            }
        }
        out
    }
}

/// The module path go.mod's `module` directive declares (quoted or not), if
/// it has one.
fn module_directive(gomod: &str) -> Option<String> {
    gomod.lines().find_map(|line| {
        let line = line.split("//").next().unwrap_or_default().trim();
        let rest = line.strip_prefix("module")?;
        if !rest.starts_with([' ', '\t', '"']) {
            return None;
        }
        let path = rest.trim();
        let path = path.strip_prefix('"').and_then(|p| p.strip_suffix('"')).unwrap_or(path);
        (!path.is_empty() && !path.contains(char::is_whitespace)).then(|| path.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_directive_forms() {
        assert_eq!(module_directive("module example.com/hello\n\ngo 1.24\n").as_deref(), Some("example.com/hello"));
        assert_eq!(module_directive("// comment\nmodule \"myapp\" // trailing\n").as_deref(), Some("myapp"));
        assert_eq!(module_directive("go 1.24\n"), None);
        assert_eq!(module_directive("modulex\n"), None);
    }

    #[test]
    fn package_dirs() {
        let m = Module { root: PathBuf::from("/m"), path: "example.com/m".into() };
        assert_eq!(m.package_dir("example.com/m"), Some(PathBuf::from("/m")));
        assert_eq!(m.package_dir("example.com/m/a/b"), Some(PathBuf::from("/m/a/b")));
        assert_eq!(m.package_dir("example.com/mx"), None);
        assert_eq!(m.package_dir("fmt"), None);
    }
}
