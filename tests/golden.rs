//! Golden tests: every program under `tests/` is compared with what Go 1.27 does.
//!
//! * `check/NAME.go` — programs gc rejects. minigo's diagnostics must equal
//!   `NAME.err` (gc's output) and the exit status must be 1. Where gc says more
//!   than minigo can (a syntax error's follow-on errors from gc's recovery), the
//!   file says `// minigo-first-line-only: <why>` and only the first line must
//!   match. A file that minigo rejects on purpose while Go accepts it ends with a
//!   comment `// minigo-want: <first line>` saying what minigo reports instead, and why.
//! * `run/NAME.go` — programs gc accepts: `minigo run` must print exactly Go's
//!   stdout (`NAME.out`) and exit with Go's status (`NAME.rc`, 0 when absent). Its
//!   stderr must equal `NAME.err` — only the first line when the program panicked,
//!   since the rest is a goroutine trace with addresses. Its standard input is
//!   `NAME.in` when there is one (go-truth feeds Go the same). A program using what minigo
//!   does not support yet ends with `// minigo-pending: <what>`: the test then
//!   checks that minigo says so (`minigo does not support <what>`) and exits 1.
//!
//! * `traceback/NAME.go` — programs that panic: minigo's whole stderr must equal
//!   Go's (`NAME.err`) after masking what legitimately differs: argument values and
//!   code offsets, directories, the runtime's own file lines, a fault's pc.
//!
//! * `codegen/NAME.go` — what the back end makes of the program's own functions:
//!   `minigo build --emit=clif --func main.` must print `NAME.clif` and
//!   `--emit=asm` `NAME.asm`. These pin minigo's code, not Go's, so
//!   `BLESS=snapshot` rewrites them from minigo itself; review their diff like code. Whatever the
//!   snapshot, the CLIF never addresses a stack slot (the stack-copying
//!   invariant), and every function that calls checks its stack.
//!
//! * `modules/NAME/` — a module (go.mod, `main.go`, packages of its own): run
//!   from its directory as `run/`'s programs are, or, where Go printed only
//!   errors (`main.err`), rejected as `check/`'s.
//!
//! * `../samples/NAME.go` with a `NAME.out` — the example programs, as `run/`.
//!
//! * Two trials of their own: a program's output is not held back while it
//!   runs on (`run/(output not held back)`), and the local zone is named from
//!   TZ as Go names it (`run/(local zone from TZ)`).
//!
//! Programs run with a program cache of their own (`MINIGOCACHE`, fresh for each
//! run of this harness): the first run of a `run/` program compiles it, the second
//! (GOMAXPROCS=2) must run the image the first one cached (`--timing` says so), so
//! both paths are checked. Both runs are then repeated under the collector's
//! stress mode (`GC_STRESS`).
//!
//! Expectations (see `harness.rs`): `BLESS=go cargo test --release --test golden`
//! regenerates Go's from real Go with `tests/go-truth` (which installs Go 1.27 on
//! first use); `BLESS=snapshot` rewrites the `codegen/` listings from minigo.
//! A missing expectation, an empty test directory or a file no test reads fails.

#[path = "harness.rs"]
mod harness;

use harness::{bless_hint, diff, expect, expect_or_empty, files_with, test_name, tests_dir, Bless};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

fn minigo() -> Command {
    Command::new(env!("CARGO_BIN_EXE_minigo"))
}

/// Rewrites `file`'s expectations from what Go does (none for a `check/` program
/// that Go accepts and minigo rejects on purpose: its test reads no Go output).
fn bless_go(file: &Path) -> Result<(), Failed> {
    if expect(file)?.contains("\n// minigo-want: ") {
        return Ok(());
    }
    let tool = tests_dir().join("go-truth");
    let st = Command::new(tool).arg("bless").arg(file).status().map_err(|e| format!("tests/go-truth: {e}"))?;
    if st.success() {
        Ok(())
    } else {
        Err("tests/go-truth bless failed".into())
    }
}

