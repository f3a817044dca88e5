//! Goroutines, threads and processors (Go's `proc.go`): the M:N scheduler.
//!
//! A G is a goroutine, an M an OS thread, a P the right to run Go code (there are
//! GOMAXPROCS of them). An M needs a P to run goroutines; each P has a local run
//! queue (`runq`), and there is a global one. An M without work steals half of
//! another P's queue; finding none, it gives its P back and sleeps on its note
//! until `wakep` hands it one. Goroutines block by *parking*: a runtime entry
//! point sets `g.park` (with the lock to release) and returns; the system-stack
//! trampoline saves the goroutine's registers and calls `park_m` on g0, which
//! marks it waiting, releases the lock, and schedules another — so a waker that
//! takes the lock always finds the goroutine fully parked (Go's `gopark` unlock
//! protocol). `goready` makes it runnable again; `gogo` resumes it as a return
//! from the runtime call that parked it, with `g.sched.ret0/ret1` as the result.

use crate::abi::*;
use crate::asm_amd64::{gogo, gogo_regs, goroutine_start};
use crate::lock::{Locked, Mutex, Note};
use crate::runq::Runq;
use std::cell::Cell;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicPtr, AtomicU32, AtomicUsize, Ordering};

// Goroutine statuses, as Go numbers them.
pub const G_IDLE: u32 = 0;
pub const G_RUNNABLE: u32 = 1;
pub const G_RUNNING: u32 = 2;
pub const G_SYSCALL: u32 = 3;
pub const G_WAITING: u32 = 4;
pub const G_DEAD: u32 = 6;

/// Why a goroutine asked to park (`g.park`).
pub const PARK_EXIT: u32 = 1;
pub const PARK_WAIT: u32 = 2;
pub const PARK_YIELD: u32 = 3;
/// Stopped at a safe point for a collection the heap asked for (`mgc::request`).
pub const PARK_GC: u32 = 4;
/// `runtime.GC`: a whole collection before the goroutine goes on.
pub const PARK_GC_FORCED: u32 = 5;
/// `go` found its P's run queue full: the new goroutine runs first (`m.nextg`).
pub const PARK_SPAWN: u32 = 6;

/// A processor: the right to run Go code, with a local run queue.
pub struct P {
    pub id: usize,
    pub runq: Runq,
    /// Goroutines started on it, and the one running now (for `sysmon`).
    schedtick: std::sync::atomic::AtomicU64,
    curg: std::sync::atomic::AtomicPtr<G>,
    /// `sysmon` found the goroutine running on it through a whole time slice
    /// and asked it to yield; cleared when `schedtick` advances. (Go's sysmon
    /// notes when it first saw a tick, `schedwhen`, so that starting a
    /// goroutine costs no clock read; this flag is that, seen from the P.)
    slice_over: std::sync::atomic::AtomicBool,
    /// Goroutine ids this P gives out next, `[goidcache, goidcacheend)`: a
    /// batch taken from `GOIDGEN` (see `next_goid`). Written by its M only.
    goidcache: AtomicI64,
    goidcacheend: AtomicI64,
    /// Dead goroutines kept for reuse by goroutines this P starts (Go's
    /// `p.gFree`), so that starting and ending a goroutine takes no lock.
    gfree: GFreeList,
    /// Goroutines started on this P minus goroutines that ended on it (negative
    /// when more ended here than started). Written by the M holding the P
    /// only, as a load and a store: a shared counter's locked increment, paid
    /// by every goroutine's start and end on every P, was the top of
    /// `samples/bench/spawn1m.go`'s profile. `num_goroutine` sums them.
    ngoroutines: AtomicI64,
    /// Work-first spawning (see `newproc`): when this P last ran a new goroutine
    /// ahead of its creator (nanotime), 0 when it has not since its run queue
    /// was last seen empty; and whether it has stopped doing so until then.
    /// Written by the M holding the P only.
    spawn_first_at: AtomicI64,
    spawn_first_off: AtomicBool,
}

/// A P's free goroutines (see `gfget`/`gfput`). Only the M holding the P
/// touches it, and a P changes hands only through the scheduler's lock or run
/// queue handoffs, which order the accesses: so no lock of its own.
#[derive(Default)]
struct GFreeList(std::cell::UnsafeCell<Vec<*mut G>>);

impl GFreeList {
    /// The list.
    ///
    /// # Safety
    /// The caller's M holds the P this list belongs to, and holds no other reference to it.
    #[allow(clippy::mut_from_ref, reason = "exclusive to the M holding the P")]
    unsafe fn get(&self) -> &mut Vec<*mut G> {
        // SAFETY: as the caller promises.
        unsafe { &mut *self.0.get() }
    }
}

/// Go's bounds on a P's free list: at `GFREE_MAX` dead goroutines it hands all
/// but `GFREE_BATCH` to the global list; empty, it takes up to `GFREE_BATCH`
/// back at once. Batches keep the global lock off the path of each goroutine's
/// start and end; the bound keeps one P from hoarding what another P's
/// goroutines need.
const GFREE_MAX: usize = 64;
const GFREE_BATCH: usize = 32;

/// The scheduler's shared state, guarded by its lock.
struct Sched {
    runq: VecDeque<*mut G>,
    pidle: Vec<*mut P>,
    midle: Vec<*mut M>,
    mcount: usize,
    allgs: Vec<*mut G>,
    gfree: Vec<*mut G>,
    /// Every M (they live forever).
    allm: Vec<*mut M>,
    /// While the world is stopped (`GCWAITING`): the Ps stopped, and the Ms
    /// waiting for it to restart (each gets one of them back).
    stopped: Vec<*mut P>,
    gcwaiters: Vec<*mut M>,
    /// main.main ended with runtime.Goexit: the program ends when nothing else runs.
    main_goexited: bool,
}

static SCHED: Locked<Sched> = Locked::new(Sched {
    runq: VecDeque::new(),
    pidle: Vec::new(),
    midle: Vec::new(),
    mcount: 0,
    allgs: Vec::new(),
    gfree: Vec::new(),
    allm: Vec::new(),
    stopped: Vec::new(),
    gcwaiters: Vec::new(),
    main_goexited: false,
});

