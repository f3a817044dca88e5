//! time: the clocks and sleeping.

use super::{new_string, retbuf};
use minigo_runtime::abi::{GoString, Pair, G};
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
    // SAFETY: c is the `chan Time` of a time.Timer or time.Ticker.
    unsafe { minigo_runtime::chan::mark_timer(c as *mut _) };
    rtime::add(rtime::nanotime().saturating_add(when), period, rtime::Action::SendTime(c as *mut _)) as i64
}

/// Arms a timer starting a goroutine running `f` after `when` ns.
pub extern "C" fn start_func_timer(_g: *mut G, when: i64, f: usize) -> i64 {
    rtime::add(rtime::nanotime().saturating_add(when), 0, rtime::Action::Go(f)) as i64
}

pub extern "C" fn stop_timer(_g: *mut G, id: i64) -> u8 {
    rtime::stop(id as u64) as u8
}

/// `time.localName() string`: the name Go gives the local zone (its
/// `initLocal`): `Local` for /etc/localtime (TZ unset, or naming that file),
/// the zone of the tz database or the zone file TZ names (a leading `:`
/// dropped), and `UTC` for an empty TZ, `UTC`, or a TZ that names no zone
/// file. Native, not Go: every program with the time package runs it, and in
/// Go it would compile the zone-file reader into each.
pub extern "C" fn local_name(_g: *mut G) -> GoString {
    new_string(local_zone_name().as_bytes())
}

fn local_zone_name() -> String {
    // a zone file starts with TZif
    let is_zone_file = |path: &str| {
        let mut magic = [0u8; 4];
        std::fs::File::open(path).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut magic)).is_ok() && &magic == b"TZif"
    };
    let Some(tz) = std::env::var_os("TZ") else {
        return if is_zone_file("/etc/localtime") { "Local" } else { "UTC" }.into();
    };
    let tz = tz.to_string_lossy();
    let tz = tz.strip_prefix(':').unwrap_or(&tz);
    let found = match tz {
        "" | "UTC" => false,
        _ if tz.starts_with('/') => is_zone_file(tz),
        // Go's platformZoneSources
        _ => {
            ["/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/"].iter().any(|dir| is_zone_file(&format!("{dir}{tz}")))
        }
    };
    match tz {
        "/etc/localtime" if found => "Local".into(),
        _ if found => tz.into(),
        _ => "UTC".into(),
    }
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

/// `time.localZone(sec) (name string, offset int, isDST bool)`: the local
/// zone's abbreviation, offset and daylight saving at Unix time `sec`, from
/// localtime_r.
pub extern "C" fn local_zone(g: *mut G, sec: i64) {
    let t = sec as libc::time_t;
    // SAFETY: all-zero is a valid struct tm; localtime_r writes it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() || tm.tm_zone.is_null() {
        let s = new_string(b"UTC");
        return retbuf(g, &[s.ptr as u64, s.len as u64, 0, 0]);
    }
    // SAFETY: tm_zone points at a NUL-terminated abbreviation the C library keeps.
    let name = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_bytes();
    let s = new_string(name);
    retbuf(g, &[s.ptr as u64, s.len as u64, tm.tm_gmtoff as u64, (tm.tm_isdst > 0) as u64]);
}

/// `time.setLocal(l)`: the Location of the Times timer channels carry.
pub extern "C" fn set_local(_g: *mut G, l: usize) {
    rtime::set_local_location(l);
}
