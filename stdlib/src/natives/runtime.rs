//! runtime: the natives of Go's runtime package API.

use super::{new_string, retbuf};
use minigo_runtime::abi::{Defer, GoString, Pair, G};
use minigo_runtime::proc;

pub extern "C" fn setsigpanic(g: *mut G) {
    // SAFETY: g is the current goroutine in this runtime call; its saved sp holds
    // the call's return address (in panicmem, called where the fault was).
    unsafe { (*g).sigpc = *((*g).sched.sp as *const usize) };
}

/// `runtime.unhashable() (rt.Type, bool)`: the type a map operation could not
/// hash and whether its map was nil or empty, clearing `g.unhashable`.
pub extern "C" fn unhashable(g: *mut G) -> Pair {
    // SAFETY: g is the current goroutine in this runtime call.
    let u = unsafe { std::mem::take(&mut (*g).unhashable) };
    Pair((u & !1) as u64, (u & 1) as u64)
}

pub extern "C" fn startpanic(g: *mut G) {
    // SAFETY: this native's contract is the runtime's startpanic's.
    unsafe { minigo_runtime::panic::startpanic(g) }
}

pub extern "C" fn die_after_panic(g: *mut G) {
    // SAFETY: this native's contract is fatalpanic's.
    unsafe { minigo_runtime::panic::fatalpanic(g) }
}

pub extern "C" fn num_cpu(_g: *mut G) -> i64 {
    proc::ncpu() as i64
}

/// `runtime.GOMAXPROCS(n)`: sets it when n > 0; returns the previous setting.
pub extern "C" fn gomaxprocs(_g: *mut G, n: i64) -> i64 {
    if n > 0 {
        proc::set_gomaxprocs(n as usize) as i64
    } else {
        proc::gomaxprocs() as i64
    }
}

pub extern "C" fn num_goroutine(_g: *mut G) -> i64 {
    proc::num_goroutine()
}

/// `runtime.GC`: the goroutine parks, to resume once a whole cycle has run.
pub extern "C" fn gc(g: *mut G) {
    // SAFETY: this native's contract is mgc::gc's.
    unsafe { minigo_runtime::mgc::gc(g) }
}

/// `runtime.ReadMemStats(m)`.
///
/// # Safety
/// `m` is a non-nil `*runtime.MemStats` (the caller, compiled Go, has
/// checked it) laid out as `mgc::MemStats` mirrors it.
pub unsafe extern "C" fn read_mem_stats(_g: *mut G, m: *mut minigo_runtime::mgc::MemStats) {
    // SAFETY: as the caller promises.
    minigo_runtime::mgc::read_mem_stats(unsafe { &mut *m })
}

/// `runtime.goroutineProfile(p unsafe.Pointer, n int) int`: the stacks of
/// the goroutines into the n `StackRecord`s at p when they fit (the caller's
/// from the function calling `runtime.GoroutineProfile`); how many there are.
pub extern "C" fn goroutine_profile(g: *mut G, p: *mut [usize; minigo_runtime::mprof::MAX_STACK], n: usize) -> i64 {
    // SAFETY: g is the calling goroutine, stopped in this call.
    let stacks = minigo_runtime::traceback::goroutine_stacks(unsafe { &*g }, 1);
    if stacks.len() <= n {
        for (i, stk) in stacks.iter().enumerate() {
            let mut rec = [0; minigo_runtime::mprof::MAX_STACK];
            let k = stk.len().min(rec.len());
            rec[..k].copy_from_slice(&stk[..k]);
            // SAFETY: p holds n records (a Go slice's array), i < n.
            unsafe { p.add(i).write(rec) };
        }
    }
    stacks.len() as i64
}

/// `runtime.threadCount() int`: how many threads the runtime made.
pub extern "C" fn thread_count(_g: *mut G) -> i64 {
    minigo_runtime::proc::allms().len() as i64
}

/// `runtime.memProfileInit(rate *int) int`.
pub extern "C" fn mem_profile_init(_g: *mut G, rate: *mut isize) -> i64 {
    // SAFETY: the address of runtime.MemProfileRate, a package variable.
    unsafe { minigo_runtime::mprof::init(rate) as i64 }
}

