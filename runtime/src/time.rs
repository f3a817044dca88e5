//! Timers (Go's `time.go`): one heap of deadlines for the whole program. Ms
//! looking for work run the timers that are due; an M with nothing to do sleeps
//! until the earliest deadline. So sleeping goroutines cost no thread.

use crate::abi::G;
use crate::lock::Locked;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::sync::atomic::{AtomicI64, Ordering};

/// What a timer does when it fires.
pub enum Action {
    /// Wakes a goroutine parked in `time.Sleep`.
    Ready(*mut G),
    /// Sends the current time, without blocking, on a channel (`time.After`,
    /// `Timer`, `Ticker`).
    SendTime(*mut crate::chan::HChan),
    /// Starts a goroutine running a func value (`time.AfterFunc`).
    Go(usize),
}

struct Timer {
    when: i64,
    period: i64,
    action: Action,
}

struct Timers {
    heap: BinaryHeap<Reverse<(i64, u64)>>,
    live: HashMap<u64, Timer>,
    next_id: u64,
}

/// The timers. `time.Sleep` hands their lock to `gopark`, so a timer cannot fire
/// before its goroutine is parked.
static TIMERS: Locked<Option<Timers>> = Locked::new(None);
/// Go pointers the pending timers hold (the collector's roots): the func values
/// they start, and the channels they send on that a goroutine is waiting on.
///
/// A timer's channel nobody waits on is not a root, as in Go since 1.23: if
/// nothing else reaches it, no one can ever receive what the timer would send,
/// and the timer goes with it (`forget_unreachable`). A program that calls
/// `time.After(time.Hour)` in a loop, in a `select` another case wins, keeps no
/// memory for the hour. A goroutine blocked on the channel (`<-time.After(d)`)
/// may hold no other reference to it — compiled code passed it to the receive
/// and no longer needs it — so there the timer keeps it.
pub fn gc_roots(mark: &mut dyn FnMut(usize)) {
    TIMERS.with(|t| {
        for tm in t.iter().flat_map(|t| t.live.values()) {
            match tm.action {
                Action::Ready(_) => {}
                // SAFETY: the world is stopped; a pending timer's channel is live.
                Action::SendTime(c) if unsafe { (*c).recvq.has_waiters() } => mark(c as usize),
                Action::SendTime(_) => {}
                Action::Go(fv) => mark(fv),
            }
        }
    })
}

/// Drops the timers whose channels marking found unreachable (see `gc_roots`),
/// before their channels are freed.
///
/// # Safety
/// The world is stopped, between marking and sweeping.
pub unsafe fn forget_unreachable() {
    TIMERS.with(|t| {
        let Some(t) = t else { return };
        // SAFETY: as the caller promises.
        t.live.retain(|_, tm| !matches!(tm.action, Action::SendTime(c) if !unsafe { crate::mgcmark::is_marked(c as usize) }));
        update_earliest(t);
    })
}

/// The earliest deadline (i64::MAX when none), readable without the lock.
static EARLIEST: AtomicI64 = AtomicI64::new(i64::MAX);

/// The earliest deadline an idle M sleeps until (i64::MAX when none sleeps
/// with one). Never earlier than the truth — a timer armed after it would then
/// go unnoticed — but it may be later (an M that woke on another's deadline
/// does not restore that one), which only costs a wake.
static SLEEP_UNTIL: AtomicI64 = AtomicI64::new(i64::MAX);

/// An idle M is going to sleep until `deadline` (i64::MAX: until woken).
pub fn sleeping_until(deadline: i64) {
    SLEEP_UNTIL.fetch_min(deadline, Ordering::AcqRel);
}

/// An idle M that slept until `deadline` is awake.
pub fn awake(deadline: i64) {
    let _ = SLEEP_UNTIL.compare_exchange(deadline, i64::MAX, Ordering::AcqRel, Ordering::Relaxed);
}

/// The monotonic clock, in nanoseconds.
pub fn nanotime() -> i64 {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes the timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut t) };
    t.tv_sec * 1_000_000_000 + t.tv_nsec
}

/// The `*time.Location` of the Times timer channels carry (`time.Local`, a
/// package variable, so always reachable); 0 until package time registers it.
static LOCAL_LOCATION: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

pub fn set_local_location(l: usize) {
    LOCAL_LOCATION.store(l, std::sync::atomic::Ordering::Relaxed);
}

/// A `time.Time` as package time lays it out: seconds since January 1, year 1
/// UTC; nanoseconds within the second; the monotonic reading; the Location.
pub fn time_value(wall: i64, mono: i64) -> [i64; 4] {
    const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;
    let loc = LOCAL_LOCATION.load(std::sync::atomic::Ordering::Relaxed) as i64;
    [wall.div_euclid(1_000_000_000) + UNIX_TO_INTERNAL, wall.rem_euclid(1_000_000_000), mono, loc]
}

/// The wall clock, in nanoseconds since 1970.
pub fn walltime() -> i64 {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: as above.
    unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut t) };
    t.tv_sec * 1_000_000_000 + t.tv_nsec
}

/// The timers.
///
/// # Safety
/// The caller holds `TIMERS.mutex()` while it uses them.
unsafe fn timers() -> &'static mut Timers {
    // SAFETY: as the caller promises.
    unsafe { TIMERS.get().get_or_insert_with(|| Timers { heap: BinaryHeap::new(), live: HashMap::new(), next_id: 1 }) }
}

