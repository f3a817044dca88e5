//! `sync.Pool`'s part in the collector (Go's `poolCleanup`): a pool's objects
//! live until the next collection but one. Each collection, with the world
//! stopped and before marking, drops the objects every pool set aside at the
//! previous one (`victim`) and sets aside what each pool holds now (`items`
//! becomes `victim`), so that `Get` still finds them until the next
//! collection: a pool used steadily keeps about one cycle's worth, and a pool
//! no longer used gives everything back within two cycles, as in Go.
//!
//! A pool is on the list of those to clean (`Pools::all`) from its first `Put`
//! after a collection (`register`, called by sync's pool.go with the pool's mutex
//! held) until the next collection, and on `Pools::old` for one cycle more;
//! both lists are roots, so a listed pool is never freed under them.

use crate::lock::Locked;
use std::sync::atomic::{AtomicI32, Ordering};

/// The head of sync's `Pool` (pool.go), as Go lays it out (repr(C) gives the same
/// offsets: a `Mutex` of two 32-bit words, then two slice headers and a
/// bool).
#[repr(C)]
struct PoolHead {
    /// `Pool.mu.state`: bit 0 set while some goroutine holds the mutex.
    mu_state: AtomicI32,
    mu_sema: u32,
    /// `Pool.items` and `Pool.victim`: slices of `any` (pointer, len, cap).
    items: [usize; 3],
    victim: [usize; 3],
    /// `Pool.registered`: the pool is on `Pools::all`.
    registered: bool,
}

/// The pools to clean at the next collection (`all`: used since the last
/// one) and those whose victims it drops (`old`: used before it). Addresses
/// of live `Pool`s (both lists are roots).
struct Pools {
    all: Vec<usize>,
    old: Vec<usize>,
}

static POOLS: Locked<Pools> = Locked::new(Pools { all: Vec::new(), old: Vec::new() });

/// Puts the pool at `p` on the list of those to clean (sync's `registerPool`,
/// called once per pool and cycle, with its mutex held and `registered` just set).
pub fn register(p: usize) {
    POOLS.with(|pools| pools.all.push(p));
}

/// Drops the victims of the pools used before the last collection and sets
/// aside what the pools used since hold. A pool whose mutex is held is left
/// as it is (the goroutine holding it may be stopped halfway through changing
/// its slices) and stays listed for the next collection.
///
/// # Safety
/// The world is stopped, and every listed address is a live `sync.Pool`.
pub unsafe fn cleanup() {
    POOLS.with(|pools| {
        let old = std::mem::take(&mut pools.old);
        let all = std::mem::take(&mut pools.all);
        // SAFETY (for the block): listed pools are live (the lists are roots),
        // and no goroutine runs.
        unsafe {
            for &p in &old {
                let h = &mut *(p as *mut PoolHead);
                if h.mu_state.load(Ordering::Relaxed) & 1 == 0 {
                    h.victim = [0; 3];
                }
            }
            for p in all {
                let h = &mut *(p as *mut PoolHead);
                if h.mu_state.load(Ordering::Relaxed) & 1 != 0 {
                    pools.all.push(p);
                    continue;
                }
                h.victim = std::mem::take(&mut h.items);
                h.registered = false;
                pools.old.push(p);
            }
        }
    })
}

/// The listed pools, for the collector's roots.
pub fn gc_roots(mark: &mut dyn FnMut(usize)) {
    POOLS.with(|pools| pools.all.iter().chain(&pools.old).for_each(|&p| mark(p)))
}
