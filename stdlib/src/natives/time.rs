//! time: the clocks and sleeping.

use minigo_runtime::abi::{Pair, G};
use minigo_runtime::time as rtime;

/// (wall clock, monotonic clock) in nanoseconds.
pub extern "C" fn now(_g: *mut G) -> Pair {
    Pair(rtime::walltime() as u64, rtime::nanotime() as u64)
}

/// `time.Sleep`: parks the goroutine on a timer.
pub extern "C" fn sleep(g: *mut G, d: i64) {
    // SAFETY: this native's contract is rtime::sleep's.
    unsafe { rtime::sleep(g, d) }
}

/// Arms a timer sending the time on `c` after `when` ns (then every `period`).
pub extern "C" fn start_timer(_g: *mut G, when: i64, period: i64, c: usize) -> i64 {
    rtime::add(rtime::nanotime().saturating_add(when), period, rtime::Action::SendTime(c as *mut _)) as i64
}

/// Arms a timer starting a goroutine running `f` after `when` ns.
pub extern "C" fn start_func_timer(_g: *mut G, when: i64, f: usize) -> i64 {
    rtime::add(rtime::nanotime().saturating_add(when), 0, rtime::Action::Go(f)) as i64
}

pub extern "C" fn stop_timer(_g: *mut G, id: i64) -> u8 {
    rtime::stop(id as u64) as u8
}

pub extern "C" fn reset_timer(_g: *mut G, id: i64, when: i64) -> u8 {
    rtime::reset(id as u64, rtime::nanotime().saturating_add(when)) as u8
}

/// `log.localOffset(sec int64) int`: the local zone's offset from UTC in
/// seconds at Unix time `sec` (the C library's localtime_r reads TZ and
/// /etc/localtime as Go's time package does).
pub extern "C" fn local_offset(_g: *mut G, sec: i64) -> i64 {
    let t = sec as libc::time_t;
    // SAFETY: all-zero is a valid struct tm; localtime_r writes it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return 0;
    }
    tm.tm_gmtoff
}