/// Sets `EARLIEST` from the heap, dropping the entries of timers stopped or
/// reset (which stay in the heap until they come to its top). When those are
/// most of the heap it is rebuilt from the live timers: a program that stops
/// its timers long before they are due (a context with a timeout, cancelled)
/// would otherwise grow it without bound. Rebuilding when the heap is twice the
/// live timers costs O(1) a stale entry.
fn update_earliest(t: &mut Timers) {
    if t.heap.len() > 2 * t.live.len() + 64 {
        t.heap = t.live.iter().map(|(&id, tm)| Reverse((tm.when, id))).collect();
    }
    while let Some(&Reverse((when, id))) = t.heap.peek() {
        if t.live.get(&id).is_some_and(|tm| tm.when == when) {
            EARLIEST.store(when, Ordering::Release);
            return;
        }
        t.heap.pop();
    }
    EARLIEST.store(i64::MAX, Ordering::Release);
}

/// Arms a timer firing at `when` (then every `period` ns if positive).
///
/// # Safety
/// The caller holds `TIMERS.mutex()`.
unsafe fn add_locked(when: i64, period: i64, action: Action) -> u64 {
    // SAFETY: as the caller promises.
    let t = unsafe { timers() };
    let id = t.next_id;
    t.next_id += 1;
    t.live.insert(id, Timer { when, period, action });
    t.heap.push(Reverse((when, id)));
    update_earliest(t);
    // an idle M sleeping until a later deadline, or with none, must wake to sleep
    // until this one; one that wakes before it will see it then (Go's
    // `wakeNetPoller(when)`: a program that arms timers far ahead and stops them,
    // contexts with timeouts, wakes no thread)
    if when < SLEEP_UNTIL.load(Ordering::Acquire) {
        crate::proc::wakep();
    }
    id
}

pub fn add(when: i64, period: i64, action: Action) -> u64 {
    TIMERS.mutex().lock();
    // SAFETY: the lock is held.
    let id = unsafe { add_locked(when, period, action) };
    TIMERS.mutex().unlock();
    id
}

/// Disarms a timer; reports whether it had not fired yet.
pub fn stop(id: u64) -> bool {
    TIMERS.mutex().lock();
    // SAFETY: the lock is held while t is used.
    let t = unsafe { timers() };
    let was = t.live.remove(&id).is_some();
    update_earliest(t);
    TIMERS.mutex().unlock();
    was
}

/// The earliest pending deadline.
pub fn next_deadline() -> Option<i64> {
    let e = EARLIEST.load(Ordering::Acquire);
    (e != i64::MAX).then_some(e)
}

pub fn pending() -> bool {
    next_deadline().is_some()
}

/// Runs the timers that are due (called by Ms looking for work, holding a P).
pub fn run_timers() {
    // with no timer armed, no clock read either: this runs at every switch
    let earliest = EARLIEST.load(Ordering::Acquire);
    if earliest == i64::MAX || earliest > nanotime() {
        return;
    }
    TIMERS.mutex().lock();
    let now = nanotime();
    // SAFETY: the lock is held while t is used.
    let t = unsafe { timers() };
    let mut due = Vec::new();
    while let Some(&Reverse((when, id))) = t.heap.peek() {
        if when > now {
            break;
        }
        t.heap.pop();
        let Some(tm) = t.live.get_mut(&id) else { continue };
        if tm.when != when {
            continue;
        }
        if tm.period > 0 {
            // a ticker: next tick, skipping missed ones
            let mut next = tm.when + tm.period;
            if next <= now {
                next += (now - next) / tm.period * tm.period + tm.period;
            }
            tm.when = next;
            t.heap.push(Reverse((next, id)));
            if let Action::SendTime(c) = tm.action {
                due.push(Action::SendTime(c));
            }
        } else {
            due.push(t.live.remove(&id).unwrap().action);
        }
    }
    update_earliest(t);
    // waking a sleeper must happen with the lock held: it was handed to gopark
    for a in due.iter() {
        if let Action::Ready(g) = a {
            // SAFETY: a sleeping goroutine's timer readies it exactly once.
            unsafe { crate::proc::goready(*g) };
        }
    }
    TIMERS.mutex().unlock();
    for a in due {
        match a {
            Action::Ready(_) => {}
            // SAFETY: a ticker's channel lives as long as its timer.
            Action::SendTime(c) => unsafe { crate::chan::send_time(c, walltime(), nanotime()) },
            Action::Go(fv) => crate::proc::newproc_from_runtime(fv, None),
        }
    }
}

/// `time.Sleep(d)`: parks `g` until a timer readies it.
///
/// # Safety
/// Called only through its native's trampoline, as compiled code calls it: `g` is the calling
/// goroutine, stopped in this call, and every pointer argument is valid for its Go type.
pub unsafe extern "C" fn sleep(g: *mut G, d: i64) {
    if d <= 0 {
        return;
    }
    TIMERS.mutex().lock();
    // SAFETY: the lock is held (and handed to gopark below).
    unsafe { add_locked(nanotime().saturating_add(d), 0, Action::Ready(g)) };
    // SAFETY: g is the calling goroutine, in the `time.Sleep` native.
    unsafe { crate::proc::gopark(g, Some(TIMERS.mutex()), "sleep") };
}