/// A `runtime.MemProfileRecord` (stdlib/go/runtime/mprof.go declares the same
/// fields in the same order).
#[repr(C)]
pub struct MemProfileRecord {
    alloc_bytes: i64,
    free_bytes: i64,
    alloc_objects: i64,
    free_objects: i64,
    stack0: [usize; minigo_runtime::mprof::MAX_STACK],
}

/// `runtime.memProfile(p unsafe.Pointer, n int, inuseZero bool) int`.
pub extern "C" fn mem_profile(_g: *mut G, p: *mut MemProfileRecord, n: usize, in_use_zero: u8) -> i64 {
    let mut recs = Vec::new();
    minigo_runtime::mprof::records(in_use_zero != 0, |b| {
        let mut stack0 = [0; minigo_runtime::mprof::MAX_STACK];
        stack0[..b.stack.len()].copy_from_slice(&b.stack);
        let (allocs, frees, size) = (b.active.allocs as i64, b.active.frees as i64, b.size as i64);
        recs.push(MemProfileRecord { alloc_bytes: allocs * size, free_bytes: frees * size, alloc_objects: allocs, free_objects: frees, stack0 });
    });
    let count = recs.len();
    if count <= n {
        for (i, r) in recs.into_iter().enumerate() {
            // SAFETY: p holds n records (a Go slice's array), i < n.
            unsafe { p.add(i).write(r) };
        }
    }
    count as i64
}

pub extern "C" fn set_gc_percent(_g: *mut G, v: i64) -> i64 {
    minigo_runtime::mgc::set_gcpercent(v)
}

pub extern "C" fn set_memory_limit(_g: *mut G, v: i64) -> i64 {
    minigo_runtime::mgc::set_memlimit(v)
}

pub extern "C" fn set_max_stack(_g: *mut G, n: i64) -> i64 {
    minigo_runtime::stack::set_max_stack(n.max(0) as usize) as i64
}

/// `debug.SetTraceback(level string)`.
pub extern "C" fn set_traceback(_g: *mut G, p: *const u8, n: usize) {
    minigo_runtime::panic::set_traceback(&String::from_utf8_lossy(super::str_arg(p, n)))
}

pub extern "C" fn free_os_memory(_g: *mut G) {
    minigo_runtime::mgc::free_os_memory()
}

pub extern "C" fn gosched(g: *mut G) {
    // SAFETY: this native's contract is gosched's.
    unsafe { proc::gosched(g) }
}

/// `wrappedcaller(depth uintptr) uintptr`: the depth (`g.stack_hi` minus a
/// frame pointer) of the first frame above the one at `depth` that is not a
/// wrapper's (see `traceback::in_wrapper`).
pub extern "C" fn wrapped_caller(g: *mut G, depth: usize) -> usize {
    // SAFETY: g is the current goroutine, stopped in this call, so its stack
    // holds the chain of frames from the one at depth up, each frame's first
    // word its caller's frame pointer and its second the return address into
    // it.
    unsafe {
        let mut fp = (*g).stack_hi - depth;
        loop {
            let caller = *(fp as *const usize);
            let ret = *((fp + 8) as *const usize);
            if caller == 0 || !minigo_runtime::traceback::in_wrapper(ret) {
                return (*g).stack_hi - caller;
            }
            fp = caller;
        }
    }
}

pub extern "C" fn getpanic(g: *mut G) -> usize {
    // SAFETY: g is the current goroutine.
    unsafe { (*g).panic_ }
}

pub extern "C" fn setpanic(g: *mut G, p: usize) {
    // SAFETY: as above.
    unsafe { (*g).panic_ = p };
}

