//! runtime: the natives of Go's runtime package API.

use minigo_runtime::abi::{Defer, Pair, G};

pub extern "C" fn die_after_panic(g: *mut G) {
    minigo_runtime::panic::fatalpanic(g)
}

pub extern "C" fn num_cpu(_g: *mut G) -> i64 {
    std::thread::available_parallelism().map_or(1, |n| n.get() as i64)
}

pub extern "C" fn gomaxprocs(g: *mut G, _n: i64) -> i64 {
    num_cpu(g)
}

pub extern "C" fn num_goroutine(_g: *mut G) -> i64 {
    1
}

pub extern "C" fn getpanic(g: *mut G) -> usize {
    // SAFETY: g is the current goroutine.
    unsafe { (*g).panic_ }
}

pub extern "C" fn setpanic(g: *mut G, p: usize) {
    // SAFETY: as above.
    unsafe { (*g).panic_ = p };
}

/// Pops the newest deferred call: (func value, depth of its frame), or (0, 0).
pub extern "C" fn popdefer(g: *mut G) -> Pair {
    // SAFETY: g is the current goroutine; its defer records were made by compiled
    // code with the `Defer` layout.
    unsafe {
        let d = (*g).defer_ as *const Defer;
        if d.is_null() {
            return Pair(0, 0);
        }
        (*g).defer_ = (*d).link;
        Pair((*d).fv as u64, (*d).depth as u64)
    }
}

pub extern "C" fn recovery(g: *mut G, depth: usize) {
    minigo_runtime::panic::recovery(g, depth)
}

pub extern "C" fn goexit1(g: *mut G) {
    minigo_runtime::proc::goexit1(g)
}
