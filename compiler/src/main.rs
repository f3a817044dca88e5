//! `minigo`: run, check and compile Go programs.

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use minigo::{cache, codegen, driver, types};

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "minigo", version, about = "A small Go, JIT-compiled with Cranelift")]
struct Cli {
    /// Without a command: the REPL.
    #[command(subcommand)]
    cmd: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Parse and type-check a program.
    Check {
        /// A .go file or a directory holding a package (any, as `go build` checks one).
        path: String,
        /// Report the front end's speed (lines, parse and check time) on stderr.
        #[arg(long)]
        timing: bool,
    },
    /// Compile and run a program: `run FILE.go... [ARGS]` (the program is the
    /// leading `.go` files, as `go run` takes them) or `run DIR [ARGS]`.
    Run {
        /// Report where the time before the program starts goes, on stderr.
        #[arg(long)]
        timing: bool,
        /// The program, then its arguments (os.Args[1:], passed byte for byte).
        #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<std::ffi::OsString>,
    },
    /// Interactive Go: each input is compiled and run as it is typed (also piped).
    Repl {
        /// Report each input's time (check, compile and run) on stderr.
        #[arg(long)]
        timing: bool,
    },
    /// Compile a program and print what the back end made of it.
    Build {
        path: String,
        /// `clif`: the Cranelift IR of every function; `asm`: the machine code.
        #[arg(long, value_parser = ["clif", "asm"])]
        emit: String,
        /// Only the functions whose names start with this (e.g. `main.`).
        #[arg(long)]
        func: Option<String>,
    },
    /// Remove cached files: `-cache` empties the program cache (as `go clean -cache`).
    Clean {
        #[arg(allow_hyphen_values = true, required = true, value_parser = ["-cache", "--cache"])]
        what: Vec<String>,
    },
}

/// Compiles a checked program; `Emit::None` runs it (and does not return),
/// keeping its image in the `cache` entry.
fn compile(
    prog: &mut types::Program,
    emit: codegen::Emit,
    timing: Option<(std::time::Instant, driver::Timing)>,
    only: Option<&str>,
    cache: Option<&cache::Entry>,
) -> ExitCode {
    let report = |s: &codegen::Stats| {
        if let Some((start, t)) = &timing {
            eprintln!(
                "check {:.1} ms ({} lines), lower {:.1} ms, cranelift {:.1} ms ({} functions, {} cached), {:.1} ms to start",
                (t.parse + t.check).as_secs_f64() * 1e3,
                t.lines,
                s.lower.as_secs_f64() * 1e3,
                s.cranelift.as_secs_f64() * 1e3,
                s.functions,
                s.cached,
                start.elapsed().as_secs_f64() * 1e3
            );
        }
    };
    let save = |img: &codegen::image::Image| {
        if let Some(c) = cache {
            c.store(img);
        }
    };
    match codegen::run(prog, emit, &report, cache.map(|_| &save as &dyn Fn(&codegen::image::Image))) {
        Ok(listing) => {
            // the listing is one section per function, each starting "; NAME" at a line start
            let mut keep = true;
            for line in listing.lines() {
                if let (Some(name), Some(f)) = (line.strip_prefix("; "), only) {
                    keep = name.starts_with(f);
                }
                if keep {
                    println!("{line}");
                }
            }
            ExitCode::SUCCESS
        }
        Err(errs) => {
            for e in errs.iter().take(10) {
                eprintln!("{e}");
            }
            ExitCode::from(1)
        }
    }
}

fn files(path: &str) -> Result<Vec<std::path::PathBuf>, ExitCode> {
    files_of(&[path])
}

/// The files of the program named by `paths`: one directory, or .go files.
fn files_of(paths: &[&str]) -> Result<Vec<std::path::PathBuf>, ExitCode> {
    driver::program_files(paths).map_err(|e| {
        eprintln!("minigo: {e}");
        ExitCode::from(1)
    })
}

/// Type-checks the package at `path`: a program's main package if `main`.
fn check(path: &str, main: bool, timing: &mut driver::Timing) -> Result<(types::Program, types::object::PkgId), ExitCode> {
    check_files(&files(path)?, driver::names_directory(&[path]), main, timing)
}

/// Type-checks the package of `files` (named as a directory if `by_dir`).
fn check_files(
    files: &[std::path::PathBuf],
    by_dir: bool,
    main: bool,
    timing: &mut driver::Timing,
) -> Result<(types::Program, types::object::PkgId), ExitCode> {
    let mut prog = types::Program::new();
    prog.modules.main_by_dir = by_dir;
    match driver::check_program(&mut prog, files, main, timing) {
        Ok(pkg) => Ok((prog, pkg)),
        Err(errs) => {
            eprint!("{}", driver::render_errors(&prog, &errs));
            Err(ExitCode::from(1))
        }
    }
}

/// The compiler recurses over syntax trees up to `MAX_NESTING` deep: it runs on a
/// thread with a stack sized for that (reserved address space; only what a program
/// needs gets touched).
const COMPILER_STACK: usize = 1 << 30;

