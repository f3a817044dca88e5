//! Golden tests: every program under `tests/` is compared with what Go 1.27 does.
//!
//! * `check/NAME.go` — programs gc rejects. minigo's first diagnostic line must equal
//!   the first line of `NAME.err` (gc's output) and the exit status must be 1. A file
//!   that minigo rejects on purpose while Go accepts it ends with a comment
//!   `// minigo-want: <first line>` saying what minigo reports instead, and why.
//! * `run/NAME.go` — programs gc accepts: `minigo run` must print exactly Go's
//!   stdout (`NAME.out`) and exit with Go's status (`NAME.rc`, 0 when absent). Its
//!   stderr must equal `NAME.err` — only the first line when the program panicked,
//!   since the rest is a goroutine trace with addresses. A program using what minigo
//!   does not support yet ends with `// minigo-pending: <what>`: the test then
//!   checks that minigo says so (`minigo does not support <what>`) and exits 1.
//!
//! * `traceback/NAME.go` — programs that panic: minigo's whole stderr must equal
//!   Go's (`NAME.err`) after masking what legitimately differs: argument values and
//!   code offsets, directories, the runtime's own file lines, a fault's pc.
//!
//! * `codegen/NAME.go` — what the back end makes of the program's own functions:
//!   `minigo build --emit=clif --func main.` must print `NAME.clif` and
//!   `--emit=asm` `NAME.asm`. These pin minigo's code, not Go's, so `BLESS=1`
//!   rewrites them from minigo itself; review their diff like code. Whatever the
//!   snapshot, the CLIF never addresses a stack slot (the stack-copying
//!   invariant), and every function that calls checks its stack.
//!
//! * `../samples/NAME.go` with a `NAME.out` — the example programs, as `run/`.
//!
//! Programs run with a program cache of their own (`MINIGOCACHE`, fresh for each
//! run of this harness): the first run of a `run/` program compiles it, the second
//! (GOMAXPROCS=2) runs the image the first one cached, so both paths are checked.
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
    minigo().current_dir(file.parent().unwrap()).args(args).arg(file.file_name().unwrap()).output().map_err(|e| Failed::from(format!("running minigo: {e}")))
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

/// How long a test program may run.
const RUN_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// Runs each program with one P and with two: goroutines must not depend on it.
fn check_run(file: &Path) -> Result<(), Failed> {
    for procs in ["1", "2"] {
        check_run_with(file, procs).map_err(|e| Failed::from(format!("GOMAXPROCS={procs}: {}", e.message().unwrap_or(""))))?;
    }
    Ok(())
}

fn check_run_with(file: &Path, procs: &str) -> Result<(), Failed> {
    let src = read(file);
    let pending = src.lines().find_map(|l| l.strip_prefix("// minigo-pending: ")).map(str::to_string);
    let out = run_program(file, procs)?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    if let Some(what) = pending {
        let want = format!("minigo does not support {what}");
        if out.status.code() != Some(1) || !stderr.lines().next().is_some_and(|l| l.ends_with(&want)) {
            return Err(format!("marked pending ({want}), but minigo exited {:?} with:\n{stderr}", out.status.code()).into());
        }
        return Ok(());
    }
    let want_out = read(&file.with_extension("out"));
    let want_rc: i32 = read(&file.with_extension("rc")).trim().parse().unwrap_or(0);
    let want_err = read(&file.with_extension("err"));
    if stdout != want_out {
        return Err(format!("stdout differs from Go's:\n{}\nstderr:\n{stderr}", diff(&want_out, &stdout)).into());
    }
    if out.status.code() != Some(want_rc) {
        return Err(format!("exit status {:?}, Go's is {want_rc}; stderr:\n{stderr}", out.status.code()).into());
    }
    let (want_err, got_err) = if want_rc == 2 {
        (want_err.lines().next().unwrap_or("").to_string(), stderr.lines().next().unwrap_or("").to_string())
    } else {
        (want_err, stderr.into_owned())
    };
    if want_err != got_err {
        return Err(format!("stderr differs from Go's:\n{}", diff(&want_err, &got_err)).into());
    }
    Ok(())
}

/// Runs `minigo run` on a program as go-truth runs Go: in its directory, with no
/// input, for a limited time.
/// This run's program cache.
fn cache_dir() -> PathBuf {
    std::env::temp_dir().join(format!("minigo-golden-cache-{}", std::process::id()))
}

fn run_program(file: &Path, procs: &str) -> Result<std::process::Output, Failed> {
    use wait_timeout::ChildExt;
    let mut child = minigo()
        .env("GOMAXPROCS", procs)
        .env("MINIGOCACHE", cache_dir())
        .current_dir(file.parent().unwrap())
        .arg("run")
        .arg(file.file_name().unwrap())
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| Failed::from(format!("running minigo: {e}")))?;
    // drain the pipes while waiting, so a chatty program cannot block
    let (mut so, mut se) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut so, &mut v).ok();
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut se, &mut v).ok();
        v
    });
    let status = match child.wait_timeout(RUN_TIMEOUT).map_err(|e| Failed::from(e.to_string()))? {
        Some(s) => s,
        None => {
            child.kill().ok();
            child.wait().ok();
            return Err(format!("timed out after {RUN_TIMEOUT:?}").into());
        }
    };
    Ok(std::process::Output { status, stdout: out_t.join().unwrap(), stderr: err_t.join().unwrap() })
}

