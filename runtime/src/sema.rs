//! Semaphores for the sync package (Go's `sema.go`): a counter in Go memory and
//! a queue of goroutines waiting on its address. `sync.Mutex`, `RWMutex`,
//! `WaitGroup` and `Cond` are Go code built on these and atomics.

use crate::abi::G;
use crate::lock::Mutex;
use std::cell::UnsafeCell;
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU32, Ordering};

struct Table(UnsafeCell<Option<HashMap<usize, VecDeque<*mut G>>>>);
// SAFETY: accessed only with LOCK held.
unsafe impl Sync for Table {}

static LOCK: Mutex = Mutex::new();
static WAITERS: Table = Table(UnsafeCell::new(None));

fn waiters() -> &'static mut HashMap<usize, VecDeque<*mut G>> {
    // SAFETY: LOCK is held by every caller.
    unsafe { (*WAITERS.0.get()).get_or_insert_with(HashMap::new) }
}

/// Why a goroutine waits on a semaphore, as Go names it (by the code sync passes).
fn reason(code: i64) -> &'static str {
    match code {
        1 => "sync.Mutex.Lock",
        2 => "sync.RWMutex.RLock",
        3 => "sync.RWMutex.Lock",
        4 => "sync.WaitGroup.Wait",
        5 => "sync.Cond.Wait",
        _ => "semacquire",
    }
}

/// Waits until the count at `addr` is positive, then decrements it.
///
/// # Safety
/// Called only through its native's trampoline, as compiled code calls it: `g` is the calling
/// goroutine, stopped in this call, and every pointer argument is valid for its Go type.
pub unsafe extern "C" fn semacquire(g: *mut G, addr: *const AtomicU32, why: i64) {
    // SAFETY: addr points at a live uint32 of Go code.
    let sema = unsafe { &*addr };
    LOCK.lock();
    let n = sema.load(Ordering::Acquire);
    if n > 0 {
        sema.store(n - 1, Ordering::Release);
        LOCK.unlock();
        return;
    }
    waiters().entry(addr as usize).or_default().push_back(g);
    crate::proc::gopark(g, Some(&LOCK), reason(why));
}

/// Wakes one waiter of `addr` (handing it the count), or increments the count.
///
/// # Safety
/// Called only through its native's trampoline, as compiled code calls it: `g` is the calling
/// goroutine, stopped in this call, and every pointer argument is valid for its Go type.
pub unsafe extern "C" fn semrelease(_g: *mut G, addr: *const AtomicU32) {
    // SAFETY: as in semacquire.
    let sema = unsafe { &*addr };
    LOCK.lock();
    let w = waiters();
    let woken = w.get_mut(&(addr as usize)).and_then(|q| q.pop_front());
    match woken {
        Some(g) => {
            if w.get(&(addr as usize)).is_some_and(|q| q.is_empty()) {
                w.remove(&(addr as usize));
            }
            crate::proc::goready(g);
        }
        None => {
            sema.fetch_add(1, Ordering::AcqRel);
        }
    }
    LOCK.unlock();
}