/// The world is being stopped or is stopped (Go's `sched.gcwaiting`): no P is
/// handed out, and each M holding one gives it up at its next safe point.
static GCWAITING: AtomicBool = AtomicBool::new(false);
/// Ps still to stop before the world is stopped (Go's `sched.stopwait`), and
/// the note the stopping M sleeps on meanwhile.
static STOPWAIT: AtomicUsize = AtomicUsize::new(0);
static STOPNOTE: Note = Note::new();

/// The most Ps there can be (`runtime.GOMAXPROCS` clamps to it).
const MAX_GOMAXPROCS: usize = 256;
/// Every P ever made, by id (Go's `allp`). Slot `i` is set once, before `NALLP`
/// counts it, and Ps live forever, so readers take no lock; Ps are only added,
/// under SCHED's lock (`set_gomaxprocs`). `GOMAXPROCS` of them are in service.
static ALLP: [AtomicPtr<P>; MAX_GOMAXPROCS] = [const { AtomicPtr::new(std::ptr::null_mut()) }; MAX_GOMAXPROCS];
static NALLP: AtomicUsize = AtomicUsize::new(0);
static GOMAXPROCS: AtomicUsize = AtomicUsize::new(1);
static NPIDLE: AtomicU32 = AtomicU32::new(0);
static NMSPINNING: AtomicU32 = AtomicU32::new(0);
static RUNQ_LEN: AtomicUsize = AtomicUsize::new(0);
static GOIDGEN: AtomicI64 = AtomicI64::new(0);
/// Go's `_GoidCacheBatch`: the ids a P takes from `GOIDGEN` at a time.
const GOID_CACHE_BATCH: i64 = 16;
/// Go's runtime starts four goroutines of its own right after main (forcegc,
/// bgsweep, bgscavenge, and since Go 1.25 the one that follows the CPU limit
/// into GOMAXPROCS, `updateMaxProcsGoroutine`: ids 2 to 5), and another, the
/// finalizer goroutine, at the first `SetFinalizer` (package os's init sets
/// finalizers on its standard files: id 6 in a program that imports os).
/// minigo has none of the four but skips their ids, and numbers its finalizer
/// goroutine as Go does (`mfinal::wake`), so that a program's goroutines have
/// the numbers Go gives them in tracebacks and `runtime.Stack`.
const GO_RUNTIME_GOROUTINES: i64 = 4;
/// Goroutines started with no P (a REPL session's, or the runtime's own from
/// an M without one); the rest are counted by their Ps (`P::ngoroutines`).
static NGOROUTINES: AtomicI64 = AtomicI64::new(0);
static STARTED: AtomicBool = AtomicBool::new(false);
/// The main goroutine's id, set by `start`; 0 (no goroutine's) in a session.
static MAIN_GOID: AtomicI64 = AtomicI64::new(0);

/// The compiled adapter `extern "C" fn(g, funcval)` that calls a Go func value.
static ENTRY_ADAPTER: AtomicUsize = AtomicUsize::new(0);

/// System stack size of Ms after the first (the compiler may run on them too).
const M_STACK: usize = 256 << 20;

thread_local! {
    static CURM: Cell<*mut M> = const { Cell::new(std::ptr::null_mut()) };
}

/// The Ps made so far, by id.
fn allp() -> impl Iterator<Item = &'static P> {
    (0..NALLP.load(Ordering::Acquire)).map(allp_get)
}

/// The P of id `i`, one of those made so far.
fn allp_get(i: usize) -> &'static P {
    // SAFETY: a slot NALLP counts holds a P, which lives forever.
    unsafe { &*ALLP[i].load(Ordering::Relaxed) }
}

/// The current thread's M, if it is one.
///
/// # Safety
/// As for `curm`.
pub unsafe fn curm_opt() -> Option<&'static mut M> {
    // SAFETY: CURM is set by mstart before the thread runs anything else, and Ms
    // live forever; the caller keeps the reference exclusive.
    unsafe { CURM.with(|c| c.get()).as_mut() }
}

/// The current thread's M. An M belongs to its thread: others touch only its
/// `nextp`, `spinning` and `park`, and only while it sleeps on `park`.
///
/// # Safety
/// The caller runs on an M's thread and holds no other reference from `curm`
/// while it uses this one.
pub unsafe fn curm() -> &'static mut M {
    // SAFETY: as for curm_opt, on an M's thread.
    unsafe { &mut *CURM.with(|c| c.get()) }
}

/// An id for a goroutine the current M's P creates later (the finalizer
/// goroutine's, reserved where Go creates it); None in a REPL session, whose
/// goroutines take their ids when they start.
pub fn reserve_goid() -> Option<i64> {
    if MAIN_GOID.load(Ordering::Relaxed) == 0 {
        return None;
    }
    // SAFETY: on an M's thread, for this call.
    let m = unsafe { curm_opt() };
    Some(next_goid(m.filter(|m| !m.p.is_null()).map(|m| p_of(m))))
}

/// The id of a goroutine created on `p` (on no P: a timer's without one). As
/// Go's `newproc1`: from the P's batch, so goroutines created one after another
/// on a P are numbered consecutively. A REPL session numbers all its goroutines
/// in order, so that input N's goroutine is N when the inputs start none.
fn next_goid(p: Option<&P>) -> i64 {
    let p = match p {
        Some(p) if MAIN_GOID.load(Ordering::Relaxed) != 0 => p,
        _ => return GOIDGEN.fetch_add(1, Ordering::Relaxed) + 1,
    };
    let mut id = p.goidcache.load(Ordering::Relaxed);
    if id == p.goidcacheend.load(Ordering::Relaxed) {
        id = GOIDGEN.fetch_add(GOID_CACHE_BATCH, Ordering::Relaxed) + 1;
        p.goidcacheend.store(id + GOID_CACHE_BATCH, Ordering::Relaxed);
    }
    p.goidcache.store(id + 1, Ordering::Relaxed);
    id
}

/// A dead goroutine to reuse, from P `p`'s free list (refilled from the
/// global one when empty) or, with no P, the global list (Go's `gfget`).
fn gfget(p: Option<&P>) -> Option<*mut G> {
    let Some(p) = p else { return SCHED.with(|s| s.gfree.pop()) };
    // SAFETY: this M holds p.
    let local = unsafe { p.gfree.get() };
    if local.is_empty() {
        SCHED.with(|s| {
            let n = s.gfree.len().saturating_sub(GFREE_BATCH);
            local.extend(s.gfree.drain(n..));
        });
    }
    local.pop()
}