/// Pops the newest deferred call for the panic (or Goexit) whose frame-walk
/// state is `*scan`: (func value, depth of its frame), or (0, 0).
///
/// Deferred calls are in two places: records on `g.defer_`, each with its
/// frame's depth, and open-coded ones in the frames of the functions that make
/// them (`traceback::pop_open_defer`). The newest is in the innermost frame
/// that has one, so the frames are walked outward from the panic's, and the
/// top record is taken on reaching its frame. `*scan` is where the walk got
/// to, as the depth of the frame below the next one to look at (0 before the
/// first call): no frame passed has a pending call, and none can get one while
/// the panic runs, since they are suspended under it. So a panic walks the
/// stack once, however many calls it runs. Depths, not frame pointers: a
/// deferred call may grow, and move, the stack.
pub extern "C" fn popdefer(g: *mut G, scan: *mut usize) -> Pair {
    // SAFETY: g is the current goroutine, stopped in this call (its saved
    // frame pointer, gopanic's, starts a valid chain); its defer records were
    // made by compiled code with the `Defer` layout; scan points into the
    // panic's `_panic`.
    unsafe {
        let g = &mut *g;
        let d = g.defer_ as *const Defer;
        let top = if d.is_null() { 0 } else { (*d).depth };
        let mut child = if *scan == 0 { g.sched.bp } else { g.stack_hi - *scan };
        loop {
            let fp = *(child as *const usize);
            if fp < g.stack_lo || fp >= g.stack_hi || g.stack_hi - fp <= top {
                break;
            }
            if let Some(fv) = minigo_runtime::traceback::pop_open_defer(*((child + 8) as *const usize), fp) {
                *scan = g.stack_hi - child;
                return Pair(fv as u64, (g.stack_hi - fp) as u64);
            }
            child = fp;
        }
        *scan = g.stack_hi - child;
        if d.is_null() {
            return Pair(0, 0);
        }
        g.defer_ = (*d).link;
        Pair((*d).fv as u64, (*d).depth as u64)
    }
}

pub extern "C" fn recovery(g: *mut G, depth: usize) {
    // SAFETY: this native's contract is recovery's.
    unsafe { minigo_runtime::panic::recovery(g, depth) }
}

/// The end of `runtime.Goexit` (main's goroutine ending this way lets the others
/// finish).
pub extern "C" fn goexit1(g: *mut G) {
    // SAFETY: g is the current goroutine.
    if proc::is_main_goroutine(unsafe { &*g }) {
        // SAFETY: this native's contract is main_goexit's.
        unsafe { proc::main_goexit(g) }
    } else {
        // SAFETY: this native's contract is goexit1's.
        unsafe { proc::goexit1(g) }
    }
}

/// sync's semaphores and fatal errors.
pub extern "C" fn semacquire(g: *mut G, addr: usize, reason: i64, lifo: u8) {
    // SAFETY: addr is a sync semaphore's address (a *uint32 of the Go side).
    unsafe { minigo_runtime::sema::semacquire(g, addr as *const _, reason, lifo != 0) }
}

pub extern "C" fn semrelease(g: *mut G, addr: usize) {
    // SAFETY: as for semacquire.
    unsafe { minigo_runtime::sema::semrelease(g, addr as *const _) }
}

/// `sync.registerPool(p *Pool)` (see the runtime's `pool`).
pub extern "C" fn register_pool(_g: *mut G, p: usize) {
    minigo_runtime::pool::register(p)
}

/// sync.Mutex's spinning (see `proc::can_spin`).
pub extern "C" fn can_spin(_g: *mut G, iter: i64) -> u8 {
    proc::can_spin(iter) as u8
}

pub extern "C" fn do_spin(_g: *mut G) {
    proc::do_spin()
}

pub extern "C" fn nanotime(_g: *mut G) -> i64 {
    minigo_runtime::time::nanotime()
}

/// `runtime.caller(skip int) (pc uintptr, file string, line int, ok bool)`:
/// frame `skip` of the calling goroutine (0: the Go function calling this
/// native); five words in `g.retbuf`. The pc is the call's, the return address
/// less one, as Go's `Caller` returns its frame's `Frame.PC`: `FuncForPC` of it
/// names the function making the call, the innermost inlined one included,
/// where the return address may already be in code of the function it was
/// inlined into.
pub extern "C" fn caller(g: *mut G, skip: i64) {
    // SAFETY: g is the current goroutine, stopped in this runtime call.
    let frames = minigo_runtime::traceback::caller_frames(unsafe { &*g });
    match usize::try_from(skip).ok().and_then(|s| frames.get(s)) {
        Some(f) => {
            let file = new_string(f.file.as_bytes());
            retbuf(g, &[f.pc as u64 - 1, file.ptr as u64, file.len as u64, f.line as u64, 1]);
        }
        None => retbuf(g, &[0, 0, 0, 0, 0]),
    }
}

