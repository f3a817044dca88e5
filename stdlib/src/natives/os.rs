//! os: arguments, exit, environment, and the file system calls `os` and
//! `syscall` are built on. Each call returns Linux's errno for Go to wrap
//! (`*PathError`), never a Rust error.

use super::{new_string, retbuf, str_arg};
use minigo_runtime::abi::{GoString, Pair, G};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
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
    let p = string_slice(args);
    retbuf(g, &[p as u64, args.len() as u64, args.len() as u64]);
}

/// A fresh Go []string's array holding `items`.
fn string_slice(items: &[Vec<u8>]) -> *mut GoString {
    let p = minigo_runtime::malloc::alloc(16 * items.len()) as *mut GoString;
    for (i, a) in items.iter().enumerate() {
        // SAFETY: p has room for items.len() string headers.
        unsafe { *p.add(i) = new_string(a) };
    }
    p
}

pub extern "C" fn exit(_g: *mut G, code: i64) {
    minigo_runtime::panic::exit(code as i32)
}

/// `setenv(key, value) errno`: EINVAL for a key Go's syscall.Setenv rejects
/// (empty, or with '=' or NUL) or a value with NUL.
///
/// The environment is only ever read and written through `std::env`, whose lock
/// serializes these calls with LookupEnv on other threads.
pub extern "C" fn setenv(_g: *mut G, kp: *const u8, kn: usize, vp: *const u8, vn: usize) -> i64 {
    let (k, v) = (str_arg(kp, kn), str_arg(vp, vn));
    if k.is_empty() || k.contains(&b'=') || k.contains(&0) || v.contains(&0) {
        return libc::EINVAL as i64;
    }
    std::env::set_var(std::ffi::OsStr::from_bytes(k), std::ffi::OsStr::from_bytes(v));
    0
}

/// `unsetenv(key)`: a key that cannot be set is not there to remove.
pub extern "C" fn unsetenv(_g: *mut G, kp: *const u8, kn: usize) {
    let k = str_arg(kp, kn);
    if !(k.is_empty() || k.contains(&b'=') || k.contains(&0)) {
        std::env::remove_var(std::ffi::OsStr::from_bytes(k));
    }
}

/// `environ() []string`: "key=value" for each variable, in the process's order.
pub extern "C" fn environ(g: *mut G) {
    let items: Vec<Vec<u8>> = std::env::vars_os()
        .map(|(k, v)| {
            let mut kv = k.into_vec();
            kv.push(b'=');
            kv.extend_from_slice(v.as_bytes());
            kv
        })
        .collect();
    let p = string_slice(&items);
    retbuf(g, &[p as u64, items.len() as u64, items.len() as u64]);
}

/// `ids() (pid, ppid, uid, euid, gid, egid int)`.
pub extern "C" fn ids(g: *mut G) {
    // SAFETY: these calls take no arguments and cannot fail.
    let ids = unsafe {
        [libc::getpid() as u64, libc::getppid() as u64, libc::getuid() as u64, libc::geteuid() as u64, libc::getgid() as u64, libc::getegid() as u64]
    };
    retbuf(g, &ids);
}

/// `hostname() (string, errno)`: the kernel's node name.
pub extern "C" fn hostname(g: *mut G) {
    let mut buf = [0u8; 256];
    // SAFETY: buf is writable for its length; gethostname NUL-terminates within it.
    let r = unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    if r != 0 {
        retbuf(g, &[0, 0, std::io::Error::last_os_error().raw_os_error().unwrap_or(0) as u64]);
        return;
    }
    let n = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    let s = new_string(&buf[..n]);
    retbuf(g, &[s.ptr as u64, s.len as u64, 0]);
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

/// The calling thread's errno as a positive number.
fn errno() -> i64 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO) as i64
}

/// A system call's result as (value, errno): (r, 0) on success, (-1, errno) when
/// it failed. EINTR is retried, as Go's `ignoringEINTR` does.
fn sys(mut call: impl FnMut() -> i64) -> Pair {
    loop {
        let r = call();
        if r >= 0 {
            return Pair(r as u64, 0);
        }
        let e = errno();
        if e != libc::EINTR as i64 {
            return Pair(-1i64 as u64, e as u64);
        }
    }
}