/// Keeps dead goroutine `g` for reuse on P `p`, or globally with no P (Go's `gfput`).
fn gfput(p: Option<&P>, g: *mut G) {
    let Some(p) = p else { return SCHED.with(|s| s.gfree.push(g)) };
    // SAFETY: this M holds p.
    let local = unsafe { p.gfree.get() };
    local.push(g);
    if local.len() >= GFREE_MAX {
        SCHED.with(|s| s.gfree.extend(local.drain(GFREE_BATCH..)));
    }
}

/// Makes a goroutine that will run func value `fv` when scheduled, numbered
/// `goid`, reusing a dead one from P `p` when there is one.
fn newg(p: Option<&P>, fv: usize, goid: i64) -> *mut G {
    let g = match gfget(p) {
        Some(g) => g,
        None => {
            let g = Box::into_raw(Box::new(G {
                stack_lo: 0,
                stack_hi: 0,
                stackguard0: Default::default(),
                m: std::ptr::null_mut(),
                sched: Gobuf::default(),
                park: 0,
                status: AtomicU32::new(G_IDLE),
                goid: 0,
                defer_: 0,
                panic_: 0,
                deferpool: 0,
                preempt: AtomicU32::new(0),
                scratch: [0; SCRATCH_WORDS],
                entry: 0,
                waitreason: "",
                park_lock: std::ptr::null(),
                park_locks: Vec::new(),
                param: 0,
                gopc: 0,
                parent_goid: 0,
                sigpc: 0,
                unhashable: 0,
                preempted: false,
                stack_epoch: 0,
                regs: None,
                side: Default::default(),
            }));
            SCHED.with(|s| s.allgs.push(g));
            g
        }
    };
    // SAFETY: g is new or dead (on the free list): nothing else refers to it.
    let gr = unsafe { &mut *g };
    // a dead goroutine keeps its stack only if it is of the initial size
    if gr.stack_lo == 0 {
        crate::stack::set_stack(gr, crate::stack::MIN_STACK);
    }
    gr.stackguard0.store(gr.stack_lo + crate::stack::STACK_GUARD, Ordering::Relaxed);
    gr.goid = goid;
    gr.defer_ = 0;
    gr.panic_ = 0;
    gr.sigpc = 0;
    gr.unhashable = 0;
    gr.entry = fv;
    gr.waitreason = "";
    gr.sched = Gobuf::default();
    let sp = gr.stack_hi - 16;
    // SAFETY: sp is inside the new stack.
    unsafe { *(sp as *mut usize) = goroutine_start as *const () as usize };
    gr.sched.sp = sp;
    gr.sched.r12 = g as usize;
    gr.sched.r13 = ENTRY_ADAPTER.load(Ordering::Relaxed);
    gr.sched.r14 = fv;
    count_goroutines(p, 1);
    gr.status.store(G_RUNNABLE, Ordering::Release);
    g
}

/// Runs func value `main_fv` (package initialization, then `main.main`) as the
/// main goroutine, with GOMAXPROCS Ps; never returns.
///
/// # Safety
/// `adapter` must be the compiled `extern "C" fn(g, funcval)` entry adapter and
/// `main_fv` a func value of signature `func()`.
pub unsafe fn start(adapter: usize, main_fv: usize) -> ! {
    init(adapter);
    let m = new_m();
    let p = SCHED.with(|s| s.pidle.pop()).expect("a P");
    // main is 1, from its P's first batch
    MAIN_GOID.store(1, Ordering::Relaxed);
    let g = newg(Some(&*p), main_fv, next_goid(Some(&*p)));
    (*p).goidcache.fetch_add(GO_RUNTIME_GOROUTINES, Ordering::Relaxed);
    NPIDLE.fetch_sub(1, Ordering::Relaxed);
    (*m).p = p;
    (*p).runq.put(g, true);
    started();
    mstart(m)
}

/// Starts the scheduler with no goroutine (a REPL session): Ms start as
/// `spawn_from_outside` adds goroutines.
///
/// # Safety
/// As `start`.
pub unsafe fn start_without_main(adapter: usize) {
    init(adapter);
    started();
}

fn init(adapter: usize) {
    crate::mgc::start_time();
    crate::signal::init();
    ENTRY_ADAPTER.store(adapter, Ordering::Relaxed);
    let n = std::env::var("GOMAXPROCS").ok().and_then(|v| v.parse::<usize>().ok()).filter(|&n| n > 0).unwrap_or_else(ncpu);
    set_gomaxprocs(n);
}

fn started() {
    STARTED.store(true, Ordering::Relaxed);
    std::thread::Builder::new().name("minigo-sysmon".into()).spawn(crate::preempt::sysmon).expect("the sysmon thread");
}

/// Starts a goroutine running func value `fv` from a thread that is not an M
/// (the REPL's); `announce` learns its id before it can run.
pub fn spawn_from_outside(fv: usize, announce: impl FnOnce(i64)) {
    let g = newg(None, fv, next_goid(None));
    // SAFETY: g is new: nothing else refers to it yet.
    announce(unsafe { (*g).goid });
    globrunqput(&[g]);
    wakep();
}

/// Whether `g` is the program's main goroutine (a REPL session has none).
pub fn is_main_goroutine(g: &G) -> bool {
    g.goid == MAIN_GOID.load(Ordering::Relaxed)
}

/// For each P: how many goroutines it has started and the one it runs now. Ps
/// taken out of service by `runtime.GOMAXPROCS` are included: a goroutine still
/// running on one must be preempted to move to a P in service.
pub fn running() -> Vec<(u64, *mut G)> {
    allp().map(|p| (p.schedtick.load(Ordering::Relaxed), p.curg.load(Ordering::Relaxed))).collect()
}

/// `sysmon` saw P `i` (an index of `running`) run one goroutine through a
/// whole time slice.
pub fn end_slice(i: usize) {
    allp_get(i).slice_over.store(true, Ordering::Relaxed);
}

/// One line of `MINIGODEBUG=schedtrace=N`, in the form of Go's `schedtrace`.
pub fn schedtrace(elapsed: std::time::Duration) -> String {
    let n = GOMAXPROCS.load(Ordering::Relaxed);
    let (threads, idle, runq) = SCHED.with(|s| (s.mcount, s.midle.len(), s.runq.len()));
    // SAFETY: Ps live forever.
    let lens: Vec<String> = allp().take(n).map(|p| p.runq.len().to_string()).collect();
    format!(
        "SCHED {}ms: gomaxprocs={n} idleprocs={} threads={} spinningthreads={} idlethreads={idle} runqueue={runq} [{}]\n",
        elapsed.as_millis(),
        NPIDLE.load(Ordering::Relaxed),
        threads + 1,
        NMSPINNING.load(Ordering::Relaxed),
        lens.join(" ")
    )
}

