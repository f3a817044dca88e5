//! Hostile input at scale: programs nested 100,000 levels deep in each
//! construct, generated here (they are megabytes), must compile and run —
//! or be refused with a positioned "minigo does not support" error where
//! minigo sets a limit — within a time and a memory bound. Go itself takes
//! minutes on some of them (100,000 nested `if`s: over 5 minutes for gc; a
//! function of 100,000 statements: 10 minutes) and overflows its 1 GB stack on
//! others (100,000 nested composite literals), so the expected results are
//! computed, not blessed.
//!
//! Each program runs alone (one at a time, so that the peak memory measured is
//! its own) with a fresh program cache.

use libtest_mimic::{Arguments, Failed, Trial};
use std::os::unix::process::ExitStatusExt;
use std::process::Command;
use std::time::{Duration, Instant};

/// What one run may take at most (and each case says how much memory).
const MAX_TIME: Duration = Duration::from_secs(60);

struct Case {
    name: &'static str,
    src: String,
    /// What the program prints (with `println`, on stderr), or, when it must
    /// fail, its exit status and the start of its first line on stderr.
    want: Result<&'static str, (i32, &'static str)>,
    /// Peak resident memory allowed, in MB.
    max_rss_mb: i64,
    /// When set, what every line of stderr must satisfy (lines that goroutines
    /// print at once must not interleave).
    stderr_lines: Option<fn(&str) -> bool>,
}

fn nested(open: &str, middle: &str, close: &str, n: usize) -> String {
    format!("{}{middle}{}", open.repeat(n), close.repeat(n))
}

fn cases() -> Vec<Case> {
    const N: usize = 100_000;
    let main = |body: String| format!("package main\n\nfunc main() {{\n{body}\n}}\n");
    vec![
        Case { name: "parentheses", src: main(format!("x := {}\nprintln(x)", nested("(", "1", ")", N))), want: Ok("1\n"), max_rss_mb: 1024, stderr_lines: None },
        Case { name: "binary_operators", src: main(format!("y := 1\nx := y{}\nprintln(x)", "+y".repeat(N))), want: Ok("100001\n"), max_rss_mb: 1024, stderr_lines: None },
        Case { name: "blocks", src: main(format!("{}\nprintln(\"ok\")", nested("{", "", "}", N))), want: Ok("ok\n"), max_rss_mb: 1024, stderr_lines: None },
        Case { name: "ifs", src: main(format!("x := 0\n{}\nprintln(x)", nested("if x == 0 {", "x++", "}", N))), want: Ok("1\n"), max_rss_mb: 1024, stderr_lines: None },
        Case {
            name: "calls",
            src: format!("package main\n\nfunc f(x int) int {{ return x + 1 }}\n\nfunc main() {{\nprintln({})\n}}\n", nested("f(", "0", ")", N)),
            want: Ok("100000\n"),
            max_rss_mb: 1024,
            stderr_lines: None,
        },
        Case { name: "slice_types", src: format!("package main\n\nvar x {}int\n\nfunc main() {{ println(len(x)) }}\n", "[]".repeat(N)), want: Ok("0\n"), max_rss_mb: 1024, stderr_lines: None },
        Case { name: "pointer_types", src: format!("package main\n\nvar x {}int\n\nfunc main() {{ println(x == nil) }}\n", "*".repeat(N)), want: Ok("true\n"), max_rss_mb: 1024, stderr_lines: None },
        Case {
            name: "composite_literals",
            src: format!(
                "package main\n\ntype T struct{{ p *T }}\n\nfunc main() {{\nt := {}\nn := 0\nfor ; t != nil; t = t.p {{\nn++\n}}\nprintln(n)\n}}\n",
                nested("&T{", "", "}", N)
            ),
            want: Ok("100000\n"),
            max_rss_mb: 1024,
            stderr_lines: None,
        },
        // one function of 100,000 statements (gc takes ten minutes on it)
        Case {
            name: "statements",
            src: format!(
                "package main\n\ntype T struct{{ p *T }}\n\nfunc main() {{\nvar t *T\n{}n := 0\nfor ; t != nil; t = t.p {{\nn++\n}}\nprintln(n)\n}}\n",
                "t = &T{t}\n".repeat(N)
            ),
            want: Ok("100000\n"),
            max_rss_mb: 1024,
            stderr_lines: None,
        },
        Case { name: "function_literals", src: main(format!("f := {}\n_ = f\nprintln(\"ok\")", nested("func() { _ = ", "1", "}", 3_900))), want: Ok("ok\n"), max_rss_mb: 1024, stderr_lines: None },
        Case {
            name: "function_literals_too_deep",
            src: main(format!("f := {}\n_ = f", nested("func() { _ = ", "1", "}", N))),
            want: Err((1, "minigo does not support function literals nested more than")),
            max_rss_mb: 1024,
            stderr_lines: None,
        },
        Case {
            name: "too_deep",
            src: main(format!("x := {}\nprintln(x)", nested("(", "1", ")", 300_000))),
            want: Err((1, "minigo does not support expressions nested more than")),
            max_rss_mb: 1024,
            stderr_lines: None,
        },
        // a local array indexed with a variable lives in a heap cell, but its
        // frame reserves its size: the recursion meets Go's 1 GB stack limit
        Case {
            name: "recursion_with_array_locals",
            src: "package main\n\nfunc f(n int) int {\nvar buf [1000]int\nfor i := range buf {\nbuf[i] = n + i\n}\nreturn buf[n%1000] + f(n+1)\n}\n\nfunc main() {\nprintln(f(0))\n}\n".to_string(),
            want: Err((2, "runtime: goroutine stack exceeds 1000000000-byte limit")),
            // the last stack (512 MB) and the cells of its frames (as much)
            max_rss_mb: 1536,
            stderr_lines: None,
        },
        // a thousand goroutines panic at once: one prints at a time (as Go's
        // startpanic makes them), so every line is a whole line of one trace
        Case {
            name: "goroutines_panicking_at_once",
            src: "package main\n\nfunc main() {\nstart := make(chan bool)\nfor i := 0; i < 1000; i++ {\ngo func() {\n<-start\npanic(\"boom\")\n}()\n}\nclose(start)\nselect {}\n}\n"
                .to_string(),
            want: Err((2, "panic: boom")),
            max_rss_mb: 256,
            stderr_lines: Some(|l| {
                l.is_empty() || l == "panic: boom" || l == "main.main.func1()" || l == "created by main.main in goroutine 1" || l.starts_with('\t') || (l.starts_with("goroutine ") && l.ends_with(" [running]:"))
            }),
        },
    ]
}