/// Runs minigo with `args` in the file's directory, as gc is run by go-truth.
fn run_minigo(file: &Path, args: &[&str]) -> Result<std::process::Output, Failed> {
    minigo().current_dir(file.parent().unwrap()).args(args).arg(file.file_name().unwrap()).output().map_err(|e| Failed::from(format!("running minigo: {e}")))
}

fn check_rejected(file: &Path) -> Result<(), Failed> {
    let src = expect(file)?;
    let first_line_only = src.lines().any(|l| l.starts_with("// minigo-first-line-only: "));
    let (want, whole) = match src.lines().find_map(|l| l.strip_prefix("// minigo-want: ")) {
        Some(w) => (w.to_string(), false),
        None => {
            let err = expect(&file.with_extension("err"))?;
            if first_line_only {
                (err.lines().next().unwrap_or("").to_string(), false)
            } else {
                (err, true)
            }
        }
    };
    let out = run_minigo(file, &["check"])?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if whole {
        if stderr != want {
            return Err(format!("diagnostics differ\n--- want\n{want}--- got\n{stderr}").into());
        }
    } else if stderr.lines().next().unwrap_or("") != want {
        let got = stderr.lines().next().unwrap_or("");
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

/// The collector's stress mode the run tests also pass under: a collection at
/// every `GC_STRESS`-th allocation slow path, freed memory poisoned, so that a
/// root the collector misses shows as a wrong answer or a crash. Sampled
/// rather than at every slow path (`gcstress=1`), which with programs that
/// recurse 300,000 deep takes minutes instead of seconds.
const GC_STRESS: &str = "gcstress=10";
/// The same with Go's `gccheckmark` verifier: every mark is checked by a second.
const GC_STRESS_CHECKED: &str = "gcstress=10,gccheckmark=1";

/// Runs each program with one P and with two (goroutines must not depend on
/// it), and again both ways under the collector's stress mode (with two Ps,
/// checking every mark).
fn check_run(file: &Path) -> Result<(), Failed> {
    for (procs, debug) in [("1", None), ("2", None), ("1", Some(GC_STRESS)), ("2", Some(GC_STRESS_CHECKED))] {
        check_run_with(file, procs, debug)
            .map_err(|e| Failed::from(format!("GOMAXPROCS={procs} MINIGODEBUG={}: {}", debug.unwrap_or(""), e.message().unwrap_or(""))))?;
    }
    Ok(())
}

fn check_run_with(file: &Path, procs: &str, debug: Option<&str>) -> Result<(), Failed> {
    let src = expect(file)?;
    let pending = src.lines().find_map(|l| l.strip_prefix("// minigo-pending: ")).map(str::to_string);
    if pending.is_some() && debug.is_some() {
        return Ok(());
    }
    // the second run is from the image the first one cached
    let cached = procs == "2" && debug.is_none() && pending.is_none();
    let out = run_program(file, procs, cached, debug)?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stderr = if cached {
        let (first, rest) = stderr.split_once('\n').unwrap_or((&stderr, ""));
        if !first.starts_with("cached program") {
            return Err(format!("not run from the program cache:\n{stderr}").into());
        }
        std::borrow::Cow::Owned(rest.to_string())
    } else {
        stderr
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    if let Some(what) = pending {
        let want = format!("minigo does not support {what}");
        if out.status.code() != Some(1) || !stderr.lines().next().is_some_and(|l| l.ends_with(&want)) {
            return Err(format!("marked pending ({want}), but minigo exited {:?} with:\n{stderr}", out.status.code()).into());
        }
        return Ok(());
    }
    let (want_out, want_rc) = go_outcome(file)?;
    let want_err = expect_or_empty(&file.with_extension("err"));
    if stdout != want_out {
        return Err(format!("stdout differs from Go's:\n{}\nstderr:\n{stderr}", diff(&want_out, &stdout, "go")).into());
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
        return Err(format!("stderr differs from Go's:\n{}", diff(&want_err, &got_err, "go")).into());
    }
    Ok(())
}

/// Go's stdout (`.out`, which must exist) and exit status (`.rc`, 0 when absent).
fn go_outcome(file: &Path) -> Result<(String, i32), Failed> {
    let out = expect(&file.with_extension("out"))?;
    let rc = expect_or_empty(&file.with_extension("rc"));
    let rc = if rc.is_empty() { 0 } else { rc.trim().parse().map_err(|e| format!("{}: {e}", file.with_extension("rc").display()))? };
    Ok((out, rc))
}

/// This run's program cache.
fn cache_dir() -> PathBuf {
    std::env::temp_dir().join(format!("minigo-golden-cache-{}", std::process::id()))
}

/// Runs `minigo run` on a program as go-truth runs Go: in its directory, with
/// `NAME.in` (or nothing) as its standard input, for a limited time.
fn run_program(file: &Path, procs: &str, timing: bool, debug: Option<&str>) -> Result<std::process::Output, Failed> {
    use wait_timeout::ChildExt;
    let mut child = minigo()
        .env("GOMAXPROCS", procs)
        .env("MINIGODEBUG", debug.unwrap_or(""))
        .env("MINIGOCACHE", cache_dir())
        .current_dir(file.parent().unwrap())
        .arg("run")
        .args(timing.then_some("--timing"))
        .arg(file.file_name().unwrap())
        .stdin(program_input(file)?)
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

/// A program's standard input: its `NAME.in` file when it has one.
fn program_input(file: &Path) -> Result<std::process::Stdio, Failed> {
    let input = file.with_extension("in");
    if !input.exists() {
        return Ok(std::process::Stdio::null());
    }
    Ok(std::fs::File::open(&input).map_err(|e| format!("{}: {e}", input.display()))?.into())
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

/// A trial's own program: `src` written to `main.go` in a fresh directory
/// `name` of this run's program cache (which then serves as its cache too).
fn trial_program(name: &str, src: &str) -> Result<(PathBuf, PathBuf), Failed> {
    let dir = cache_dir().join(name);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let prog = dir.join("main.go");
    std::fs::write(&prog, src).map_err(|e| e.to_string())?;
    Ok((dir, prog))
}

/// Standard output is not held back: a program that prints and then computes
/// forever (or waits, or is killed) has printed, as Go's unbuffered output has
/// — minigo's buffer is written out within a tick of `sysmon` (`output.rs`).
fn check_output_not_held() -> Result<(), Failed> {
    use std::io::BufRead;
    let src = "package main\n\nimport \"fmt\"\n\nvar n int\n\nfunc main() {\n\tfmt.Println(\"started\")\n\tfor {\n\t\tn++\n\t}\n}\n";
    let (dir, prog) = trial_program("held", src)?;
    let mut child = minigo()
        .env("MINIGOCACHE", &dir)
        .arg("run")
        .arg(&prog)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| Failed::from(format!("running minigo: {e}")))?;
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = std::io::BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let got = rx.recv_timeout(RUN_TIMEOUT);
    let _ = child.kill();
    let _ = child.wait();
    match got {
        Ok(line) if line == "started\n" => Ok(()),
        Ok(line) => Err(format!("the program printed {line:?}, want \"started\\n\"").into()),
        Err(_) => Err("the program's output never came while it ran".into()),
    }
}

/// The local zone as Go sets it up from TZ: its name and its zones. The
/// expectations are what Go 1.27 printed for the same program under each TZ
/// (environment-dependent cases — TZ unset, /etc/localtime — left out).
fn check_local_zone() -> Result<(), Failed> {
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt := time.Unix(1700000000, 0)\n\tfmt.Println(time.Local, t.Location(), t.Format(\"2006-01-02 15:04 MST -0700\"))\n}\n";
    let (dir, prog) = trial_program("tz", src)?;
    let cases = [
        ("America/New_York", "America/New_York America/New_York 2023-11-14 17:13 EST -0500\n"),
        ("", "UTC UTC 2023-11-14 22:13 UTC +0000\n"),
        ("UTC", "UTC UTC 2023-11-14 22:13 UTC +0000\n"),
        (":Asia/Kolkata", "Asia/Kolkata Asia/Kolkata 2023-11-15 03:43 IST +0530\n"),
        ("/usr/share/zoneinfo/Europe/Berlin", "/usr/share/zoneinfo/Europe/Berlin /usr/share/zoneinfo/Europe/Berlin 2023-11-14 23:13 CET +0100\n"),
        ("Nowhere/Foo", "UTC UTC 2023-11-14 22:13 UTC +0000\n"),
    ];
    for (tz, want) in cases {
        let out = minigo().env("MINIGOCACHE", &dir).env("TZ", tz).arg("run").arg(&prog).output().map_err(|e| e.to_string())?;
        let got = String::from_utf8_lossy(&out.stdout);
        if got != want {
            return Err(format!("TZ={tz:?}: printed {got:?}, Go printed {want:?}\n{}", String::from_utf8_lossy(&out.stderr)).into());
        }
    }
    Ok(())
}

/// `minigo run` of `file` with program cache `dir`: (stdout, stderr, exit status).
fn run_cached(dir: &Path, file: &Path) -> Result<(String, String, Option<i32>), Failed> {
    let out =
        minigo().env("MINIGOCACHE", dir).current_dir(file.parent().unwrap()).arg("run").arg(file.file_name().unwrap()).output().map_err(|e| e.to_string())?;
    Ok((String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code()))
}

/// The cache's entries (`images-*/*.img`) under `dir`.
fn cache_entries(dir: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    for sub in std::fs::read_dir(dir).into_iter().flatten().flatten().filter(|e| e.file_name().to_string_lossy().starts_with("images-")) {
        v.extend(std::fs::read_dir(sub.path()).into_iter().flatten().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "img")));
    }
    v
}

/// A damaged cache entry is never executed: with every 97th byte of the entry
/// flipped in turn, and the entry cut at several lengths, `cache/sum.go` prints
/// what Go prints (from a recompiled program) or nothing at all — never a wrong
/// answer, a crash or a Rust panic.
fn check_cache_torture() -> Result<(), Failed> {
    let dir = cache_dir().join("torture");
    let file = tests_dir().join("cache/sum.go");
    if Bless::from_env() == Bless::Go {
        bless_go(&file)?;
    }
    let want = (expect_or_empty(&file.with_extension("out")), expect(&file.with_extension("err"))?, Some(0));
    if run_cached(&dir, &file)? != want {
        return Err("the program itself differs from Go".into());
    }
    let entries = cache_entries(&dir);
    let [entry] = entries.as_slice() else { return Err(format!("want one cache entry, have {entries:?}").into()) };
    let good = std::fs::read(entry).map_err(|e| e.to_string())?;
    let flips = (0..good.len()).step_by(97).map(|i| {
        let mut b = good.clone();
        b[i] ^= 0x5a;
        (format!("byte {i} flipped"), b)
    });
    let cuts = [0, 1, 8, 24, good.len() / 3, good.len() / 2, good.len() - 1].map(|n| (format!("cut at {n}"), good[..n].to_vec()));
    for (what, bytes) in flips.chain(cuts) {
        std::fs::write(entry, &bytes).map_err(|e| e.to_string())?;
        let got = run_cached(&dir, &file)?;
        if got != want {
            return Err(format!("with the entry's {what}: exit {:?}, stdout {:?}, stderr:\n{}", got.2, got.0, got.1).into());
        }
    }
    Ok(())
}

/// A compile in `check_code_cache`: (stdout, exit status), the rest of stderr
/// after `--timing`'s line, and how many of how many functions were found in
/// the code cache.
struct CodeCacheRun {
    out: (String, Option<i32>),
    stderr: String,
    cached: usize,
    functions: usize,
}

/// Functions compiled for one program are reused by the next (the code cache),
/// and a damaged code entry is never executed: `cache/sum.go` fills the cache,
/// `samples/hello.go` finds some of its functions there; a twin of a
/// traceback test, its lines moved down, finds every function of the test
/// there, which still prints the test's traceback (lines from its own
/// positions); with a byte of every code entry flipped, `cache/sum.go`
/// compiles again and prints what Go prints; under
/// `MINIGODEBUG=codecachecheck=1` every function found in the cache is
/// compiled again and must come out the same.
fn check_code_cache() -> Result<(), Failed> {
    let dir = cache_dir().join("code");
    let (sum, hello) = (tests_dir().join("cache/sum.go"), tests_dir().join("../samples/hello.go"));
    let traced = tests_dir().join("traceback/panic_in_inlined_literal.go");
    let want = |f: &Path| -> Result<(String, Option<i32>), Failed> { Ok((expect(&f.with_extension("out"))?, Some(0))) };
    // a compile (the program's image removed first)
    let compile = |file: &Path, debug: &str| -> Result<CodeCacheRun, Failed> {
        let _ = std::fs::remove_dir_all(dir.join("images-v2"));
        let out = minigo()
            .env("MINIGOCACHE", &dir)
            .env("MINIGODEBUG", debug)
            .current_dir(file.parent().unwrap())
            .arg("run")
            .arg("--timing")
            .arg(file.file_name().unwrap())
            .output()
            .map_err(|e| e.to_string())?;
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let (timing, rest) = stderr.split_once('\n').unwrap_or((&stderr, ""));
        let counts = timing.split_once(" ms (").and_then(|(_, t)| t.split_once(" ms (")).and_then(|(_, t)| {
            let (n, t) = t.split_once(" functions, ")?;
            Some((n.parse().ok()?, t.split(' ').next()?.parse().ok()?))
        });
        let (functions, cached) = counts.ok_or_else(|| format!("no compile reported on stderr:\n{stderr}"))?;
        Ok(CodeCacheRun { out: (String::from_utf8_lossy(&out.stdout).into_owned(), out.status.code()), stderr: rest.to_string(), cached, functions })
    };
    let code_entries = || -> Vec<PathBuf> {
        let rd = std::fs::read_dir(dir.join("code-v1")).into_iter().flatten().flatten();
        let mut v: Vec<PathBuf> = rd.map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "fn")).collect();
        v.sort();
        v
    };
    if compile(&sum, "")?.out != want(&sum)? {
        return Err("cache/sum.go differs from Go".into());
    }
    let CodeCacheRun { out, cached, .. } = compile(&hello, "")?;
    if out != want(&hello)? || cached == 0 {
        return Err(format!("samples/hello.go after cache/sum.go: {out:?}, {cached} functions from the cache").into());
    }
    let twin = dir.join("twin").join(traced.file_name().unwrap());
    std::fs::create_dir_all(twin.parent().unwrap()).map_err(|e| e.to_string())?;
    let source = expect(&traced)?;
    std::fs::write(&twin, format!("// a twin\n//\n// three lines down\n{source}")).map_err(|e| e.to_string())?;
    compile(&twin, "")?;
    let CodeCacheRun { stderr, cached, functions, .. } = compile(&traced, "")?;
    let want_err = mask_traceback(&expect(&traced.with_extension("err"))?);
    if cached != functions || mask_traceback(&stderr) != want_err {
        return Err(format!(
            "{} after its twin: {cached} of {functions} functions from the cache, traceback:\n{}",
            traced.display(),
            diff(&want_err, &mask_traceback(&stderr), "go")
        )
        .into());
    }
    let entries = code_entries();
    for (i, entry) in entries.iter().enumerate() {
        let mut bytes = std::fs::read(entry).map_err(|e| e.to_string())?;
        let at = i * 131 % bytes.len();
        bytes[at] ^= 0x5a;
        std::fs::write(entry, bytes).map_err(|e| e.to_string())?;
    }
    if compile(&sum, "")?.out != want(&sum)? {
        return Err(format!("cache/sum.go with its {} code entries damaged differs from Go", entries.len()).into());
    }
    for round in 0..2 {
        let CodeCacheRun { out, cached, .. } = compile(&sum, "codecachecheck=1")?;
        if out != want(&sum)? || (round == 1 && cached == 0) {
            return Err(format!("cache/sum.go under codecachecheck, round {round}: {out:?}, {cached} functions from the cache").into());
        }
    }
    Ok(())
}

/// The cache touches only what it made: foreign files in its directory, and
/// files not named as entries in its entries' directory, survive trimming and
/// `minigo clean -cache`, which removes every entry.
fn check_cache_foreign() -> Result<(), Failed> {
    let dir = cache_dir().join("foreign");
    let images = dir.join("images-v2");
    std::fs::create_dir_all(&images).map_err(|e| e.to_string())?;
    let mut foreign = Vec::new();
    for i in 0..300 {
        foreign.push(dir.join(format!("user-file-{i}.txt")));
        foreign.push(dir.join(format!("{i:032x}.img")));
    }
    foreign.push(images.join("notes.txt"));
    for f in &foreign {
        std::fs::write(f, "keep me").map_err(|e| e.to_string())?;
    }
    // more entries than the cache keeps, so that storing trims
    for i in 0..300 {
        std::fs::write(images.join(format!("{i:032x}.img")), "an old entry").map_err(|e| e.to_string())?;
    }
    run_cached(&dir, &tests_dir().join("cache/sum.go"))?;
    let left = cache_entries(&dir).len();
    if !(2..=200).contains(&left) {
        return Err(format!("{left} entries after trimming 301").into());
    }
    let clean = minigo().env("MINIGOCACHE", &dir).args(["clean", "-cache"]).status().map_err(|e| e.to_string())?;
    if !clean.success() || !cache_entries(&dir).is_empty() {
        return Err("minigo clean -cache left entries".into());
    }
    match foreign.iter().find(|f| std::fs::read_to_string(f).ok().as_deref() != Some("keep me")) {
        Some(f) => Err(format!("the cache touched {}", f.display()).into()),
        None => Ok(()),
    }
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
    let out = run_program(file, "2", false, None)?;
    let (want_out, want_rc) = go_outcome(file)?;
    let want = mask_traceback(&expect(&file.with_extension("err"))?);
    let got = mask_traceback(&String::from_utf8_lossy(&out.stderr));
    if want != got {
        return Err(format!("traceback differs from Go's (masked):\n{}", diff(&want, &got, "go")).into());
    }
    if out.stdout != want_out.as_bytes() {
        return Err(format!("stdout differs from Go's:\n{}", diff(&want_out, &String::from_utf8_lossy(&out.stdout), "go")).into());
    }
    if out.status.code() != Some(want_rc) {
        return Err(format!("exit status {:?}, Go's is {want_rc}", out.status.code()).into());
    }
    Ok(())
}

fn check_codegen(file: &Path, bless: Bless) -> Result<(), Failed> {
    // both stack checks (the entry's and the prologue's) compare with g.stackguard0,
    // and g is the first argument (rdi)
    let stack_check = format!("{:#x}(%rdi)", minigo_runtime::abi::G_STACKGUARD0);
    for (emit, ext) in [("clif", "clif"), ("asm", "asm")] {
        let out = run_minigo(file, &["build", &format!("--emit={emit}"), "--func", "main."])?;
        if !out.status.success() {
            return Err(format!("minigo build --emit={emit} failed:\n{}", String::from_utf8_lossy(&out.stderr)).into());
        }
        let got = String::from_utf8_lossy(&out.stdout).into_owned();
        for func in got.split("\n; ") {
            let name = func.trim_start_matches("; ").lines().next().unwrap_or("");
            // stack slots exist (frames reserve the bytes of their heap locals,
            // and keep open-coded defers in one) but no address of one is ever
            // in a register: each access is an operand relative to %rsp
            if emit == "asm" && func.lines().any(|l| l.trim_start().starts_with("lea") && l.contains("<offset:")) {
                return Err(format!("{name} addresses its stack, which stack copying cannot relocate").into());
            }
            if emit == "asm" && func.contains("call ") && !func.contains(&stack_check) {
                return Err(format!("{name} calls without a stack check").into());
            }
        }
        let path = file.with_extension(ext);
        if bless == Bless::Snapshot {
            std::fs::write(&path, &got).map_err(|e| format!("writing {}: {e}", path.display()))?;
        }
        let want = expect(&path)?;
        if want != got {
            return Err(format!("--emit={emit} differs from {}:\n{}", path.display(), diff(&want, &got, "snapshot")).into());
        }
    }
    Ok(())
}

type Check = fn(&Path) -> Result<(), Failed>;

/// A test of `file`: blessed first if its kind of expectation is being blessed,
/// and a failure says how to bless it.
fn trial(file: PathBuf, kind: Bless, bless: Bless, check: impl FnOnce(&Path) -> Result<(), Failed> + Send + 'static) -> Trial {
    named_trial(test_name(&file), file, kind, bless, check)
}

/// `trial`, named `name`.
fn named_trial(name: String, file: PathBuf, kind: Bless, bless: Bless, check: impl FnOnce(&Path) -> Result<(), Failed> + Send + 'static) -> Trial {
    Trial::test(name.clone(), move || {
        if bless == Bless::Go && kind == Bless::Go {
            bless_go(&file)?;
        }
        check(&file).map_err(|e| Failed::from(format!("{}\n{}", e.message().unwrap_or(""), bless_hint(&name, "golden", kind))))
    })
}

/// The test modules (`modules/NAME/main.go`), each named `modules/NAME`, sorted;
/// an error if there are none or one has no `main.go`.
fn module_programs() -> Result<Vec<(String, PathBuf)>, String> {
    let dir = tests_dir().join("modules");
    let rd = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut mains = Vec::new();
    for d in rd.flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
        let main = d.join("main.go");
        if !main.exists() {
            return Err(format!("{}: no main.go", d.display()));
        }
        mains.push((format!("modules/{}", d.file_name().unwrap().to_string_lossy()), main));
    }
    mains.sort();
    if mains.is_empty() {
        return Err(format!("{}: no modules: nothing to test", dir.display()));
    }
    Ok(mains)
}

/// A failing test standing for something wrong with the test tree itself.
fn tree_error(name: &str, msg: String) -> Trial {
    Trial::test(name.to_string(), move || Err(msg.into()))
}

fn main() {
    let args = Arguments::from_args();
    let bless = Bless::from_env();
    let mut trials = Vec::new();
    let dirs: [(&str, Check, Bless, &[&str]); 4] = [
        ("check", check_rejected, Bless::Go, &["err"]),
        ("run", check_run, Bless::Go, &["out", "err", "rc", "in"]),
        ("traceback", check_traceback, Bless::Go, &["out", "err", "rc"]),
        ("codegen", |f| check_codegen(f, Bless::from_env()), Bless::Snapshot, &["clif", "asm"]),
    ];
    for (dir, check, kind, expectations) in dirs {
        match files_with(dir, "go") {
            Ok(files) => trials.extend(files.into_iter().map(|f| trial(f, kind, bless, check))),
            Err(e) => trials.push(tree_error(&format!("{dir}/(none)"), e)),
        }
        let stray = harness::unused_files(dir, "go", expectations);
        if !stray.is_empty() {
            trials.push(tree_error(&format!("{dir}/(unused files)"), format!("no test reads: {}", stray.join(", "))));
        }
    }
    // programs of several packages: each directory of `modules/` is a module
    // whose `main.go` is the program, run — or, where Go printed only errors,
    // rejected — from that directory
    match module_programs() {
        Ok(mains) => trials.extend(mains.into_iter().map(|(name, main)| {
            let rejected = !main.with_extension("out").exists() && main.with_extension("err").exists();
            named_trial(name, main, Bless::Go, bless, if rejected { check_rejected } else { check_run })
        })),
        Err(e) => trials.push(tree_error("modules/(none)", e)),
    }
    // the samples the README shows, with what Go printed for them (a sample whose
    // output is not fixed, as million's timing, has no .out)
    match files_with("../samples", "go") {
        Ok(files) => trials.extend(files.into_iter().filter(|f| f.with_extension("out").exists()).map(|f| trial(f, Bless::Go, bless, check_run))),
        Err(e) => trials.push(tree_error("samples/(none)", e)),
    }
    trials.push(Trial::test("run/(output not held back)", check_output_not_held));
    trials.push(Trial::test("run/(local zone from TZ)", check_local_zone));
    trials.push(Trial::test("cache/hit", check_cache_hit));
    trials.push(Trial::test("cache/torture", check_cache_torture));
    trials.push(Trial::test("cache/foreign", check_cache_foreign));
    trials.push(Trial::test("cache/code", check_code_cache));
    let conclusion = libtest_mimic::run(&args, trials);
    let _ = std::fs::remove_dir_all(cache_dir());
    conclusion.exit();
}