/// A Go string as a C path (NUL-terminated); None if it holds a NUL byte, which
/// no file name can (Go reports EINVAL then too).
fn c_path(p: *const u8, n: usize) -> Option<std::ffi::CString> {
    std::ffi::CString::new(str_arg(p, n)).ok()
}

/// The errno of a call on a path: 0, or EINVAL for a name with a NUL byte.
fn path_call(p: *const u8, n: usize, call: impl Fn(*const libc::c_char) -> libc::c_int) -> i64 {
    match c_path(p, n) {
        Some(c) => sys(|| call(c.as_ptr()) as i64).1 as i64,
        None => libc::EINVAL as i64,
    }
}

/// `write(fd int, b []byte) (n int, errno int)`. The standard output and error go
/// through the runtime's output buffer, which `print` shares, so the two keep
/// their order.
pub extern "C" fn write(_g: *mut G, fd: i64, p: *const u8, n: usize, _cap: usize) -> Pair {
    if fd == 1 || fd == 2 {
        minigo_runtime::output::write(fd as i32, str_arg(p, n));
        return Pair(n as u64, 0);
    }
    let b = str_arg(p, n);
    let mut done = 0;
    while done < b.len() {
        // SAFETY: the range is inside b.
        let Pair(w, e) = sys(|| unsafe { libc::write(fd as i32, b[done..].as_ptr() as *const libc::c_void, b.len() - done) } as i64);
        if e != 0 {
            return Pair(done as u64, e);
        }
        done += w as usize;
    }
    Pair(done as u64, 0)
}

/// `crypto/rand.getrandom(b []byte) errno`: fills b from getrandom(2),
/// retrying short reads (one of up to 256 bytes is never short once the
/// pool is initialized; a larger one may be).
pub extern "C" fn getrandom(_g: *mut G, p: *mut u8, n: usize, _cap: usize) -> i64 {
    let mut done = 0;
    while done < n {
        // SAFETY: p has room for n bytes, and done < n.
        let Pair(r, e) = sys(|| unsafe { libc::getrandom(p.wrapping_add(done) as *mut libc::c_void, n - done, 0) } as i64);
        if e != 0 {
            return e as i64;
        }
        done += r as usize;
    }
    0
}

/// `read(fd int, b []byte) (n int, errno int)`.
pub extern "C" fn read(_g: *mut G, fd: i64, p: *mut u8, n: usize, _cap: usize) -> Pair {
    // an interactive program's prompt must appear before it waits for input
    minigo_runtime::output::flush();
    // SAFETY: p has room for n bytes.
    let read = || sys(|| unsafe { libc::read(fd as i32, p as *mut libc::c_void, n) } as i64);
    if fd_kind(fd) == FdKind::Regular || readable_now(fd) {
        // the read returns at once (a file, or a pipe holding data): handing
        // the P to another M, a thread wake-up, would cost more than the read
        return read();
    }
    // other goroutines run while this one waits for input
    minigo_runtime::proc::entersyscall();
    let r = read();
    minigo_runtime::proc::exitsyscall();
    r
}

/// What a descriptor is, as far as reading it may block: a regular file's
/// reads never wait for input, so `read` needs no poll(2) first — half the
/// system calls of a program reading its input a byte at a time (`fmt.Scan`
/// on `os.Stdin` redirected from a file), Go's one `read` each.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum FdKind {
    Unknown = 0,
    Regular = 1,
    Other = 2,
}

/// The kind of each descriptor below 256 that a read has asked about,
/// found by fstat(2) the first time. Invariant: an entry is `Unknown`
/// whenever its descriptor may be another file than the one it was found
/// for — descriptors come and go only through `open`, `pipe` and `close`
/// here (the runtime's own files are opened and closed within one call, and
/// a descriptor the program holds open cannot be reused under it), which
/// reset the entries of the descriptors they make or release.
static FD_KINDS: [std::sync::atomic::AtomicU8; 256] = [const { std::sync::atomic::AtomicU8::new(FdKind::Unknown as u8) }; 256];