/// The CPUs this process may run on, read once (the call behind it reads the
/// affinity mask and cgroup limits).
pub fn ncpu() -> usize {
    static NCPU: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *NCPU.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Whether a goroutine failing to take a busy `sync.Mutex` for the `iter`-th
/// time should spin rather than park (Go's `sync_runtime_canSpin`): spinning
/// pays only while the holder runs on another CPU and nothing else waits for
/// this P, and only a few times — the mutex's holders keep it briefly or not.
pub fn can_spin(iter: i64) -> bool {
    const ACTIVE_SPIN: i64 = 4;
    if iter >= ACTIVE_SPIN || ncpu() <= 1 {
        return false;
    }
    let busy = NPIDLE.load(Ordering::Relaxed) as usize + NMSPINNING.load(Ordering::Relaxed) as usize + 1;
    if GOMAXPROCS.load(Ordering::Relaxed) <= busy {
        return false;
    }
    // SAFETY: on this M's thread; no other reference to it is held here.
    let m = unsafe { curm() };
    !m.p.is_null() && p_of(m).runq.is_empty()
}

/// One spin of a goroutine waiting for a mutex (Go's `sync_runtime_doSpin`):
/// a short pause that lets the holder's CPU run, without giving up the P.
pub fn do_spin() {
    const ACTIVE_SPIN_CNT: usize = 30;
    for _ in 0..ACTIVE_SPIN_CNT {
        std::hint::spin_loop();
    }
}

fn new_m() -> *mut M {
    let m = Box::into_raw(Box::new(M {
        g0_sp: 0,
        curg: std::ptr::null_mut(),
        id: 0,
        tid: std::sync::atomic::AtomicI32::new(0),
        mcache: crate::mcache::MCache::new(),
        retbuf: [0; RETBUF_WORDS],
        syscall_sp: 0,
        syscall_regs: [0; 6],
        p: std::ptr::null_mut(),
        nextp: std::ptr::null_mut(),
        spinning: false,
        nextg: std::ptr::null_mut(),
        park: Note::new(),
    }));
    SCHED.with(|s| {
        // SAFETY: the new M is not running yet.
        unsafe { (*m).id = s.mcount as i64 };
        s.mcount += 1;
        s.allm.push(m);
    });
    m
}

/// The body of every M: its system stack is the thread's own, from here down.
fn mstart(m: *mut M) -> ! {
    crate::signal::init_thread();
    CURM.with(|c| c.set(m));
    // SAFETY: m is this thread's M; gettid cannot fail.
    unsafe { (*m).tid.store(libc::gettid(), Ordering::Relaxed) };
    let here = 0u8;
    // runtime calls from goroutines run below this frame, which never returns
    // SAFETY: m is this thread's M.
    unsafe { (*m).g0_sp = ((&here as *const u8 as usize) - 1024) & !15 };
    // SAFETY: on this M's thread; no other reference to it is held here.
    let m = unsafe { curm() };
    if m.p.is_null() {
        m.p = std::mem::replace(&mut m.nextp, std::ptr::null_mut());
    }
    schedule()
}

/// Starts an M running `p` (in a new thread).
fn spawn_m(p: *mut P, spinning: bool) {
    let m = new_m();
    // SAFETY: the new M is not running yet.
    unsafe {
        (*m).nextp = p;
        (*m).spinning = spinning;
    }
    let mp = m as usize;
    std::thread::Builder::new().name("minigo-m".into()).stack_size(M_STACK).spawn(move || mstart(mp as *mut M)).expect("thread for an M");
}

/// Finds a goroutine and runs it; never returns.
pub fn schedule() -> ! {
    let g = findrunnable();
    execute(g, false)
}

/// Runs `g` on this M. `inherit_time`: `g` goes on with the time slice it had
/// (it stopped only for the runtime, e.g. a collection), so the P's
/// `schedtick` does not advance and `sysmon` still sees it running as long as
/// it has been (Go's `execute(gp, inheritTime)`).
fn execute(g: *mut G, inherit_time: bool) -> ! {
    // SAFETY: on this M's thread; no other reference to it is held here.
    let m = unsafe { curm() };
    // SAFETY: g came off a run queue: runnable and owned by this M now.
    unsafe {
        m.curg = g;
        (*g).m = m;
        (*g).status.store(G_RUNNING, Ordering::Release);
        // only this M writes its P's fields: no read-modify-write needed
        let p = p_of(m);
        if !inherit_time {
            p.schedtick.store(p.schedtick.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
            p.slice_over.store(false, Ordering::Relaxed);
        }
        p.curg.store(g, Ordering::Relaxed);
        if std::mem::take(&mut (*g).preempted) {
            gogo_regs(&**(*g).regs.as_ref().expect("registers of a preempted goroutine"))
        }
        gogo(g)
    }
}

fn p_of(m: &M) -> &'static P {
    // SAFETY: an M running Go code or the scheduler holds a live P.
    unsafe { &*m.p }
}

/// Puts goroutines on the global run queue.
fn globrunqput(gs: &[*mut G]) {
    if gs.is_empty() {
        return;
    }
    SCHED.with(|s| s.runq.extend(gs));
    RUNQ_LEN.fetch_add(gs.len(), Ordering::Release);
}

/// Takes a goroutine from the global queue, and a batch more for P `p`.
fn globrunqget(p: &P) -> Option<*mut G> {
    if RUNQ_LEN.load(Ordering::Acquire) == 0 {
        return None;
    }
    let batch: Vec<*mut G> = SCHED.with(|s| {
        let n = (s.runq.len() / GOMAXPROCS.load(Ordering::Relaxed).max(1) + 1).min(s.runq.len()).min(crate::runq::RUNQ_SIZE / 2);
        s.runq.drain(..n).collect()
    });
    RUNQ_LEN.fetch_sub(batch.len(), Ordering::Release);
    let mut it = batch.into_iter();
    let first = it.next();
    for g in it {
        globrunqput(&p.runq.put(g, false));
    }
    first
}

/// Makes `g` runnable, to run next on this M's P.
///
/// # Safety
/// `g` is a live goroutine, parked (`_Gwaiting`) and not on any run queue.
pub unsafe fn goready(g: *mut G) {
    // SAFETY: g is parked; the caller holds what it waited on.
    unsafe {
        debug_assert_eq!((*g).status.load(Ordering::Acquire), G_WAITING);
        (*g).status.store(G_RUNNABLE, Ordering::Release);
    }
    // SAFETY: on this M's thread; no other reference to it is held here.
    let m = unsafe { curm() };
    if m.p.is_null() {
        globrunqput(&[g]);
    } else {
        globrunqput(&p_of(m).runq.put(g, true));
    }
    wakep();
}

/// Asks for another M to run goroutines, if a P is idle and no M is already
/// looking for work.
pub fn wakep() {
    if NPIDLE.load(Ordering::Acquire) == 0 || NMSPINNING.load(Ordering::Acquire) != 0 {
        return;
    }
    if NMSPINNING.compare_exchange(0, 1, Ordering::AcqRel, Ordering::Relaxed).is_err() {
        return;
    }
    startm(true);
}

/// Gives an idle P to an idle M (or a new one).
fn startm(spinning: bool) {
    SCHED.mutex().lock();
    // SAFETY: the lock is held until s is last used.
    let s = unsafe { SCHED.get() };
    let Some(p) = pidleget(s) else {
        SCHED.mutex().unlock();
        if spinning {
            NMSPINNING.fetch_sub(1, Ordering::Release);
        }
        return;
    };
    match s.midle.pop() {
        Some(m) => {
            SCHED.mutex().unlock();
            // SAFETY: an idle M sleeps on its note; nothing else touches it.
            unsafe {
                (*m).nextp = p;
                (*m).spinning = spinning;
                (*m).park.wakeup();
            }
        }
        None => {
            SCHED.mutex().unlock();
            spawn_m(p, spinning);
        }
    }
}

/// An idle P in service, if any (none while the world stops). SCHED's lock held.
fn pidleget(s: &mut Sched) -> Option<*mut P> {
    if GCWAITING.load(Ordering::Acquire) {
        return None;
    }
    let max = GOMAXPROCS.load(Ordering::Relaxed);
    let i = s.pidle.iter().rposition(|&p| unsafe { (*p).id } < max)?;
    NPIDLE.fetch_sub(1, Ordering::Release);
    Some(s.pidle.swap_remove(i))
}

/// Gives up P `p`: idle, or stopped while the world stops. SCHED's lock held.
fn pidleput(s: &mut Sched, p: *mut P) {
    if GCWAITING.load(Ordering::Acquire) {
        s.stopped.push(p);
        if STOPWAIT.fetch_sub(1, Ordering::AcqRel) == 1 {
            STOPNOTE.wakeup();
        }
        return;
    }
    s.pidle.push(p);
    NPIDLE.fetch_add(1, Ordering::Release);
}

/// Stops every P but the caller's (Go's `stopTheWorld`): idle ones at once, the
/// others at their Ms' next safe point, which the goroutines they run are asked
/// to reach by a preemption request. Returns false, doing nothing, when another
/// M is stopping the world already.
pub fn stop_the_world() -> bool {
    let started = SCHED.with(|s| {
        if GCWAITING.load(Ordering::Acquire) {
            return false;
        }
        STOPNOTE.clear();
        // every P not idle is held by an M, which will stop it
        STOPWAIT.store(NALLP.load(Ordering::Acquire) - s.pidle.len() - 1, Ordering::Release);
        GCWAITING.store(true, Ordering::Release);
        s.stopped.append(&mut s.pidle);
        NPIDLE.store(0, Ordering::Release);
        true
    });
    if !started {
        return false;
    }
    while STOPWAIT.load(Ordering::Acquire) > 0 {
        for (_, g) in running() {
            if let Some(g) = std::ptr::NonNull::new(g) {
                // SAFETY: Gs are never freed.
                crate::preempt::preemptone(unsafe { g.as_ref() });
            }
        }
        STOPNOTE.sleep(Some(std::time::Duration::from_micros(100)));
    }
    true
}

/// Restarts the world stopped by this M (Go's `startTheWorld`): each M that
/// stopped gets a P back; the rest are idle.
pub fn start_the_world() {
    SCHED.with(|s| {
        GCWAITING.store(false, Ordering::Release);
        while let Some(p) = s.stopped.pop() {
            match s.gcwaiters.pop() {
                // SAFETY: a waiting M sleeps on its note; nothing else touches it.
                Some(w) => unsafe {
                    (*w).nextp = p;
                    (*w).park.wakeup();
                },
                None => pidleput(s, p),
            }
        }
    });
    wakep();
}

/// Stops this M's P while the world stops, and sleeps until it restarts with a
/// P for it; returns at once when the world is not stopping.
fn gcstopm(m: &mut M) {
    let me = m as *mut M;
    let stopping = SCHED.with(|s| {
        if !GCWAITING.load(Ordering::Acquire) {
            return false;
        }
        m.park.clear();
        s.gcwaiters.push(me);
        let p = std::mem::replace(&mut m.p, std::ptr::null_mut());
        pidleput(s, p);
        true
    });
    if !stopping {
        return;
    }
    if m.spinning {
        m.spinning = false;
        NMSPINNING.fetch_sub(1, Ordering::AcqRel);
    }
    m.park.sleep(None);
    m.p = std::mem::replace(&mut m.nextp, std::ptr::null_mut());
}

/// For an M at a safe point that found another stopping the world: stops with
/// it and waits for it to restart.
pub fn stop_with_the_world() {
    // SAFETY: on this M's thread; no other reference to it is held here.
    gcstopm(unsafe { curm() });
}

/// Every M (they live forever).
pub fn allms() -> Vec<*mut M> {
    SCHED.with(|s| s.allm.clone())
}

/// The next goroutine for this M to run; blocks (sleeping) until there is one.
fn findrunnable() -> *mut G {
    // SAFETY: on this M's thread; no other reference to it is held here.
    let m = unsafe { curm() };
    loop {
        if GCWAITING.load(Ordering::Acquire) && !m.p.is_null() {
            gcstopm(m);
            continue;
        }
        if !m.p.is_null() {
            let p = p_of(m);
            if p.id >= GOMAXPROCS.load(Ordering::Relaxed) {
                // taken out of service by runtime.GOMAXPROCS: its goroutines go to
                // the global queue, and this M to an idle P in service if there is
                // one (the others may all be asleep)
                globrunqput(&p.runq.drain());
                m.p = SCHED.with(|s| {
                    pidleput(s, m.p);
                    pidleget(s).unwrap_or(std::ptr::null_mut())
                });
                continue;
            }
            crate::time::run_timers();
            if let Some(g) = p.runq.get().or_else(|| globrunqget(p)) {
                resetspinning(m);
                return g;
            }
            if let Some(g) = steal(m) {
                resetspinning(m);
                return g;
            }
            // nothing to do: give the P back
            SCHED.mutex().lock();
            // SAFETY: the lock is held until s is last used.
            let s = unsafe { SCHED.get() };
            if let Some(g) = s.runq.pop_front() {
                RUNQ_LEN.fetch_sub(1, Ordering::Release);
                SCHED.mutex().unlock();
                resetspinning(m);
                return g;
            }
            pidleput(s, m.p);
            m.p = std::ptr::null_mut();
            SCHED.mutex().unlock();
            if m.spinning {
                m.spinning = false;
                NMSPINNING.fetch_sub(1, Ordering::AcqRel);
                // work may have been queued while this M was leaving: look again
                if allp().any(|p| !p.runq.is_empty()) || RUNQ_LEN.load(Ordering::Acquire) != 0 {
                    if let Some(p) = SCHED.with(pidleget) {
                        m.p = p;
                        m.spinning = true;
                        NMSPINNING.fetch_add(1, Ordering::AcqRel);
                        continue;
                    }
                }
            }
        }
        stopm(m);
    }
}

/// Steals work from another P for this M's P.
fn steal(m: &mut M) -> Option<*mut G> {
    let max = GOMAXPROCS.load(Ordering::Relaxed).min(NALLP.load(Ordering::Acquire));
    if max <= 1 {
        return None;
    }
    if !m.spinning {
        m.spinning = true;
        NMSPINNING.fetch_add(1, Ordering::AcqRel);
    }
    let me = p_of(m);
    let start = crate::fastrand() as usize;
    for _ in 0..4 {
        for i in 0..max {
            let victim = allp_get((start + i) % max);
            if victim.id == me.id {
                continue;
            }
            let mut got = victim.runq.steal().into_iter();
            if let Some(g) = got.next() {
                for rest in got {
                    globrunqput(&me.runq.put(rest, false));
                }
                return Some(g);
            }
        }
    }
    None
}

/// A spinning M that found work stops spinning, and wakes another to look for
/// the rest.
fn resetspinning(m: &mut M) {
    if m.spinning {
        m.spinning = false;
        if NMSPINNING.fetch_sub(1, Ordering::AcqRel) == 1 {
            wakep();
        }
    }
}

/// Sleeps this M until it is handed a P (or a timer is due).
fn stopm(m: &mut M) {
    let me = m as *mut M;
    SCHED.with(|s| {
        m.park.clear();
        s.midle.push(me);
        checkdead(s);
    });
    let deadline = crate::time::next_deadline();
    crate::time::sleeping_until(deadline.unwrap_or(i64::MAX));
    let timeout = deadline.map(|d| std::time::Duration::from_nanos(d.saturating_sub(crate::time::nanotime()).max(0) as u64));
    let woken = m.park.sleep(timeout);
    crate::time::awake(deadline.unwrap_or(i64::MAX));
    if woken {
        m.p = std::mem::replace(&mut m.nextp, std::ptr::null_mut());
        return;
    }
    // a timer is due: take a P to run it, unless someone woke this M meanwhile
    SCHED.with(|s| {
        if let Some(i) = s.midle.iter().position(|&x| x == me) {
            s.midle.swap_remove(i);
            if let Some(p) = pidleget(s) {
                m.p = p;
            } else {
                // no P free: the Ms running will see the timer
                s.midle.push(me);
            }
        }
    });
    if m.p.is_null() && m.park.sleep(None) {
        m.p = std::mem::replace(&mut m.nextp, std::ptr::null_mut());
    }
}

/// Go's `checkdead`: when every M is idle, no goroutine is runnable and no
/// timer is pending, nothing can ever run again. SCHED's lock held.
fn checkdead(s: &mut Sched) {
    if s.midle.len() < s.mcount || !s.runq.is_empty() || crate::time::pending() {
        return;
    }
    if allp().any(|p| !p.runq.is_empty()) {
        return;
    }
    if s.main_goexited && num_goroutine() == 0 {
        crate::panic::throw("no goroutines (main called runtime.Goexit) - deadlock!");
    }
    // SAFETY: every G in allgs is live (dead ones are recycled, not freed).
    let blocked: Vec<&G> =
        s.allgs.iter().map(|&g| unsafe { &*g }).filter(|g| g.status.load(Ordering::Acquire) == G_WAITING && crate::session::deadlock_counts(g)).collect();
    let Some(&input) = blocked.first() else { return };
    crate::session::deadlock(input, || {
        crate::output::ewrite(b"fatal error: all goroutines are asleep - deadlock!\n\n");
        for (i, g) in blocked.iter().enumerate() {
            if i > 0 {
                crate::output::ewrite(b"\n");
            }
            crate::traceback::print_goroutine(g, g.waitreason);
        }
    });
}

/// Every goroutine ever made (dead ones included: they are recycled, not freed).
pub fn allgs() -> Vec<*mut G> {
    SCHED.with(|s| s.allgs.clone())
}

/// Entered instead of `park_m` when an entry point declared not to park asked
/// to (`entries.rs`, `asm_amd64::systemstack_nopark`): a runtime bug.
pub extern "C" fn badpark(_g: *mut G) -> ! {
    crate::panic::throw("runtime entry point declared not to park asked to park")
}

/// Entered on the system stack when goroutine `g` parks (see `asm::systemstack`).
///
/// # Safety
/// Entered only from the trampolines, on the system stack: `g` is the goroutine that just parked,
/// its context saved in `g.sched`.
pub unsafe extern "C" fn park_m(g: *mut G) -> ! {
    // SAFETY: g is the goroutine that just parked on this M; its context is saved.
    let gr = unsafe { &mut *g };
    // SAFETY: on this M's thread; no other reference to it is held here.
    let m = unsafe { curm() };
    m.curg = std::ptr::null_mut();
    p_of(m).curg.store(std::ptr::null_mut(), Ordering::Relaxed);
    let park = std::mem::take(&mut gr.park);
    // a safe point: nothing on the goroutine's stack but its own frames
    if park != PARK_EXIT && !gr.preempted {
        crate::stack::shrinkstack(gr);
        gr.side.release_dead();
    }
    match park {
        PARK_EXIT => goexit0(p_of(m), gr),
        PARK_GC | PARK_GC_FORCED => {
            // SAFETY: g is parked on this M, which holds a P.
            let finalizers = unsafe { crate::mgc::gc_at_safe_point(park == PARK_GC_FORCED) };
            // `runtime.GC` lets queued finalizers run before it returns, as
            // Go's does (it yields while it sweeps); a goroutine whose time
            // slice is over yields too (the preemption request `sysmon` made
            // may be the one this stop answered)
            if (finalizers && park == PARK_GC_FORCED) || p_of(m).slice_over.load(Ordering::Relaxed) {
                gr.status.store(G_RUNNABLE, Ordering::Release);
                globrunqput(&[g]);
            } else {
                execute(g, true)
            }
        }
        PARK_YIELD => {
            gr.status.store(G_RUNNABLE, Ordering::Release);
            globrunqput(&[g]);
        }
        PARK_SPAWN => {
            // the creator runs next, unless another P takes it first
            gr.status.store(G_RUNNABLE, Ordering::Release);
            let ng = std::mem::replace(&mut m.nextg, std::ptr::null_mut());
            // the queue is full: what was to run next waits in the global queue
            globrunqput(p_of(m).runq.put_next(g).as_slice());
            if !GCWAITING.load(Ordering::Acquire) {
                execute(ng, false)
            }
            globrunqput(&p_of(m).runq.put(ng, false));
        }
        _ => {
            gr.status.store(G_WAITING, Ordering::Release);
            let lock = std::mem::replace(&mut gr.park_lock, std::ptr::null());
            if !lock.is_null() {
                // SAFETY: the lock the goroutine's runtime call took and handed over.
                unsafe { (*lock).unlock() };
            }
            for l in std::mem::take(&mut gr.park_locks).into_iter().rev() {
                // SAFETY: as above (a select's channel locks).
                unsafe { (*l).unlock() };
            }
        }
    }
    schedule()
}

/// Asks for `g` to park when its runtime call returns to the trampoline; `lock`
/// (held now) is released once it is parked. Go's `gopark`.
///
/// # Safety
/// `g` is the calling goroutine, in a runtime call that returns to its trampoline right after this.
pub unsafe fn gopark(g: *mut G, lock: Option<&Mutex>, reason: &'static str) {
    // SAFETY: g is the current goroutine, in a runtime call.
    unsafe {
        (*g).park = PARK_WAIT;
        (*g).park_lock = lock.map_or(std::ptr::null(), |l| l as *const Mutex);
        (*g).waitreason = reason;
    }
}

fn goexit0(p: &P, g: &mut G) {
    g.status.store(G_DEAD, Ordering::Release);
    g.m = std::ptr::null_mut();
    // the collector does not scan dead goroutines: their free defer records
    // are garbage, not a pool for whoever reuses the G
    g.deferpool = 0;
    count_goroutines(Some(p), -1);
    g.preempted = false;
    crate::session::finish(g, crate::session::Outcome::Returned);
    if is_main_goroutine(g) {
        // main returned (or called Goexit with nothing else to run); a
        // goroutine printing a panic ends the program instead
        if !SCHED.with(|s| s.main_goexited) && !crate::panic::panicking() {
            crate::panic::exit(0);
        }
    }
    if g.stack_hi - g.stack_lo != crate::stack::MIN_STACK {
        crate::stack::free_stack(g);
    }
    g.side.free();
    gfput(Some(p), g as *mut G);
}

/// `go f(...)`: a new goroutine running func value `fv`.
///
/// Normally it is queued to run next on this P (`runnext`) and the creator goes
/// on, as in Go. But a goroutine that starts goroutines faster than the Ps can
/// run them fills its P's queue, then the global queue behind it, without
/// bound: each queued goroutine holds a G and a stack. (Go's `go` statement
/// costs about as much as running a short goroutine, so Go's queues stay
/// short; minigo's costs half as much, and a million short goroutines started
/// in a loop were 100,000 queued at once, 200 MB.) So when the P's queue is
/// full, the creator parks and the new goroutine runs at once on this M, the
/// creator next (work first, as Cilk schedules spawns): a loop of `go`
/// statements then runs at the speed its goroutines finish. A goroutine that
/// does not finish soon would hold its creator back for its whole time
/// slice, at every `go` statement while the queue stays full: so a P that sees
/// its creator wait longer than `SPAWN_FIRST_SLOW` stops, until it next finds
/// its queue empty (its backlog run).
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn newproc(g: *mut G, fv: usize) {
    // SAFETY: on this M's thread, for this statement.
    let m = unsafe { curm() };
    let p = p_of(m);
    let ng = newg(Some(p), fv, next_goid(Some(p)));
    // SAFETY: g is the creating goroutine in this runtime call; ng is new.
    unsafe {
        (*ng).gopc = *((*g).sched.sp as *const usize);
        (*ng).parent_goid = (*g).goid;
    }
    if spawn_first(p) {
        m.nextg = ng;
        // SAFETY: g is the current goroutine, in a runtime call.
        unsafe { (*g).park = PARK_SPAWN };
    } else {
        globrunqput(&p.runq.put(ng, true));
    }
    wakep();
}

/// A creator waiting longer than this for the goroutine it let run first has
/// met one that does not finish soon (a goroutine's time slice is 10 ms).
const SPAWN_FIRST_SLOW: i64 = 1_000_000;

/// Whether `newproc` on P `p` should run its new goroutine ahead of the creator.
fn spawn_first(p: &P) -> bool {
    if !p.runq.is_full() {
        if p.spawn_first_at.load(Ordering::Relaxed) != 0 && p.runq.is_empty() {
            p.spawn_first_at.store(0, Ordering::Relaxed);
            p.spawn_first_off.store(false, Ordering::Relaxed);
        }
        return false;
    }
    if p.spawn_first_off.load(Ordering::Relaxed) {
        return false;
    }
    let now = crate::time::nanotime();
    let last = p.spawn_first_at.load(Ordering::Relaxed);
    if last != 0 && now - last > SPAWN_FIRST_SLOW {
        p.spawn_first_off.store(true, Ordering::Relaxed);
        return false;
    }
    p.spawn_first_at.store(now, Ordering::Relaxed);
    true
}

/// A goroutine started by the runtime itself (`time.AfterFunc`).
pub fn newproc_from_runtime(fv: usize, goid: Option<i64>) {
    // SAFETY: on this M's thread; no other reference to it is held here.
    let m = unsafe { curm() };
    let p = (!m.p.is_null()).then(|| p_of(m));
    let ng = newg(p, fv, goid.unwrap_or_else(|| next_goid(p)));
    match p {
        None => globrunqput(&[ng]),
        Some(p) => globrunqput(&p.runq.put(ng, false)),
    }
    wakep();
}

/// Ends the calling goroutine (returning from its function, or `runtime.Goexit`).
///
/// # Safety
/// Called only through its native's trampoline, as compiled code calls it: `g` is the calling
/// goroutine, stopped in this call, and every pointer argument is valid for its Go type.
pub unsafe extern "C" fn goexit1(g: *mut G) {
    // SAFETY: g is the current goroutine.
    unsafe { (*g).park = PARK_EXIT };
}

/// `runtime.Goexit` on the main goroutine: the program goes on until nothing
/// else can run.
///
/// # Safety
/// Called only through its native's trampoline, as compiled code calls it: `g` is the calling
/// goroutine, stopped in this call, and every pointer argument is valid for its Go type.
pub unsafe extern "C" fn main_goexit(g: *mut G) {
    SCHED.with(|s| s.main_goexited = true);
    // SAFETY: main_goexit is a native too, with goexit1's contract.
    unsafe { goexit1(g) };
}

/// `runtime.Gosched`.
///
/// # Safety
/// Called only through its native's trampoline, as compiled code calls it: `g` is the calling
/// goroutine, stopped in this call, and every pointer argument is valid for its Go type.
pub unsafe extern "C" fn gosched(g: *mut G) {
    // SAFETY: g is the current goroutine.
    unsafe { (*g).park = PARK_YIELD };
}

/// Counts `n` goroutines started (1) or ended (-1) on P `p`, or with no P.
fn count_goroutines(p: Option<&P>, n: i64) {
    match p {
        // the M holding p is the only writer: no locked read-modify-write
        Some(p) => p.ngoroutines.store(p.ngoroutines.load(Ordering::Relaxed) + n, Ordering::Relaxed),
        None => _ = NGOROUTINES.fetch_add(n, Ordering::Relaxed),
    }
}

/// Goroutines started and not yet ended. Read while goroutines start and end
/// elsewhere it is a moment's count, as Go's `runtime.NumGoroutine` is.
pub fn num_goroutine() -> i64 {
    NGOROUTINES.load(Ordering::Relaxed) + allp().map(|p| p.ngoroutines.load(Ordering::Relaxed)).sum::<i64>()
}

/// Sets the number of Ps in use; returns the previous number.
pub fn set_gomaxprocs(n: usize) -> usize {
    let n = n.clamp(1, MAX_GOMAXPROCS);
    SCHED.mutex().lock();
    // SAFETY: the lock is held until s is last used.
    let s = unsafe { SCHED.get() };
    let made = NALLP.load(Ordering::Relaxed);
    for (id, slot) in ALLP.iter().enumerate().take(n).skip(made) {
        let p = Box::into_raw(Box::new(P {
            id,
            runq: Runq::default(),
            schedtick: Default::default(),
            curg: Default::default(),
            slice_over: Default::default(),
            goidcache: Default::default(),
            goidcacheend: Default::default(),
            gfree: Default::default(),
            ngoroutines: Default::default(),
            spawn_first_at: Default::default(),
            spawn_first_off: Default::default(),
        }));
        slot.store(p, Ordering::Relaxed);
        NALLP.store(id + 1, Ordering::Release);
        pidleput(s, p);
    }
    let old = GOMAXPROCS.swap(n, Ordering::AcqRel);
    SCHED.mutex().unlock();
    if STARTED.load(Ordering::Relaxed) {
        for _ in old..n {
            wakep();
        }
    }
    old
}

pub fn gomaxprocs() -> usize {
    GOMAXPROCS.load(Ordering::Relaxed)
}

/// Leaves this M's P for others while the goroutine blocks in the OS (Go's
/// `entersyscallblock`); returns the P to take back.
pub fn entersyscall() -> *mut P {
    // SAFETY: on this M's thread; no other reference to it is held here.
    let m = unsafe { curm() };
    // What the collector scans of this M while the call blocks: the system
    // stack from here up (the runtime's frames, with the Go pointers they hold)
    // and the callee-saved registers, which may hold Go pointers of the callers
    // that no frame has saved yet.
    let mut regs = [0usize; 6];
    // SAFETY: stores six registers into the array.
    unsafe {
        std::arch::asm!(
            "mov [{0}], rbx", "mov [{0} + 8], rbp", "mov [{0} + 16], r12", "mov [{0} + 24], r13", "mov [{0} + 32], r14", "mov [{0} + 40], r15",
            in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags)
        )
    };
    m.syscall_regs = regs;
    m.syscall_sp = regs.as_ptr() as usize;
    let p = std::mem::replace(&mut m.p, std::ptr::null_mut());
    // SAFETY: the current goroutine is in this runtime call.
    unsafe { (*m.curg).status.store(G_SYSCALL, Ordering::Release) };
    // another M runs the P's goroutines meanwhile
    SCHED.with(|s| pidleput(s, p));
    if NMSPINNING.load(Ordering::Acquire) == 0 && NMSPINNING.compare_exchange(0, 1, Ordering::AcqRel, Ordering::Relaxed).is_ok() {
        startm(true);
    }
    p
}

/// Back from the OS: gets a P again, waiting for one if all are busy.
pub fn exitsyscall() {
    // SAFETY: on this M's thread; no other reference to it is held here.
    let m = unsafe { curm() };
    loop {
        if let Some(p) = SCHED.with(pidleget) {
            m.p = p;
            break;
        }
        std::thread::sleep(std::time::Duration::from_micros(20));
    }
    // SAFETY: as in entersyscall.
    unsafe { (*m.curg).status.store(G_RUNNING, Ordering::Release) };
}

crate::entry!(rt_goexit => goexit1);
