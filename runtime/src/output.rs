//! Standard output is buffered (flushed at exit and before any panic or fatal
//! error message, as the issue asks); standard error is written directly. One write
//! call is one locked append, so output of concurrent goroutines never interleaves
//! within a call.

use std::io::Write;
use std::sync::Mutex;

static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

const FLUSH_AT: usize = 64 << 10;

/// Writes to file descriptor `fd`.
pub fn write(fd: i32, b: &[u8]) {
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
    flush();
    write_all(2, b);
}
