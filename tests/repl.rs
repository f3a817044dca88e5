//! REPL tests.
//!
//! * `repl/NAME.repl` — a session driven through a pipe: the file is minigo
//!   repl's standard input, `NAME.out` its standard output and error together.
//!   The transcript format is the REPL's own (values as `%v (type)`), so
//!   `BLESS=snapshot` rewrites the `.out` files from minigo itself: review their
//!   diff like code. What a Go program would print in them (a panic's message, the
//!   deadlock error, `fmt` output) is Go's wording, as `run/` tests check.
//!   Tracebacks have their code offsets and directories masked. Each session
//!   also runs with one P and with two under `MINIGODEBUG=gcstress=10`.
//! * `terminal` — a session through a pseudo-terminal: prompts, continuation
//!   lines, Ctrl-C during `for {}`, output of a goroutine while the prompt
//!   waits, history (recalled, searched with Ctrl-R, saved for the next session),
//!   Tab completion (names, package members, fields, commands).
//! * `footprint` — a session's resident memory after a few hundred inputs and
//!   after thousands more: the same allocating input entered again and again
//!   leaves nothing behind, and distinct inputs little.

#[path = "harness.rs"]
mod harness;

use harness::{bless_hint, diff, expect, files_with, test_name, tests_dir, Bless};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn minigo() -> Command {
    Command::new(env!("CARGO_BIN_EXE_minigo"))
}

fn repl_dir() -> PathBuf {
    tests_dir().join("repl")
}