/// A program's second run starts from its cached image, and prints the same.
fn check_cache_hit() -> Result<(), Failed> {
    let dir = cache_dir().join("hit");
    let hello = tests_dir().join("../samples/hello.go");
    let run = || minigo().env("MINIGOCACHE", &dir).arg("run").arg("--timing").arg(&hello).output().map_err(|e| Failed::from(e.to_string()));
    let (first, second) = (run()?, run()?);
    let (e1, e2) = (String::from_utf8_lossy(&first.stderr), String::from_utf8_lossy(&second.stderr));
    if !e1.contains("cranelift") || !e2.contains("cached program") {
        return Err(format!("want a compile, then a cached start; got:\n{e1}\n{e2}").into());
    }
    if first.stdout != second.stdout || !first.status.success() || !second.status.success() {
        return Err("the cached program behaves differently".into());
    }
    Ok(())
}

fn diff(want: &str, got: &str) -> String {
    similar::TextDiff::from_lines(want, got).unified_diff().header("go", "minigo").context_radius(3).to_string()
}

/// A traceback with machine-specific details masked.
fn mask_traceback(s: &str) -> String {
    s.lines()
        .map(|l| {
            if let Some((sig, _)) = l.split_once(" pc=").filter(|_| l.starts_with("[signal ")) {
                // the faulting instruction's address
                format!("{sig} pc=…]")
            } else if let Some(loc) = l.strip_prefix('\t') {
                // \tDIR/FILE:LINE +0xOFF
                let loc = loc.split(" +0x").next().unwrap_or(loc);
                let (path, line) = loc.rsplit_once(':').unwrap_or((loc, ""));
                let file = path.rsplit('/').next().unwrap_or(path);
                let line = if path.contains("/runtime/") { "N" } else { line };
                format!("\t{file}:{line}")
            } else if l.ends_with(')') && !l.starts_with("panic: ") && l.contains('(') {
                // name(args): argument values are not comparable
                let (name, args) = l.rsplit_once('(').unwrap();
                format!("{name}({})", if args == ")" { "" } else { "..." })
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn check_traceback(file: &Path) -> Result<(), Failed> {
    let out = run_program(file, "2")?;
    let want = mask_traceback(&read(&file.with_extension("err")));
    let got = mask_traceback(&String::from_utf8_lossy(&out.stderr));
    if want != got {
        return Err(format!("traceback differs from Go's (masked):\n{}", diff(&want, &got)).into());
    }
    if out.status.code() != Some(2) {
        return Err(format!("exit status {:?}, want 2", out.status.code()).into());
    }
    Ok(())
}

fn check_codegen(file: &Path, blessing: bool) -> Result<(), Failed> {
    for (emit, ext) in [("clif", "clif"), ("asm", "asm")] {
        let out = run_minigo(file, &["build", &format!("--emit={emit}"), "--func", "main."])?;
        if !out.status.success() {
            return Err(format!("minigo build --emit={emit} failed:\n{}", String::from_utf8_lossy(&out.stderr)).into());
        }
        let got = String::from_utf8_lossy(&out.stdout).into_owned();
        for func in got.split("\n; ") {
            let name = func.trim_start_matches("; ").lines().next().unwrap_or("");
            if emit == "clif" && (func.contains("stack_addr") || func.contains("explicit_slot")) {
                return Err(format!("{name} addresses its stack, which stack copying cannot relocate").into());
            }
            // both stack checks (the entry's and the prologue's) compare with g.stackguard0
            if emit == "asm" && func.contains("call ") && !func.contains("0x10(%rdi)") {
                return Err(format!("{name} calls without a stack check").into());
            }
        }
        let path = file.with_extension(ext);
        if blessing {
            std::fs::write(&path, &got).map_err(|e| format!("writing {}: {e}", path.display()))?;
        }
        let want = read(&path);
        if want != got {
            return Err(format!("--emit={emit} differs from {}:\n{}", path.display(), diff(&want, &got)).into());
        }
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let blessing = std::env::var_os("BLESS").is_some();
    let mut trials = Vec::new();
    for (dir, test) in [("check", check_rejected as fn(&Path) -> Result<(), Failed>), ("run", check_run), ("traceback", check_traceback)] {
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
    // the samples the README shows, with what Go printed for them
    for file in go_files("../samples").into_iter().filter(|f| f.with_extension("out").exists()) {
        let name = format!("samples/{}", file.file_stem().unwrap().to_string_lossy());
        trials.push(Trial::test(name, move || {
            if blessing {
                bless(&file)?;
            }
            check_run(&file)
        }));
    }
    for file in go_files("codegen") {
        let name = format!("codegen/{}", file.file_stem().unwrap().to_string_lossy());
        trials.push(Trial::test(name, move || check_codegen(&file, blessing)));
    }
    trials.push(Trial::test("cache/hit", check_cache_hit));
    let conclusion = libtest_mimic::run(&args, trials);
    let _ = std::fs::remove_dir_all(cache_dir());
    conclusion.exit();
}
