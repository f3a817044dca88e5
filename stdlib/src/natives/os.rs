//! os: arguments, exit, environment, and reads and writes of the standard files.

use super::{new_string, retbuf, str_arg};
use minigo_runtime::abi::{GoString, G};
use std::sync::OnceLock;

/// `os.Args`, byte for byte as the program was given them (not necessarily UTF-8).
static ARGS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();

/// Sets `os.Args` (program name first) before the program starts.
pub fn set_args(args: Vec<Vec<u8>>) {
    let _ = ARGS.set(args);
}

/// `os.Args`, as a fresh []string in `g.retbuf`.
pub extern "C" fn runtime_args(g: *mut G) {
    let args = ARGS.get().map(|a| a.as_slice()).unwrap_or(&[]);
    let p = minigo_runtime::malloc::alloc(16 * args.len()) as *mut GoString;
    for (i, a) in args.iter().enumerate() {
        // SAFETY: p has room for args.len() string headers.
        unsafe { *p.add(i) = new_string(a) };
    }
    retbuf(g, &[p as u64, args.len() as u64, args.len() as u64]);
}

pub extern "C" fn exit(_g: *mut G, code: i64) {
    minigo_runtime::panic::exit(code as i32)
}

/// `LookupEnv(key) (string, bool)`: three words, in `g.retbuf`.
pub extern "C" fn lookup_env(g: *mut G, p: *const u8, n: usize) {
    let key = String::from_utf8_lossy(str_arg(p, n)).into_owned();
    match std::env::var_os(&key) {
        Some(v) => {
            let s = new_string(v.as_encoded_bytes());
            retbuf(g, &[s.ptr as u64, s.len as u64, 1]);
        }
        None => retbuf(g, &[0, 0, 0]),
    }
}

pub extern "C" fn write(_g: *mut G, fd: i64, p: *const u8, n: usize, _cap: usize) -> i64 {
    minigo_runtime::output::write(fd as i32, str_arg(p, n));
    n as i64
}

pub extern "C" fn read(_g: *mut G, fd: i64, p: *mut u8, n: usize, _cap: usize) -> i64 {
    // an interactive program's prompt must appear before it waits for input
    minigo_runtime::output::flush();
    // other goroutines run while this one waits for input
    minigo_runtime::proc::entersyscall();
    let r = read_fd(fd, p, n);
    minigo_runtime::proc::exitsyscall();
    r
}

fn read_fd(fd: i64, p: *mut u8, n: usize) -> i64 {
    loop {
        // SAFETY: p has room for n bytes.
        let r = unsafe { libc::read(fd as i32, p as *mut libc::c_void, n) };
        if r < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            continue;
        }
        return r.max(0) as i64;
    }
}