fn fd_kind(fd: i64) -> FdKind {
    use std::sync::atomic::Ordering::Relaxed;
    let Some(slot) = usize::try_from(fd).ok().and_then(|i| FD_KINDS.get(i)) else { return FdKind::Other };
    match slot.load(Relaxed) {
        1 => FdKind::Regular,
        2 => FdKind::Other,
        _ => {
            // SAFETY: a stat buffer is plain integers, for which zero is valid.
            let mut st: libc::stat = unsafe { std::mem::zeroed() };
            // SAFETY: fstat writes only the stat buffer.
            let regular = unsafe { libc::fstat(fd as i32, &mut st) } == 0 && st.st_mode & libc::S_IFMT == libc::S_IFREG;
            let kind = if regular { FdKind::Regular } else { FdKind::Other };
            slot.store(kind as u8, Relaxed);
            kind
        }
    }
}

/// Forgets what descriptor `fd` was (it was just made or released).
fn forget_fd(fd: i64) {
    if let Some(slot) = usize::try_from(fd).ok().and_then(|i| FD_KINDS.get(i)) {
        slot.store(FdKind::Unknown as u8, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Whether a read of fd would not block: poll(2) with no timeout says it has
/// input, end of file or an error (regular files always do).
fn readable_now(fd: i64) -> bool {
    let mut pfd = libc::pollfd { fd: fd as i32, events: libc::POLLIN, revents: 0 };
    // SAFETY: one valid pollfd, no wait.
    unsafe { libc::poll(&mut pfd, 1, 0) == 1 }
}

/// `pread(fd int, b []byte, off int64) (n int, errno int)`.
pub extern "C" fn pread(_g: *mut G, fd: i64, p: *mut u8, n: usize, _cap: usize, off: i64) -> Pair {
    // SAFETY: p has room for n bytes.
    sys(|| unsafe { libc::pread(fd as i32, p as *mut libc::c_void, n, off) } as i64)
}

/// `pwrite(fd int, b []byte, off int64) (n int, errno int)`.
pub extern "C" fn pwrite(_g: *mut G, fd: i64, p: *const u8, n: usize, _cap: usize, off: i64) -> Pair {
    // SAFETY: p holds n bytes.
    sys(|| unsafe { libc::pwrite(fd as i32, p as *const libc::c_void, n, off) } as i64)
}

/// `open(name string, flag int, perm uint32) (fd int, errno int)`.
pub extern "C" fn open(_g: *mut G, p: *const u8, n: usize, flag: i64, perm: u32) -> Pair {
    match c_path(p, n) {
        // SAFETY: c is a NUL-terminated path.
        Some(c) => {
            let r = sys(|| unsafe { libc::open(c.as_ptr(), flag as i32, perm) } as i64);
            forget_fd(r.0 as i64);
            r
        }
        None => Pair(-1i64 as u64, libc::EINVAL as u64),
    }
}

/// `closefd(fd int) (errno int)`.
pub extern "C" fn close(_g: *mut G, fd: i64) -> i64 {
    forget_fd(fd);
    // SAFETY: closing a descriptor the program owns; EINTR is not retried (Linux
    // has released the descriptor already).
    if unsafe { libc::close(fd as i32) } < 0 {
        errno()
    } else {
        0
    }
}

/// `seek(fd int, off int64, whence int) (pos int64, errno int)`.
pub extern "C" fn seek(_g: *mut G, fd: i64, off: i64, whence: i64) -> Pair {
    // SAFETY: lseek has no memory effects.
    sys(|| unsafe { libc::lseek(fd as i32, off, whence as i32) })
}

/// `unlink(name string) (errno int)`.
pub extern "C" fn unlink(_g: *mut G, p: *const u8, n: usize) -> i64 {
    // SAFETY: c is a NUL-terminated path.
    path_call(p, n, |c| unsafe { libc::unlink(c) })
}

/// `rmdir(name string) (errno int)`.
pub extern "C" fn rmdir(_g: *mut G, p: *const u8, n: usize) -> i64 {
    // SAFETY: c is a NUL-terminated path.
    path_call(p, n, |c| unsafe { libc::rmdir(c) })
}

/// `mkdir(name string, perm uint32) (errno int)`.
pub extern "C" fn mkdir(_g: *mut G, p: *const u8, n: usize, perm: u32) -> i64 {
    // SAFETY: c is a NUL-terminated path.
    path_call(p, n, |c| unsafe { libc::mkdir(c, perm) })
}

/// `chdir(name string) (errno int)`.
pub extern "C" fn chdir(_g: *mut G, p: *const u8, n: usize) -> i64 {
    // SAFETY: c is a NUL-terminated path.
    path_call(p, n, |c| unsafe { libc::chdir(c) })
}

/// `rename(from, to string) (errno int)`.
pub extern "C" fn rename(_g: *mut G, p: *const u8, n: usize, q: *const u8, m: usize) -> i64 {
    let (Some(from), Some(to)) = (c_path(p, n), c_path(q, m)) else { return libc::EINVAL as i64 };
    // SAFETY: both are NUL-terminated paths.
    sys(|| unsafe { libc::rename(from.as_ptr(), to.as_ptr()) } as i64).1 as i64
}

/// `stat(name string, fd int, follow bool) (size int64, mode uint32, mtime int64, dev, ino uint64, errno int)`:
/// fstat of fd when fd >= 0, else stat (follow) or lstat of name. Six words in
/// `g.retbuf`; mode is st_mode, mtime in nanoseconds since 1970, dev and ino
/// what tells files apart (`os.SameFile`).
pub extern "C" fn stat(g: *mut G, p: *const u8, n: usize, fd: i64, follow: u8) {
    // SAFETY: all-zero is a valid struct stat.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let Pair(_, e) = if fd >= 0 {
        // SAFETY: st is a valid out-parameter.
        sys(|| unsafe { libc::fstat(fd as i32, &mut st) } as i64)
    } else {
        match c_path(p, n) {
            // SAFETY: c is a NUL-terminated path and st a valid out-parameter.
            Some(c) if follow != 0 => sys(|| unsafe { libc::stat(c.as_ptr(), &mut st) } as i64),
            // SAFETY: as above.
            Some(c) => sys(|| unsafe { libc::lstat(c.as_ptr(), &mut st) } as i64),
            None => Pair(0, libc::EINVAL as u64),
        }
    };
    let mtime = st.st_mtime as i64 * 1_000_000_000 + st.st_mtime_nsec as i64;
    retbuf(g, &[st.st_size as u64, st.st_mode as u64, mtime as u64, st.st_dev, st.st_ino, e]);
}

/// `getwd() (dir string, errno int)`: three words in `g.retbuf`.
pub extern "C" fn getwd(g: *mut G) {
    match std::env::current_dir() {
        Ok(d) => {
            let s = new_string(d.as_os_str().as_encoded_bytes());
            retbuf(g, &[s.ptr as u64, s.len as u64, 0]);
        }
        Err(e) => retbuf(g, &[0, 0, e.raw_os_error().unwrap_or(libc::EIO) as u64]),
    }
}

/// `readdirnames(name string) (names []string, errno int)`: the entries of a
/// directory but "." and "..", in the order the system lists them; four words
/// in `g.retbuf`.
pub extern "C" fn readdirnames(g: *mut G, p: *const u8, n: usize) {
    let path = std::path::Path::new(std::ffi::OsStr::from_bytes(str_arg(p, n)));
    let names: Result<Vec<Vec<u8>>, std::io::Error> =
        std::fs::read_dir(path).and_then(|d| d.map(|e| e.map(|e| e.file_name().as_encoded_bytes().to_vec())).collect());
    match names {
        Ok(names) => {
            let s = string_slice(&names);
            retbuf(g, &[s as u64, names.len() as u64, names.len() as u64, 0]);
        }
        Err(e) => retbuf(g, &[0, 0, 0, e.raw_os_error().unwrap_or(libc::EIO) as u64]),
    }
}

/// `chmod(name string, fd int, mode uint32) (errno int)`: fchmod of fd when
/// fd >= 0, else chmod of name.
pub extern "C" fn chmod(_g: *mut G, p: *const u8, n: usize, fd: i64, mode: u32) -> i64 {
    if fd >= 0 {
        // SAFETY: fchmod has no memory effects.
        return sys(|| unsafe { libc::fchmod(fd as i32, mode) } as i64).1 as i64;
    }
    // SAFETY: c is a NUL-terminated path.
    path_call(p, n, |c| unsafe { libc::chmod(c, mode) })
}

/// `chown(name string, uid, gid int, follow bool) (errno int)`: chown
/// (follow) or lchown of name.
pub extern "C" fn chown(_g: *mut G, p: *const u8, n: usize, uid: i64, gid: i64, follow: u8) -> i64 {
    let (uid, gid) = (uid as libc::uid_t, gid as libc::gid_t);
    // SAFETY: c is a NUL-terminated path.
    path_call(p, n, |c| unsafe {
        if follow != 0 {
            libc::chown(c, uid, gid)
        } else {
            libc::lchown(c, uid, gid)
        }
    })
}

/// `fchown(fd, uid, gid int) (errno int)`.
pub extern "C" fn fchown(_g: *mut G, fd: i64, uid: i64, gid: i64) -> i64 {
    // SAFETY: fchown has no memory effects.
    sys(|| unsafe { libc::fchown(fd as i32, uid as libc::uid_t, gid as libc::gid_t) } as i64).1 as i64
}

/// `chtimes(name string, atime, mtime int64, keep int) (errno int)`: the
/// access and modification times of name in nanoseconds since 1970; bit 0 of
/// keep leaves the access time as it is, bit 1 the modification time.
pub extern "C" fn chtimes(_g: *mut G, p: *const u8, n: usize, atime: i64, mtime: i64, keep: i64) -> i64 {
    let ts = |ns: i64, keep: bool| match keep {
        true => libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_OMIT },
        false => libc::timespec { tv_sec: ns.div_euclid(1_000_000_000), tv_nsec: ns.rem_euclid(1_000_000_000) },
    };
    let times = [ts(atime, keep & 1 != 0), ts(mtime, keep & 2 != 0)];
    // SAFETY: c is a NUL-terminated path and times two timespecs.
    path_call(p, n, |c| unsafe { libc::utimensat(libc::AT_FDCWD, c, times.as_ptr(), 0) })
}

/// `truncate(name string, fd int, size int64) (errno int)`: ftruncate of fd
/// when fd >= 0, else truncate of name.
pub extern "C" fn truncate(_g: *mut G, p: *const u8, n: usize, fd: i64, size: i64) -> i64 {
    if fd >= 0 {
        // SAFETY: ftruncate has no memory effects.
        return sys(|| unsafe { libc::ftruncate(fd as i32, size) } as i64).1 as i64;
    }
    // SAFETY: c is a NUL-terminated path.
    path_call(p, n, |c| unsafe { libc::truncate(c, size) })
}

/// `fsync(fd int) (errno int)`.
pub extern "C" fn fsync(_g: *mut G, fd: i64) -> i64 {
    // SAFETY: fsync has no memory effects.
    sys(|| unsafe { libc::fsync(fd as i32) } as i64).1 as i64
}

/// `link(old, new string, symbolic bool) (errno int)`: a hard or symbolic link
/// new to old.
pub extern "C" fn link(_g: *mut G, p: *const u8, n: usize, q: *const u8, m: usize, symbolic: u8) -> i64 {
    let (Some(old), Some(new)) = (c_path(p, n), c_path(q, m)) else { return libc::EINVAL as i64 };
    // SAFETY: both are NUL-terminated paths.
    sys(|| unsafe {
        if symbolic != 0 {
            libc::symlink(old.as_ptr(), new.as_ptr())
        } else {
            libc::link(old.as_ptr(), new.as_ptr())
        }
    } as i64)
    .1 as i64
}

/// `readlink(name string) (target string, errno int)`: three words in
/// `g.retbuf`.
pub extern "C" fn readlink(g: *mut G, p: *const u8, n: usize) {
    let path = std::path::Path::new(std::ffi::OsStr::from_bytes(str_arg(p, n)));
    string_result(g, std::fs::read_link(path).map(|t| t.into_os_string().into_vec()));
}

/// `executable() (path string, errno int)`: what /proc/self/exe links to.
pub extern "C" fn executable(g: *mut G) {
    string_result(g, std::fs::read_link("/proc/self/exe").map(|t| t.into_os_string().into_vec()));
}

/// A (string, errno) result in `g.retbuf`.
fn string_result(g: *mut G, r: std::io::Result<Vec<u8>>) {
    match r {
        Ok(b) => {
            let s = new_string(&b);
            retbuf(g, &[s.ptr as u64, s.len as u64, 0]);
        }
        Err(e) => retbuf(g, &[0, 0, e.raw_os_error().unwrap_or(libc::EIO) as u64]),
    }
}

/// `pipe() (r, w, errno int)`: a pipe's read and write ends, close-on-exec.
pub extern "C" fn pipe(g: *mut G) {
    let mut fds = [0i32; 2];
    // SAFETY: fds has room for the two descriptors.
    let Pair(_, e) = sys(|| unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } as i64);
    if e == 0 {
        fds.iter().for_each(|&fd| forget_fd(fd as i64));
    }
    retbuf(g, &[fds[0] as u64, fds[1] as u64, e]);
}

