//! time: the clocks and sleeping.

use minigo_runtime::abi::{Pair, G};

fn clock(id: libc::clockid_t) -> i64 {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes the timespec.
    unsafe { libc::clock_gettime(id, &mut t) };
    t.tv_sec * 1_000_000_000 + t.tv_nsec
}

/// (wall clock, monotonic clock) in nanoseconds.
pub extern "C" fn now(_g: *mut G) -> Pair {
    Pair(clock(libc::CLOCK_REALTIME) as u64, clock(libc::CLOCK_MONOTONIC) as u64)
}

/// Blocks the thread (the scheduler replaces this with a timer that parks only the
/// goroutine).
pub extern "C" fn sleep(_g: *mut G, d: i64) {
    if d > 0 {
        std::thread::sleep(std::time::Duration::from_nanos(d as u64));
    }
}
