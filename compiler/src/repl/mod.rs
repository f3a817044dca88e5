//! `minigo repl`: interactive Go. Each input is checked into a session and
//! JIT-compiled, so loops typed at the prompt run at compiled speed; goroutines an
//! input starts keep running while the prompt waits.

mod complete;
mod input;
mod session;
mod terminal;

use crate::codegen::Emit;
use minigo_runtime::session::Outcome;
use session::{Report, Session};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use terminal::Read;

const HELP: &str = "\
Type Go declarations (func, type, var, const, import), statements or expressions.
An expression's values are printed with their types. Declarations last for the
session; declaring a name again replaces it for later inputs. Input continues
while a bracket is open or a line ends in an operator or a comma.

  :help          this text
  :quit          leave (or Ctrl-D)
  :reset         forget every declaration and import
  :type EXPR     the static type of EXPR, which is not evaluated
  :load FILE.go  add the declarations of a Go file (its main is not run)
  :clif NAME     the Cranelift IR of function NAME (or pkg.Name)
  :asm NAME      its machine code

Ctrl-C abandons the input being typed, or interrupts the one running.
";

/// Runs the REPL until `:quit` or the end of input; `timing` reports each
/// input's time on stderr.
pub fn run(timing: bool) {
    let interrupt = Arc::new(AtomicBool::new(false));
    // during evaluation the terminal is not in raw mode: Ctrl-C is SIGINT
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, interrupt.clone());
    let mut lines = terminal::open();
    if lines.interactive() {
        println!("minigo {} — Go, compiled one input at a time. :help for help.", env!("CARGO_PKG_VERSION"));
    }
    let mut repl = Repl { session: Session::new(), interrupt, timing };
    let mut buf = String::new();
    loop {
        if lines.interactive() && buf.is_empty() {
            lines.set_completions(repl.session.completions());
        }
        match lines.read(!buf.is_empty()) {
            Read::Line(line) => {
                if buf.is_empty() && line.trim_start().starts_with(':') {
                    lines.add_history(&line);
                    if !repl.command(line.trim()) {
                        break;
                    }
                    continue;
                }
                if !buf.is_empty() {
                    buf.push('\n');
                }
                buf += &line;
                if input::incomplete(&buf) {
                    continue;
                }
                let src = std::mem::take(&mut buf);
                if !src.trim().is_empty() {
                    lines.add_history(&src);
                    repl.eval(&src);
                }
            }
            Read::Interrupted => buf.clear(),
            Read::NotUtf8(col) => {
                // gc's error for such source; the rest of the session goes on
                let line = buf.lines().count() + 1;
                eprintln!("{}:{line}:{col}: invalid UTF-8 encoding", input::FILE_NAME);
                buf.clear();
            }
            Read::Eof => {
                // piped input may end inside an unfinished input: let it say so
                if !buf.trim().is_empty() {
                    repl.eval(&buf);
                }
                break;
            }
        }
    }
    lines.close();
    minigo_runtime::output::flush();
}

struct Repl {
    session: Session,
    interrupt: Arc<AtomicBool>,
    timing: bool,
}

impl Repl {
    /// Forgets an earlier Ctrl-C; what tells whether one comes now.
    fn watch_interrupt(&self) -> impl Fn() -> bool {
        self.interrupt.store(false, Ordering::Relaxed);
        let flag = self.interrupt.clone();
        move || flag.load(Ordering::Relaxed)
    }

    fn eval(&mut self, src: &str) {
        let interrupted = self.watch_interrupt();
        let start = std::time::Instant::now();
        self.session.eval(src, &interrupted, &mut print_report);
        if self.timing {
            eprintln!("[{:.3} ms]", start.elapsed().as_secs_f64() * 1e3);
        }
    }

    /// Runs a `:command`; false for `:quit`.
    fn command(&mut self, line: &str) -> bool {
        let (cmd, arg) = line.split_once(char::is_whitespace).map_or((line, ""), |(c, a)| (c, a.trim()));
        match (cmd, arg.is_empty()) {
            (":quit" | ":q", _) => return false,
            (":help" | ":h", _) => print!("{HELP}"),
            (":reset", _) => {
                self.session = Session::new();
                println!("session reset");
            }
            (":type", false) => match self.session.type_of(arg) {
                Ok(t) => println!("{t}"),
                Err(e) => eprint!("{e}"),
            },
            (":load", false) => {
                let interrupted = self.watch_interrupt();
                self.session.load(arg, &interrupted, &mut print_report);
            }
            (":clif" | ":asm", false) => match self.session.listing(arg, if cmd == ":clif" { Emit::Clif } else { Emit::Asm }) {
                Ok(l) => println!("{}", l.trim_end()),
                Err(e) => eprintln!("{e}"),
            },
            (":type" | ":load" | ":clif" | ":asm", true) => eprintln!("{cmd} needs an argument (:help)"),
            _ => eprintln!("unknown command {cmd} (:help lists them)"),
        }
        true
    }
}

fn print_report(r: Report) {
    match r {
        Report::Values(vals) => {
            for (v, t) in vals {
                println!("{v} ({t})");
            }
        }
        Report::Replaced(names) => eprintln!("// redeclared: {}", names.join(", ")),
        Report::Errors(e) => eprint!("{e}"),
        Report::Ended(Outcome::Interrupted) => eprintln!("interrupted"),
        Report::Ended(_) => {}
        Report::Note(n) => eprintln!("// {n}"),
    }
}