fn main() -> ExitCode {
    // Writing to a closed pipe ends the process quietly, as it ends a Go program
    // (Rust would make it an error, and printing would panic).
    // SAFETY: restoring a signal's default disposition before any thread starts.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_DFL) };
    let cmd = match Cli::parse().cmd.unwrap_or(Cmd::Repl { timing: false }) {
        Cmd::Run { args, timing } => match Launch::new(&args, timing) {
            // A program compiled before starts on this thread: only compiling
            // needs the compiler thread's stack, and a cached start is a few
            // milliseconds, of which starting a thread would be a tenth.
            Ok(launch) => match launch.cached() {
                Some(c) => codegen::start(c),
                None => Job::Compile(launch),
            },
            Err(c) => return c,
        },
        cmd => Job::Other(cmd),
    };
    std::thread::Builder::new()
        .name("minigo".into())
        .stack_size(COMPILER_STACK)
        .spawn(move || match cmd {
            Job::Compile(launch) => launch.compile(),
            Job::Other(cmd) => run(cmd),
        })
        .expect("compiler thread")
        .join()
        .unwrap_or(ExitCode::from(2))
}

/// What the compiler thread does.
enum Job {
    /// Compile and run a program its cache did not hold.
    Compile(Launch),
    Other(Cmd),
}

/// A program `minigo run` is to run, with its arguments set.
struct Launch {
    /// When `minigo run` began (for `--timing`).
    start: std::time::Instant,
    files: Vec<std::path::PathBuf>,
    /// Whether the program was named by its directory.
    by_dir: bool,
    cache: Option<cache::Entry>,
    timing: bool,
}

impl Launch {
    /// The program named by `run`'s arguments: as go run, the leading .go
    /// files (or one directory); the rest are its arguments.
    fn new(args: &[std::ffi::OsString], timing: bool) -> Result<Launch, ExitCode> {
        let start = std::time::Instant::now();
        let n = args.iter().take_while(|a| a.to_str().is_some_and(|a| a.ends_with(".go"))).count().max(1);
        let (program, args) = args.split_at(n);
        let Some(program) = program.iter().map(|p| p.to_str()).collect::<Option<Vec<&str>>>() else {
            eprintln!("minigo: {}: not a .go file or a directory", program[0].to_string_lossy());
            return Err(ExitCode::from(1));
        };
        let files = files_of(&program)?;
        let by_dir = driver::names_directory(&program);
        let name = program[0].trim_end_matches(".go").trim_end_matches('/');
        let name = name.rsplit('/').next().unwrap_or(name).as_bytes().to_vec();
        minigo_stdlib::natives::os::set_args(std::iter::once(name).chain(args.iter().map(|a| a.as_encoded_bytes().to_vec())).collect());
        let cache = cache::Entry::for_program(&files);
        Ok(Launch { start, files, by_dir, cache, timing })
    }

    /// The program as compiled before, if its image loads (one that does not
    /// is compiled anew).
    fn cached(&self) -> Option<codegen::Compiled> {
        let c = self.cache.as_ref()?.load()?.load().ok()?;
        if self.timing {
            eprintln!("cached program, {:.1} ms to start", self.start.elapsed().as_secs_f64() * 1e3);
        }
        Some(c)
    }

    fn compile(self) -> ExitCode {
        let mut t = driver::Timing::default();
        match check_files(&self.files, self.by_dir, true, &mut t) {
            Ok((mut prog, _)) => compile(&mut prog, codegen::Emit::None, self.timing.then_some((self.start, t)), None, self.cache.as_ref()),
            Err(c) => c,
        }
    }
}

fn run(cmd: Cmd) -> ExitCode {
    match cmd {
        Cmd::Repl { timing } => {
            minigo::repl::run(timing);
            ExitCode::SUCCESS
        }
        Cmd::Check { path, timing } => {
            let mut t = driver::Timing::default();
            let r = check(&path, false, &mut t);
            if timing {
                let total = (t.parse + t.check).as_secs_f64();
                eprintln!(
                    "{} lines: parse {:.1} ms, check {:.1} ms, {:.0} lines/s",
                    t.lines,
                    t.parse.as_secs_f64() * 1e3,
                    t.check.as_secs_f64() * 1e3,
                    t.lines as f64 / total
                );
            }
            match r {
                Ok(_) => ExitCode::SUCCESS,
                Err(c) => c,
            }
        }
        Cmd::Run { .. } => unreachable!("main runs programs itself (Launch)"),
        Cmd::Build { path, emit, func } => match check(&path, true, &mut driver::Timing::default()) {
            Ok((mut prog, _)) => compile(&mut prog, if emit == "asm" { codegen::Emit::Asm } else { codegen::Emit::Clif }, None, func.as_deref(), None),
            Err(c) => c,
        },
        Cmd::Clean { .. } => match cache::clean() {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("minigo clean: {e}");
                ExitCode::from(1)
            }
        },
    }
}