/// Code offsets, directories, source positions and function numbers in
/// listings vary with things a transcript does not pin (how much of the
/// standard library the session compiled before).
fn mask(s: &str) -> String {
    s.lines()
        .map(|l| {
            if let Some(rest) = l.strip_prefix("function u0:").and_then(|r| r.split_once('(')) {
                format!("function u0:…({}", rest.1)
            } else if l.starts_with("runtime: sp=") {
                "runtime: sp=… stack=[…]".to_string()
            } else if let Some(loc) = l.strip_prefix('\t').filter(|loc| loc.contains(".go:")) {
                let loc = loc.split(" +0x").next().unwrap_or(loc);
                format!("\t{}", loc.rsplit('/').next().unwrap_or(loc))
            } else {
                l.split(' ')
                    .map(|w| if w.starts_with('@') && w.len() > 1 && w[1..].chars().all(|c| c.is_ascii_hexdigit()) { "@…" } else { w })
                    .collect::<Vec<_>>()
                    .join(" ")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs transcript `file` through a session with `GOMAXPROCS=procs` and
/// `MINIGODEBUG=debug`: its masked output and exit status.
fn transcript(file: &Path, procs: &str, debug: &str) -> Result<(String, std::process::ExitStatus), Failed> {
    use wait_timeout::ChildExt;
    let (mut reader, writer) = std::io::pipe().map_err(|e| e.to_string())?;
    let mut child = minigo()
        .arg("repl")
        .current_dir(repl_dir())
        .env("GOMAXPROCS", procs)
        .env("MINIGODEBUG", debug)
        .stdin(std::fs::File::open(file).map_err(|e| e.to_string())?)
        .stdout(writer.try_clone().map_err(|e| e.to_string())?)
        .stderr(writer)
        .spawn()
        .map_err(|e| format!("running minigo repl: {e}"))?;
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut reader, &mut s).ok();
        s
    });
    let status = match child.wait_timeout(std::time::Duration::from_secs(60)).map_err(|e| e.to_string())? {
        Some(s) => s,
        None => {
            child.kill().ok();
            return Err("timed out".into());
        }
    };
    Ok((mask(&out.join().unwrap()), status))
}

/// A transcript's session prints its `.out` with two Ps, and again with one
/// and with two under the collector's stress mode (a collection at every
/// tenth allocation slow path, freed memory poisoned), as `run/` programs are
/// checked: a session's variables are roots across inputs.
fn check_transcript(file: &Path, bless: Bless) -> Result<(), Failed> {
    let path = file.with_extension("out");
    for (procs, debug) in [("2", ""), ("1", "gcstress=10"), ("2", "gcstress=10")] {
        let (got, status) = transcript(file, procs, debug)?;
        if bless == Bless::Snapshot && debug.is_empty() {
            std::fs::write(&path, &got).map_err(|e| e.to_string())?;
        }
        let want = expect(&path)?;
        let mode = format!("GOMAXPROCS={procs} MINIGODEBUG={debug}");
        if want != got {
            return Err(format!("{mode}: transcript differs from {}:\n{}", path.display(), diff(&want, &got, "transcript")).into());
        }
        if !status.success() {
            return Err(format!("{mode}: exit status {:?}", status.code()).into());
        }
    }
    Ok(())
}

fn terminal() -> Result<(), Failed> {
    if !Path::new("/dev/ptmx").exists() {
        eprintln!("repl/terminal: no pseudo-terminals on this machine; not run");
        return Ok(());
    }
    let history = std::env::temp_dir().join(format!("minigo-history-{}", std::process::id()));
    let _ = std::fs::remove_file(&history);
    let session = |hist: &Path| -> Result<rexpect::session::PtySession, Failed> {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
        cmd.env("MINIGO_HISTORY", hist).env("TERM", "xterm").stdin(Stdio::inherit());
        rexpect::session::spawn_command(cmd, Some(20_000)).map_err(|e| Failed::from(format!("spawn: {e}")))
    };
    let err = |e: rexpect::error::Error| Failed::from(e.to_string());
    // types a line once the prompt is there (what is typed ahead of the prompt is
    // read with the line before it and lost: rustyline reads ahead), then waits
    // for `want` and the next prompt. Rustyline redraws the prompt with the line
    // as it is typed, so a prompt counts only once the line is accepted (it
    // turns bracketed paste off then): a slow input's next line would otherwise
    // be typed ahead
    let line = |p: &mut rexpect::session::PtySession, input: &str, want: &str| -> Result<(), Failed> {
        p.send_line(input).map_err(err)?;
        p.exp_string("\x1b[?2004l").map_err(err)?;
        if !want.is_empty() {
            p.exp_string(want).map_err(err)?;
        }
        p.exp_string(if want == "... " { "" } else { ">>> " }).map_err(err)?;
        Ok(())
    };
    let mut p = session(&history)?;
    p.exp_string(":help").map_err(err)?;
    p.exp_string(">>> ").map_err(err)?;
    // an unfinished input continues on a "... " line
    line(&mut p, "func twice(n int) int {", "... ")?;
    line(&mut p, "return 2 * n", "... ")?;
    line(&mut p, "}", "")?;
    line(&mut p, "twice(21)", "42 (int)")?;
    // Ctrl-C stops a loop that never ends, and the session goes on
    line(&mut p, "n := 0", "")?;
    p.send_line("for { n++ }").map_err(err)?;
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').map_err(err)?;
    p.exp_string("interrupted").map_err(err)?;
    p.exp_string(">>> ").map_err(err)?;
    line(&mut p, "n > 0", "true (bool)")?;
    // Ctrl-C while typing drops the input
    p.send("twice(").map_err(err)?;
    p.send_control('c').map_err(err)?;
    p.exp_string(">>> ").map_err(err)?;
    // output of a goroutine while the prompt waits
    line(&mut p, "import \"time\"", "")?;
    line(&mut p, "go func() { time.Sleep(300 * time.Millisecond); println(\"from a goroutine\") }()", "")?;
    p.exp_string("from a goroutine").map_err(err)?;
    // up arrow recalls the last input; Ctrl-R searches the history
    line(&mut p, "twice(5)", "10 (int)")?;
    p.send("\x1b[A").map_err(err)?;
    line(&mut p, "", "10 (int)")?;
    p.send_control('r').map_err(err)?;
    p.send("twice(2").map_err(err)?;
    line(&mut p, "", "42 (int)")?;
    // Tab completes the session's names, a package's members, a variable's
    // fields and the commands
    p.send("twi\t").map_err(err)?;
    line(&mut p, "(3)", "6 (int)")?;
    p.send("time.Millis\t").map_err(err)?;
    line(&mut p, " * 2", "2ms (time.Duration)")?;
    line(&mut p, "type point struct{ Xcoord, Y int }", "")?;
    line(&mut p, "pt := point{3, 4}", "")?;
    p.send("pt.Xc\t").map_err(err)?;
    line(&mut p, " + 1", "4 (int)")?;
    p.send(":ty\t").map_err(err)?;
    line(&mut p, " pt", "point")?;
    p.send_control('d').map_err(err)?;
    p.exp_eof().map_err(err)?;
    // the history is there for the next session
    let saved = std::fs::read_to_string(&history).unwrap_or_default();
    if !saved.contains("twice(21)") {
        return Err(format!("history not saved: {saved:?}").into());
    }
    let mut p = session(&history)?;
    p.exp_string(">>> ").map_err(err)?;
    line(&mut p, "func twice(n int) int { return n + n }", "")?;
    p.send_control('r').map_err(err)?;
    p.send("twice(2").map_err(err)?;
    line(&mut p, "", "42 (int)")?;
    p.send_line(":quit").map_err(err)?;
    p.exp_eof().map_err(err)?;
    let _ = std::fs::remove_file(&history);
    Ok(())
}

/// The peak resident memory (KiB) of a session fed `count` inputs that
/// `input(i)` makes, once it has answered them all.
fn session_peak_kib(cache: &std::path::Path, count: usize, input: &dyn Fn(usize) -> String) -> Result<u64, Failed> {
    use std::io::{BufRead, Write};
    let mut child =
        minigo().env("MINIGOCACHE", cache).arg("repl").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().map_err(|e| e.to_string())?;
    let mut stdin = child.stdin.take().expect("piped");
    let mut text = String::from("var total int\n");
    for i in 0..count {
        text += &input(i);
        text.push('\n');
    }
    text += "\"end of inputs\"\n";
    // written from another thread: the session's answers fill the pipe
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()).map(|_| stdin));
    let mut stdout = std::io::BufReader::new(child.stdout.take().expect("piped"));
    let mut line = String::new();
    while !line.contains("end of inputs") {
        line.clear();
        if stdout.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
            return Err("the session ended early".into());
        }
    }
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).map_err(|e| e.to_string())?;
    let peak = status.lines().find_map(|l| l.strip_prefix("VmHWM:")).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok());
    drop(writer.join().expect("writer"));
    let _ = child.wait();
    peak.ok_or_else(|| "no VmHWM in /proc/PID/status".into())
}

