//! Specials (Go's `mfinal.go` and the specials of `mheap.go`): actions attached
//! to heap objects that run when the collector finds them unreachable. Today
//! these are the drops of runtime structures that own Rust memory (a map's
//! index, a channel's wait queues; see `malloc::new_dropped`).

use crate::lock::Locked;

/// An object and what releases it: (address, drop).
type Drop = (usize, unsafe fn(usize));

/// Objects with a drop, by address (unordered: the sweeper visits them all
/// once per cycle, and there are as many as live maps and channels).
static DROPS: Locked<Vec<Drop>> = Locked::new(Vec::new());

/// Runs `drop(p)` when the object at `p` is found unreachable.
///
/// # Safety
/// `p` is the base of a heap object that `drop` may release exactly once, and
/// that nothing uses once it is unreachable.
pub unsafe fn add_drop(p: usize, drop: unsafe fn(usize)) {
    DROPS.with(|d| d.push((p, drop)));
}

/// Drops the objects the collector did not mark (before the sweep frees them).
///
/// # Safety
/// The world is stopped, after marking and before sweeping.
pub unsafe fn drop_unmarked() {
    let dead: Vec<Drop> = DROPS.with(|d| {
        let mut dead = Vec::new();
        d.retain(|&(p, f)| {
            // SAFETY: the world is stopped; p is a heap object's base.
            let live = unsafe { crate::mgcmark::is_marked(p) };
            if !live {
                dead.push((p, f));
            }
            live
        });
        dead
    });
    for (p, f) in dead {
        // SAFETY: as add_drop's caller promised; unreachable, so unused.
        unsafe { f(p) };
    }
}