/// `syscall.errstr(e int) string`: strerror, its first letter lowercased as Go's
/// table spells the messages ("no such file or directory").
pub extern "C" fn errstr(_g: *mut G, e: i64) -> GoString {
    let msg = std::io::Error::from_raw_os_error(e as i32).to_string();
    let msg = msg.split(" (os error").next().unwrap_or("");
    if msg.starts_with("Unknown error") {
        return GoString::EMPTY;
    }
    let mut chars = msg.chars();
    let lowered: String = chars.next().map(|c| c.to_ascii_lowercase()).into_iter().chain(chars).collect();
    new_string(lowered.as_bytes())
}

/// `syscall.kill(pid, sig int) (errno int)`.
pub extern "C" fn kill(_g: *mut G, pid: i64, sig: i64) -> i64 {
    // SAFETY: kill has no memory effects.
    sys(|| unsafe { libc::kill(pid as libc::pid_t, sig as i32) } as i64).1 as i64
}

pub extern "C" fn getpid(_g: *mut G) -> i64 {
    // SAFETY: getpid cannot fail.
    unsafe { libc::getpid() as i64 }
}

pub extern "C" fn getppid(_g: *mut G) -> i64 {
    // SAFETY: getppid cannot fail.
    unsafe { libc::getppid() as i64 }
}