/// A session's footprint grows with what its inputs declare, not with how
/// many it ran: an allocating input entered 3,000 times peaks within a few
/// MiB of where it was after 300 (the code is run again, nothing compiled
/// anew: 0.1–0.8 KiB per input measured, the heap's peaks; 14 KiB before),
/// and distinct inputs keep their syntax, checker facts and code (11 KiB
/// measured; 14 KiB when each unit had pages of its own). The sessions share a
/// code cache warmed first: compiling the standard library's functions for
/// the first input is a peak that later inputs' growth would fill unseen
/// (it hid a growth of 11 KiB per input as 4).
fn footprint() -> Result<(), Failed> {
    let cache = std::env::temp_dir().join(format!("minigo-repl-footprint-{}", std::process::id()));
    let same = |_| "total += len(make([]byte, 100000))".to_string();
    let distinct = |i| format!("total += len(make([]byte, {}))", 100000 + i);
    session_peak_kib(&cache, 10, &distinct)?;
    let mut result = Ok(());
    for (what, input, most_kib) in [("the same input", &same as &dyn Fn(usize) -> String, 4096), ("distinct inputs", &distinct, 2700 * 14)] {
        let (few, many) = (session_peak_kib(&cache, 300, input)?, session_peak_kib(&cache, 3000, input)?);
        if many > few + most_kib {
            result = Err(format!("{what}: peak RSS {few} KiB after 300 inputs, {many} KiB after 3,000 (more than {most_kib} KiB more)").into());
            break;
        }
    }
    let _ = std::fs::remove_dir_all(&cache);
    result
}

fn main() {
    let args = Arguments::from_args();
    let bless = Bless::from_env();
    let mut trials: Vec<Trial> = match files_with("repl", "repl") {
        Ok(files) => files
            .into_iter()
            .map(|f| {
                let name = test_name(&f);
                let hint = bless_hint(&name, "repl", Bless::Snapshot);
                Trial::test(name, move || check_transcript(&f, bless).map_err(|e| format!("{}\n{hint}", e.message().unwrap_or("")).into()))
            })
            .collect(),
        Err(e) => vec![Trial::test("repl/(none)", move || Err(e.into()))],
    };
    let stray = harness::unused_files("repl", "repl", &["out"]);
    if !stray.is_empty() {
        trials.push(Trial::test("repl/(unused files)", move || Err(format!("no test reads: {}", stray.join(", ")).into())));
    }
    trials.push(Trial::test("repl/terminal", terminal));
    trials.push(Trial::test("repl/footprint", footprint));
    libtest_mimic::run(&args, trials).exit();
}
