//! Standard output is buffered (flushed at exit and before any panic or fatal
//! error message, as the issue asks); standard error is written directly. One write
//! call is one locked append, so output of concurrent goroutines never interleaves
//! within a call. Go's standard output is not buffered: what a program prints
//! is out at once, for a program that then waits, computes for a minute or is
//! killed. So `sysmon` writes out what the buffer holds at each of its ticks
//! (`flush_ready`, within 10 ms) — never blocking, since sysmon must go on
//! preempting when standard output is a pipe nobody reads. In a REPL session
//! nothing is buffered (output appears as it is written), and while the prompt
//! waits for a line it goes through the line editor's printer so that it does
//! not corrupt the line being edited.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

pub type Printer = Box<dyn Fn(i32, &[u8]) + Send + Sync>;
static PRINTER: Mutex<Option<Printer>> = Mutex::new(None);
static PRINTER_ON: AtomicBool = AtomicBool::new(false);
/// Output goes straight to its file (or the printer), unbuffered: set by a
/// REPL session's start, before anything is written.
static DIRECT: AtomicBool = AtomicBool::new(false);

/// Writes everything straight through from now on (see `DIRECT`).
pub(crate) fn set_direct() {
    DIRECT.store(true, Ordering::Relaxed);
}

const FLUSH_AT: usize = 64 << 10;

/// Writes to file descriptor `fd`.
pub fn write(fd: i32, b: &[u8]) {
    if DIRECT.load(Ordering::Relaxed) {
        match &*PRINTER.lock().unwrap_or_else(|e| e.into_inner()) {
            Some(p) if PRINTER_ON.load(Ordering::Acquire) => p(fd, b),
            _ => write_all(fd, b),
        }
        return;
    }
    if fd == 1 {
        let mut buf = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
        buf.extend_from_slice(b);
        if buf.len() >= FLUSH_AT {
            write_all(1, &buf);
            buf.clear();
        }
    } else {
        flush();
        write_all(fd, b);
    }
}

fn write_all(fd: i32, mut b: &[u8]) {
    while !b.is_empty() {
        // SAFETY: writing from a valid slice.
        let n = unsafe { libc::write(fd, b.as_ptr() as *const libc::c_void, b.len()) };
        if n <= 0 {
            if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        b = &b[n as usize..];
    }
}

/// Writes out what buffered standard output it can without blocking (for
/// `sysmon`, see the top of the file): nothing while a goroutine is writing
/// (its write is what the buffer waits for), else `PIPE_BUF` bytes at a time
/// — what a pipe with room takes whole — for as long as poll(2) says standard
/// output has room (a regular file always does).
pub(crate) fn flush_ready() {
    if DIRECT.load(Ordering::Relaxed) {
        return;
    }
    let Ok(mut buf) = STDOUT.try_lock() else { return };
    let mut done = 0;
    while done < buf.len() {
        let mut pfd = libc::pollfd { fd: 1, events: libc::POLLOUT, revents: 0 };
        // SAFETY: one valid pollfd, no wait.
        if unsafe { libc::poll(&mut pfd, 1, 0) } != 1 || pfd.revents & libc::POLLOUT == 0 {
            break;
        }
        let n = (buf.len() - done).min(libc::PIPE_BUF);
        // SAFETY: writing from inside the buffer.
        let w = unsafe { libc::write(1, buf[done..].as_ptr() as *const libc::c_void, n) };
        if w <= 0 {
            break;
        }
        done += w as usize;
    }
    buf.drain(..done);
}

/// Writes out buffered standard output.
pub fn flush() {
    let mut buf = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    if !buf.is_empty() {
        write_all(1, &buf);
        buf.clear();
    }
    let _ = std::io::stdout().flush();
}

/// Writes to standard error (after flushing standard output, so that the order of
/// a program's output and its error messages is kept).
pub fn ewrite(b: &[u8]) {
    write(2, b);
}

/// See `session::set_printer`.
pub(crate) fn set_printer(p: Option<Printer>) {
    *PRINTER.lock().unwrap_or_else(|e| e.into_inner()) = p;
}

/// See `session::printer_enabled`.
pub(crate) fn printer_enabled(on: bool) {
    PRINTER_ON.store(on, Ordering::Release);
}