/// `runtime.callers(skip int, pc []uintptr) int`: the program counters of the
/// calling goroutine's logical frames from frame `skip` on (0: the Go function
/// calling this native), as many as fit.
pub extern "C" fn callers(g: *mut G, skip: i64, p: *mut usize, n: usize, _cap: usize) -> i64 {
    // SAFETY: g is the current goroutine, stopped in this runtime call.
    let frames = minigo_runtime::traceback::caller_frames(unsafe { &*g });
    let mut count = 0;
    for f in frames.iter().skip(skip.max(0) as usize).take(n) {
        // SAFETY: p holds n words; count < n.
        unsafe { *p.add(count) = f.pc };
        count += 1;
    }
    count as i64
}

/// `runtime.funcInfo(pc uintptr) (name string, entry uintptr, file string,
/// line int, ok bool)`: seven words in `g.retbuf`.
pub extern "C" fn func_info(g: *mut G, pc: usize) {
    match minigo_runtime::traceback::func_for_pc(pc) {
        Some((name, entry, file, line)) => {
            let (n, f) = (new_string(name.as_bytes()), new_string(file.as_bytes()));
            retbuf(g, &[n.ptr as u64, n.len as u64, entry as u64, f.ptr as u64, f.len as u64, line as u64, 1]);
        }
        None => retbuf(g, &[0; 7]),
    }
}

/// `runtime.stacktrace(all bool) string`: the stack of the goroutine from the
/// caller of the function calling it (`runtime.Stack`) on, as Go's traceback
/// prints it, then, with `all`, every other goroutine's.
pub extern "C" fn stacktrace(g: *mut G, all: u8) -> GoString {
    use minigo_runtime::traceback;
    // SAFETY: g is the current goroutine, stopped in this native call.
    let mut s = traceback::goroutine_trace(unsafe { &*g }, "running", 1);
    if all != 0 {
        s += &traceback::others_trace(g);
    }
    new_string(s.as_bytes())
}

/// `runtime.Breakpoint()`: dies as Go's program does when its `INT3` meets no
/// debugger.
pub extern "C" fn breakpoint(g: *mut G) {
    // SAFETY: g is the calling goroutine, stopped in this call.
    minigo_runtime::panic::sigtrap(unsafe { &*g })
}

/// `runtime.fatal(msg)` and sync's `throw(msg)`: Go's `fatal`, an error of the
/// program's (unlocking an unlocked mutex, a bad finalizer) that ends it with
/// the message and the calling goroutine's traceback.
pub extern "C" fn fatal(g: *mut G, p: *const u8, n: usize) {
    // SAFETY: g is the calling goroutine, stopped in this call.
    minigo_runtime::panic::fatal(unsafe { &*g }, &String::from_utf8_lossy(super::str_arg(p, n)))
}

/// `runtime.setFinalizer(obj, finalizer any, runner func()) string`.
pub extern "C" fn set_finalizer(_g: *mut G, ot: usize, p: usize, ft: usize, fv: usize, runner: usize) -> GoString {
    // SAFETY: interfaces' type words are descriptors the compiler emitted, and a
    // func type's data word is its func value.
    match unsafe { minigo_runtime::mfinal::set_finalizer(ot as *const _, p, ft as *const _, fv, runner) } {
        Ok(()) => GoString::EMPTY,
        Err(msg) => new_string(msg.as_bytes()),
    }
}

/// `runtime.nextFinalizer() (fn, iword uintptr, p unsafe.Pointer, ok bool)`.
pub extern "C" fn next_finalizer(g: *mut G) {
    let words = match minigo_runtime::mfinal::next_finalizer() {
        Some(f) => [f.fv as u64, f.iword as u64, f.p as u64, 1],
        None => [0; 4],
    };
    retbuf(g, &words);
}

/// `runtime.KeepAlive(x)`: nothing, but a call the compiler keeps, so that `x`
/// is live until it.
pub extern "C" fn keep_alive(_g: *mut G, _t: usize, _p: usize) {}
