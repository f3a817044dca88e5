//! The minigo runtime: goroutines and their stacks, the system-stack trampoline,
//! memory, strings, slices, maps, interfaces, output and fatal errors.
//!
//! Compiled code calls the runtime only through the entry points in `entries`,
//! each of which runs on the M's system stack (see `asm_amd64`).

pub mod abi;
pub mod asm_amd64;
pub mod chan;
pub mod debug;
pub mod entries;
pub mod iface;
pub mod lock;
pub mod malloc;
pub mod map;
pub mod mbitmap;
pub mod mcache;
pub mod mcentral;
pub mod mfinal;
pub mod mgc;
pub mod mgcmark;
pub mod mgcsweep;
pub mod mheap;
pub mod mprof;
pub mod output;
pub mod panic;
pub mod pool;
pub mod preempt;
pub mod print;
pub mod proc;
pub mod runq;
pub mod select;
pub mod sema;
pub mod session;
pub mod sidestack;
pub mod signal;
pub mod sizeclasses;
pub mod slice;
pub mod stack;
pub mod strconv;
pub mod string;
pub mod time;
pub mod traceback;
pub mod typealg;
pub mod typelinks;

use std::cell::Cell;

thread_local! {
    static RNG: Cell<u64> = Cell::new({
        let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: clock_gettime writes the timespec.
        unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut t) };
        (t.tv_nsec as u64 ^ (t.tv_sec as u64) << 32 ^ &t as *const _ as u64) | 1
    });
}

/// A fast thread-local pseudo-random number (map seeds and iteration order).
pub fn fastrand() -> u64 {
    RNG.with(|r| {
        let mut x = r.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        r.set(x);
        x
    })
}
