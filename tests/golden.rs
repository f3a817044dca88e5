//! Golden tests: every program under `tests/` is compared with what Go 1.27 does.
//!
//! * `check/NAME.go` — programs gc rejects. minigo's first diagnostic line must equal
//!   the first line of `NAME.err` (gc's output) and the exit status must be 1. A file
//!   that minigo rejects on purpose while Go accepts it ends with a comment
//!   `// minigo-want: <first line>` saying what minigo reports instead, and why.
//! * `run/NAME.go` — programs gc accepts: `minigo check` must accept them silently.
//!
//! `BLESS=1 cargo test --test golden` regenerates the expectations from real Go with
//! `../shared/tools/go-truth bless` (which installs Go 1.27 on first use).

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

fn minigo() -> Command {
    Command::new(env!("CARGO_BIN_EXE_minigo"))
}

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests")
}

fn go_files(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(tests_dir().join(dir))
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "go")).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_default()
}

fn bless(file: &Path) -> Result<(), Failed> {
    let tool = tests_dir().join("../../shared/tools/go-truth");
    let st = Command::new(tool).arg("bless").arg(file).status().map_err(|e| format!("go-truth: {e}"))?;
    if st.success() {
        Ok(())
    } else {
        Err("go-truth bless failed".into())
    }
}

/// Runs minigo with `args` in the file's directory, as gc is run by go-truth.
fn run_minigo(file: &Path, args: &[&str]) -> Result<std::process::Output, Failed> {
    minigo()
        .current_dir(file.parent().unwrap())
        .args(args)
        .arg(file.file_name().unwrap())
        .output()
        .map_err(|e| Failed::from(format!("running minigo: {e}")))
}

fn check_rejected(file: &Path) -> Result<(), Failed> {
    let src = read(file);
    let want = match src.lines().find_map(|l| l.strip_prefix("// minigo-want: ")) {
        Some(w) => w.to_string(),
        None => read(&file.with_extension("err")).lines().next().unwrap_or("").to_string(),
    };
    let out = run_minigo(file, &["check"])?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let got = stderr.lines().next().unwrap_or("");
    if got != want {
        return Err(format!("first diagnostic differs\n want: {want}\n  got: {got}\nfull output:\n{stderr}").into());
    }
    if out.status.code() != Some(1) {
        return Err(format!("exit status {:?}, want 1", out.status.code()).into());
    }
    if !out.stdout.is_empty() {
        return Err("diagnostics must not go to stdout".into());
    }
    Ok(())
}

fn check_accepted(file: &Path) -> Result<(), Failed> {
    let out = run_minigo(file, &["check"])?;
    if !out.status.success() || !out.stderr.is_empty() {
        return Err(format!("minigo check rejected a valid program:\n{}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let blessing = std::env::var_os("BLESS").is_some();
    let mut trials = Vec::new();
    for (dir, test) in [("check", check_rejected as fn(&Path) -> Result<(), Failed>), ("run", check_accepted)] {
        for file in go_files(dir) {
            let name = format!("{dir}/{}", file.file_stem().unwrap().to_string_lossy());
            trials.push(Trial::test(name, move || {
                if blessing {
                    bless(&file)?;
                }
                test(&file)
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