pub extern "C" fn getpagesize(_g: *mut G) -> i64 {
    // SAFETY: sysconf has no memory effects.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as i64 }
}

/// `syscall.mmap(length uintptr, prot, flags, fd int, offset int64) (addr
/// uintptr, errno int)`: a new mapping, wherever the kernel puts it.
pub extern "C" fn mmap(_g: *mut G, length: usize, prot: i64, flags: i64, fd: i64, offset: i64) -> Pair {
    // SAFETY: a mapping at an address the kernel chooses (no MAP_FIXED can
    // replace memory in use: the address hint is null... unless the program
    // asks for MAP_FIXED at null, which the kernel refuses).
    sys(|| unsafe { libc::mmap(std::ptr::null_mut(), length, prot as i32, flags as i32, fd as i32, offset) as i64 })
}

/// `syscall.munmap(addr, length uintptr) (errno int)`: only of a mapping
/// `Mmap` made and its table still holds.
pub extern "C" fn munmap(_g: *mut G, addr: usize, length: usize) -> i64 {
    // SAFETY: syscall.Munmap passes a whole mapping of its own, which only the
    // program's slices of it refer to (as in Go, using them afterwards faults).
    sys(|| unsafe { libc::munmap(addr as *mut libc::c_void, length) } as i64).1 as i64
}

/// `syscall.mprotect(addr, length uintptr, prot int) (errno int)`.
pub extern "C" fn mprotect(_g: *mut G, addr: usize, length: usize, prot: i64) -> i64 {
    // SAFETY: the pages of a slice the program passed, as Go's Mprotect does:
    // protecting memory the runtime uses faults, in Go as here.
    sys(|| unsafe { libc::mprotect(addr as *mut libc::c_void, length, prot as i32) } as i64).1 as i64
}

/// `syscall.madvise(addr, length uintptr, advice int) (errno int)`.
pub extern "C" fn madvise(_g: *mut G, addr: usize, length: usize, advice: i64) -> i64 {
    // SAFETY: advice about the pages of a slice the program passed, as Go's
    // Madvise gives it.
    sys(|| unsafe { libc::madvise(addr as *mut libc::c_void, length, advice as i32) } as i64).1 as i64
}
