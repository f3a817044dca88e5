//! The runtime's own synchronization, on futexes (Go's `lock_futex.go`): a
//! `Mutex` for runtime data structures, `Locked<T>` for data a mutex guards, and
//! a `Note` for a thread to sleep on.
//!
//! Runtime globals are written in one of these ways, each with its invariant
//! next to it: atomics for what is read without a lock; `Locked<T>` for what a
//! runtime lock guards (every access goes through `with`, or through the
//! `unsafe fn get` of code that holds the lock across a park); thread-locals for
//! what belongs to one M (`proc::curm`, an `unsafe fn`); and std's
//! `Mutex`/`RwLock`/`OnceLock` for state that is never held across a park and
//! that threads other than Ms touch too (output, line tables, the REPL's
//! hand-offs). No `static mut`, and no safe function hands out a `&'static mut`.
//!
//! Hand-rolled rather than `std::sync` because the park protocol releases a lock
//! on a different stack frame (in `park_m`, on g0) than the one that took it (in
//! a channel operation), which guard-based locks cannot express.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

const UNLOCKED: u32 = 0;
const LOCKED: u32 = 1;
const CONTENDED: u32 = 2;

/// A runtime mutex. Taken only on system stacks, never across a goroutine switch
/// (except the lock `gopark` hands to `park_m` to release).
pub struct Mutex {
    state: AtomicU32,
}

fn futex_wait(word: &AtomicU32, val: u32, timeout: Option<Duration>) {
    let ts = timeout.map(|d| libc::timespec { tv_sec: d.as_secs() as libc::time_t, tv_nsec: d.subsec_nanos() as libc::c_long });
    let tsp = ts.as_ref().map_or(std::ptr::null(), |t| t as *const libc::timespec);
    // SAFETY: a futex wait on a live word; spurious returns are handled by callers.
    unsafe { libc::syscall(libc::SYS_futex, word.as_ptr(), libc::FUTEX_WAIT | libc::FUTEX_PRIVATE_FLAG, val, tsp) };
}

fn futex_wake(word: &AtomicU32, n: i32) {
    // SAFETY: waking waiters of a live word.
    unsafe { libc::syscall(libc::SYS_futex, word.as_ptr(), libc::FUTEX_WAKE | libc::FUTEX_PRIVATE_FLAG, n) };
}

impl Mutex {
    pub const fn new() -> Mutex {
        Mutex { state: AtomicU32::new(UNLOCKED) }
    }

    pub fn lock(&self) {
        if self.state.compare_exchange(UNLOCKED, LOCKED, Ordering::Acquire, Ordering::Relaxed).is_ok() {
            return;
        }
        for _ in 0..64 {
            std::hint::spin_loop();
            if self.state.load(Ordering::Relaxed) == UNLOCKED && self.state.compare_exchange(UNLOCKED, LOCKED, Ordering::Acquire, Ordering::Relaxed).is_ok() {
                return;
            }
        }
        while self.state.swap(CONTENDED, Ordering::Acquire) != UNLOCKED {
            futex_wait(&self.state, CONTENDED, None);
        }
    }

    pub fn unlock(&self) {
        if self.state.swap(UNLOCKED, Ordering::Release) == CONTENDED {
            futex_wake(&self.state, 1);
        }
    }
}

impl Default for Mutex {
    fn default() -> Self {
        Mutex::new()
    }
}

/// Data guarded by a runtime `Mutex`.
///
/// Invariant: the data is reached only while `mutex` is held — by `with`, or by
/// a caller of `get` that holds it. The mutex is exposed because the park
/// protocol releases it elsewhere: `gopark` hands it to `park_m`, which unlocks
/// it on the system stack once the goroutine is parked.
pub struct Locked<T> {
    mutex: Mutex,
    data: std::cell::UnsafeCell<T>,
}

// SAFETY: the data is only reached with the mutex held (the invariant above), so
// one thread at a time; what it holds (raw pointers to Gs, Ps, channels) is
// handed between threads by design.
unsafe impl<T> Sync for Locked<T> {}

impl<T> Locked<T> {
    pub const fn new(data: T) -> Locked<T> {
        Locked { mutex: Mutex::new(), data: std::cell::UnsafeCell::new(data) }
    }

    /// Runs `f` on the data with the mutex held.
    pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        self.mutex.lock();
        // SAFETY: the mutex is held, and the reference does not outlive `f`.
        let r = f(unsafe { &mut *self.data.get() });
        self.mutex.unlock();
        r
    }

    /// The mutex, for code that holds it across more than one closure (a park).
    pub fn mutex(&self) -> &Mutex {
        &self.mutex
    }

    /// The data.
    ///
    /// # Safety
    /// The caller holds `mutex()` for as long as it uses the reference, and holds
    /// no other reference to the data.
    #[allow(clippy::mut_from_ref, reason = "exclusive by the mutex, which the caller holds")]
    pub unsafe fn get(&self) -> &mut T {
        // SAFETY: as the caller promises.
        unsafe { &mut *self.data.get() }
    }
}

/// A one-time event a thread can sleep on until another signals it (Go's `note`).
pub struct Note {
    key: AtomicU32,
}

impl Note {
    pub const fn new() -> Note {
        Note { key: AtomicU32::new(0) }
    }

    pub fn clear(&self) {
        self.key.store(0, Ordering::Relaxed);
    }

    pub fn wakeup(&self) {
        if self.key.swap(1, Ordering::Release) == 0 {
            futex_wake(&self.key, 1);
        }
    }

    /// Sleeps until `wakeup` (true) or the timeout passes (false).
    pub fn sleep(&self, timeout: Option<Duration>) -> bool {
        let deadline = timeout.map(|d| std::time::Instant::now() + d);
        while self.key.load(Ordering::Acquire) == 0 {
            let left = match deadline {
                Some(d) => match d.checked_duration_since(std::time::Instant::now()) {
                    Some(l) if !l.is_zero() => Some(l),
                    _ => return self.key.load(Ordering::Acquire) != 0,
                },
                None => None,
            };
            futex_wait(&self.key, 0, left);
        }
        true
    }
}

impl Default for Note {
    fn default() -> Self {
        Note::new()
    }
}
