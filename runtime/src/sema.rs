//! Semaphores for the sync package (Go's `sema.go`): a counter in Go memory and
//! a queue of goroutines waiting on its address. `sync.Mutex`, `RWMutex`,
//! `WaitGroup` and `Cond` are Go code built on these and atomics.

use crate::abi::G;
use crate::lock::Locked;
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU32, Ordering};

/// The goroutines waiting on each semaphore address, in arrival order. Its lock
/// also orders the semaphores' counts, and is handed to `gopark` by a waiter.
static WAITERS: Locked<Option<HashMap<usize, VecDeque<*mut G>>>> = Locked::new(None);

/// # Safety
/// The caller holds `WAITERS.mutex()`.
unsafe fn waiters() -> &'static mut HashMap<usize, VecDeque<*mut G>> {
    // SAFETY: as the caller promises.
    unsafe { WAITERS.get().get_or_insert_with(HashMap::new) }
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

/// Waits until the count at `addr` is positive, then decrements it. A waiter
/// queues last, or first when `lifo` (a `sync.Mutex` waiter woken before and
/// beaten to the mutex waits again at the head: Go's `queueLifo`).
///
/// # Safety
/// Called only through its native's trampoline, as compiled code calls it: `g` is the calling
/// goroutine, stopped in this call, and every pointer argument is valid for its Go type.
pub unsafe extern "C" fn semacquire(g: *mut G, addr: *const AtomicU32, why: i64, lifo: bool) {
    // SAFETY: addr points at a live uint32 of Go code.
    let sema = unsafe { &*addr };
    WAITERS.mutex().lock();
    let n = sema.load(Ordering::Acquire);
    if n > 0 {
        sema.store(n - 1, Ordering::Release);
        WAITERS.mutex().unlock();
        return;
    }
    // SAFETY: the lock is held; gopark releases it once g is parked.
    unsafe {
        let q = waiters().entry(addr as usize).or_default();
        if lifo {
            q.push_front(g);
        } else {
            q.push_back(g);
        }
        crate::proc::gopark(g, Some(WAITERS.mutex()), reason(why));
    }
}

/// Wakes one waiter of `addr` (handing it the count), or increments the count.
///
/// # Safety
/// Called only through its native's trampoline, as compiled code calls it: `g` is the calling
/// goroutine, stopped in this call, and every pointer argument is valid for its Go type.
pub unsafe extern "C" fn semrelease(_g: *mut G, addr: *const AtomicU32) {
    // SAFETY: as in semacquire.
    let sema = unsafe { &*addr };
    WAITERS.mutex().lock();
    // SAFETY: the lock is held until the end.
    let w = unsafe { waiters() };
    let woken = w.get_mut(&(addr as usize)).and_then(|q| q.pop_front());
    match woken {
        Some(g) => {
            if w.get(&(addr as usize)).is_some_and(|q| q.is_empty()) {
                w.remove(&(addr as usize));
            }
            // SAFETY: g was parked on this semaphore, under the lock still held.
            unsafe { crate::proc::goready(g) };
        }
        None => {
            sema.fetch_add(1, Ordering::AcqRel);
        }
    }
    WAITERS.mutex().unlock();
}
