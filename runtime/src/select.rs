//! `select` (Go's `select.go`): polls its cases in a random order and takes the
//! first that can proceed; with none ready it either returns (`default`) or
//! enqueues on every channel and parks until one operation claims it.

use crate::abi::{Pair, SCase, G, SCASE_SEND};
use crate::chan::{enqueue_select, may_proceed, try_recv, try_send, HChan, RECV_OK};
use smallvec::SmallVec;
use std::sync::atomic::AtomicU32;
use std::sync::Arc;

/// Runs a select over `n` cases at `cases`; `block` is false when it has a
/// `default`. Returns (the chosen case, or -1 for default; whether a receive got
/// a value). A send on a closed channel is chosen with result 2 (compiled code
/// panics).
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn selectgo(g: *mut G, cases: *const SCase, n: usize, block: u64) -> Pair {
    // SAFETY: compiled code passes n cases.
    let cases = unsafe { std::slice::from_raw_parts(cases, n) };
    // poll in random order; lock in address order (so concurrent selects over the
    // same channels cannot deadlock)
    let mut order: SmallVec<[usize; 8]> = (0..n).filter(|&i| !cases[i].c.is_null()).collect();
    for i in (1..order.len()).rev() {
        let j = crate::fastrand() as usize % (i + 1);
        order.swap(i, j);
    }
    // A case that can proceed now is taken holding its channel's lock alone:
    // the consumer of a busy fan-in then does not hold every producer's channel
    // while it polls. Only when none can proceed are all locked at once, so that
    // enqueueing on every channel (or choosing `default`) is atomic, as in Go.
    for &i in &order {
        // SAFETY: c is a live channel, locked for the attempt.
        let (cs, c) = (&cases[i], unsafe { &mut *cases[i].c });
        if !may_proceed(c, cs.kind == SCASE_SEND) {
            continue;
        }
        c.lock.lock();
        let r = attempt(c, cs);
        c.lock.unlock();
        if let Some(r) = r {
            return Pair(i as u64, r);
        }
    }
    let mut locks: SmallVec<[*mut HChan; 8]> = order.iter().map(|&i| cases[i].c).collect();
    locks.sort_unstable();
    locks.dedup();
    for &c in &locks {
        // SAFETY: c is a live channel.
        unsafe { (*c).lock.lock() };
    }
    let unlock_all = || {
        for &c in locks.iter().rev() {
            // SAFETY: locked above.
            unsafe { (*c).lock.unlock() };
        }
    };
    for &i in &order {
        let cs = &cases[i];
        // SAFETY: c is locked.
        let c = unsafe { &mut *cs.c };
        if let Some(r) = attempt(c, cs) {
            unlock_all();
            return Pair(i as u64, r);
        }
    }
    if block == 0 {
        unlock_all();
        return Pair(u64::MAX, 0);
    }
    if order.is_empty() {
        crate::proc::gopark(g, None, if n == 0 { "select (no cases)" } else { "select" });
        return Pair(0, 0);
    }
    let sel = Arc::new(AtomicU32::new(0));
    for &i in &order {
        let cs = &cases[i];
        // SAFETY: c is locked.
        enqueue_select(unsafe { &mut *cs.c }, cs.kind == SCASE_SEND, g, cs.elem, sel.clone(), i);
    }
    // park, releasing every lock once parked
    crate::proc::gopark(g, None, "select");
    // SAFETY: g is the current goroutine.
    unsafe { (*g).park_locks = locks.iter().map(|&c| &(*c).lock as *const crate::lock::Mutex).collect() };
    Pair(0, 0)
}

/// Case `cs` on its locked channel `c`, if it can proceed: the select's second
/// result (a receive's ok; 2 for a send on a closed channel).
fn attempt(c: &mut HChan, cs: &SCase) -> Option<u64> {
    if cs.kind == SCASE_SEND {
        try_send(c, cs.elem).map(|r| r * 2)
    } else {
        try_recv(c, cs.elem).map(|r| (r == RECV_OK) as u64)
    }
}