/// Runs `minigo run` on the case: its stdout, stderr, exit code, time, and
/// peak resident memory in KB.
fn run(case: &Case) -> Result<(String, String, i32, Duration, i64), Failed> {
    let dir = std::env::temp_dir().join(format!("minigo-hostile-{}-{}", std::process::id(), case.name));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file = dir.join(format!("{}.go", case.name));
    std::fs::write(&file, &case.src).map_err(|e| e.to_string())?;
    let start = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(&file)
        .env("MINIGOCACHE", dir.join("cache"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let pid = child.id() as libc::pid_t;
    // read the pipes on threads: the child may fill one while we wait
    let out = child.stdout.map(|mut o| std::thread::spawn(move || std::io::read_to_string(&mut o).unwrap_or_default()));
    let err = child.stderr.map(|mut e| std::thread::spawn(move || std::io::read_to_string(&mut e).unwrap_or_default()));
    let mut status = 0;
    // SAFETY: all-zero is a valid rusage; wait4 fills it for our own child.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: pid is our child, not waited for yet.
    if unsafe { libc::wait4(pid, &mut status, 0, &mut ru) } != pid {
        return Err("wait4 failed".into());
    }
    let elapsed = start.elapsed();
    let join = |h: Option<std::thread::JoinHandle<String>>| h.map(|h| h.join().unwrap_or_default()).unwrap_or_default();
    let (stdout, stderr) = (join(out), join(err));
    let _ = std::fs::remove_dir_all(&dir);
    let st = std::process::ExitStatus::from_raw(status);
    let code = st.code().ok_or_else(|| format!("killed by signal {:?}; stderr:\n{stderr}", st.signal()))?;
    Ok((stdout, stderr, code, elapsed, ru.ru_maxrss))
}

fn check(case: &Case) -> Result<(), Failed> {
    let (stdout, stderr, code, elapsed, rss) = run(case)?;
    let first = stderr.lines().next().unwrap_or("");
    match case.want {
        Ok(want) if code != 0 || stderr != want || !stdout.is_empty() => {
            return Err(format!("exit {code}, stdout {stdout:?}, stderr {stderr:?} (want {want:?})").into())
        }
        Err((rc, want)) if code != rc || !first.contains(want) => {
            return Err(format!("exit {code}, first stderr line {first:?} (want exit {rc} and {want:?})").into())
        }
        _ => {}
    }
    if let Some(bad) = case.stderr_lines.and_then(|ok| stderr.lines().find(|l| !ok(l))) {
        return Err(format!("stderr line {bad:?} in:\n{stderr}").into());
    }
    if elapsed > MAX_TIME || rss >> 10 > case.max_rss_mb {
        return Err(format!("took {:.1} s and {} MB (bounds: {} s, {} MB)", elapsed.as_secs_f64(), rss >> 10, MAX_TIME.as_secs(), case.max_rss_mb).into());
    }
    Ok(())
}

fn main() {
    let mut args = Arguments::from_args();
    args.test_threads = Some(1); // each run's peak memory is its own
    let trials = cases().into_iter().map(|c| Trial::test(format!("hostile/{}", c.name), move || check(&c))).collect();
    libtest_mimic::run(&args, trials).exit();
}
