//! Fatal errors and the last step of an unrecovered panic. (Recovery, deferred calls
//! and tracebacks build on this in the defer/panic work.)

use crate::abi::G;
use crate::output;

/// `fatal error: msg` and exit status 2, as Go's `throw`.
pub fn throw(msg: &str) -> ! {
    output::ewrite(format!("fatal error: {msg}\n").as_bytes());
    exit(2);
}

/// Flushes output and ends the process.
pub fn exit(code: i32) -> ! {
    output::flush();
    // SAFETY: ending the process.
    unsafe { libc::_exit(code) }
}

/// Called by the Go side of `gopanic` after it printed `panic: ...`: the goroutine
/// trace and exit status 2.
pub extern "C" fn fatalpanic(g: *mut G) {
    // SAFETY: g is the current goroutine.
    let goid = unsafe { (*g).goid };
    output::ewrite(format!("\ngoroutine {goid} [running]:\nmain.main()\n").as_bytes());
    exit(2);
}

/// `os.Exit`.
pub extern "C" fn os_exit(_g: *mut G, code: i64) {
    exit(code as i32);
}

/// A run-time error raised inside the runtime itself (e.g. hashing an unhashable
/// map key): reported as Go reports an unrecovered runtime error.
pub fn runtime_error(msg: &str) -> ! {
    output::ewrite(format!("panic: runtime error: {msg}\n\ngoroutine 1 [running]:\n").as_bytes());
    exit(2);
}
