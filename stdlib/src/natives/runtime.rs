//! runtime: the natives of Go's runtime package API.

use minigo_runtime::abi::G;

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
