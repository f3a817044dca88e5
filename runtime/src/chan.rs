//! Channels (Go's `chan.go`). A channel is a lock, a ring buffer of `dataqsiz`
//! elements and two FIFO queues of waiting goroutines (`sudog`s). A send to a
//! waiting receiver copies the value straight into the receiver's destination and
//! readies it; otherwise it goes to the buffer, or the sender parks. Values
//! travel through heap memory only (destinations are in `g.scratch` or heap
//! temporaries), never through goroutine stacks.
//!
//! A goroutine blocked in `select` has a sudog on several channels; the first
//! operation to claim it (`sel` flag) wins, and the others skip its stale sudogs.

use crate::abi::{TypeDesc, G};
use crate::lock::Mutex;
use crate::proc::{gopark, goready};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering};
use std::sync::Arc;

/// A goroutine waiting on a channel.
pub struct Sudog {
    pub g: *mut G,
    /// Where the value comes from (send) or goes to (receive); null when a
    /// receive discards it.
    pub elem: *mut u8,
    /// For `select`: the flag its cases share, which case this is, and whether
    /// it sends.
    pub sel: Option<Arc<AtomicU32>>,
    pub case: usize,
    pub send: bool,
}

impl Sudog {
    /// Claims the waiting goroutine (a select's first claim wins).
    fn claim(&self) -> bool {
        self.sel.as_ref().is_none_or(|s| s.compare_exchange(0, 1, Ordering::AcqRel, Ordering::Relaxed).is_ok())
    }

    fn stale(&self) -> bool {
        self.sel.as_ref().is_some_and(|s| s.load(Ordering::Acquire) != 0)
    }
}

#[derive(Default)]
pub struct WaitQ(VecDeque<Box<Sudog>>);

impl WaitQ {
    /// The first waiter that can still be woken, claimed.
    fn dequeue(&mut self) -> Option<Box<Sudog>> {
        while let Some(sg) = self.0.pop_front() {
            if sg.claim() {
                return Some(sg);
            }
        }
        None
    }

    /// Whether a goroutine waits here (a finished select's leftovers aside).
    pub fn has_waiters(&self) -> bool {
        self.0.iter().any(|s| !s.stale())
    }

    pub fn enqueue(&mut self, sg: Box<Sudog>) {
        // drop the leftovers of finished selects, so queues stay short
        if self.0.front().is_some_and(|s| s.stale()) || self.0.back().is_some_and(|s| s.stale()) {
            self.0.retain(|s| !s.stale());
        }
        self.0.push_back(sg);
    }
}

/// A channel. Compiled code reads `qcount` and `dataqsiz` for `len` and `cap`
/// (`abi::HCHAN_QCOUNT`, `abi::HCHAN_DATAQSIZ`), unless `timer` is set
/// (`abi::HCHAN_TIMER`).
#[repr(C)]
pub struct HChan {
    /// Written under `lock`; read without it by `len` and by `select`'s first look.
    pub qcount: AtomicUsize,
    pub dataqsiz: usize,
    /// A timer's channel (`mark_timer`): `len` and `cap` report 0, as Go's
    /// synchronous timer channels do since Go 1.23, though the buffer holds the
    /// one time the timer sent and nobody received yet (Stop and Reset take it
    /// back). Set before the timer is armed and never cleared.
    pub timer: AtomicBool,
    buf: *mut u8,
    elemsize: usize,
    closed: bool,
    sendx: usize,
    recvx: usize,
    pub recvq: WaitQ,
    pub sendq: WaitQ,
    pub lock: Mutex,
}

// Results of channel operations, for compiled code.
pub const SEND_OK: u64 = 0;
pub const SEND_CLOSED: u64 = 1;
pub const RECV_CLOSED: u64 = 0;
pub const RECV_OK: u64 = 1;
pub const WOULD_BLOCK: u64 = 2;
pub const CLOSE_OK: u64 = 0;
pub const CLOSE_NIL: u64 = 1;
pub const CLOSE_CLOSED: u64 = 2;

/// `make(chan T, size)` (size checked by compiled code).
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn makechan(_g: *mut G, elem: *const TypeDesc, size: usize) -> *mut HChan {
    // SAFETY: a valid descriptor.
    let elemsize = unsafe { (*elem).size };
    // SAFETY: as above.
    let buf = crate::malloc::alloc_for(unsafe { &*elem }, elemsize.saturating_mul(size));
    crate::malloc::new_dropped(HChan {
        qcount: AtomicUsize::new(0),
        dataqsiz: size,
        timer: AtomicBool::new(false),
        buf,
        elemsize,
        closed: false,
        sendx: 0,
        recvx: 0,
        recvq: WaitQ::default(),
        sendq: WaitQ::default(),
        lock: Mutex::new(),
    })
}

impl HChan {
    fn slot(&self, i: usize) -> *mut u8 {
        // SAFETY: i < dataqsiz slots are allocated.
        unsafe { self.buf.add(i * self.elemsize) }
    }

    fn copy(&self, dst: *mut u8, src: *const u8) {
        if !dst.is_null() && self.elemsize > 0 {
            // SAFETY: both point at elements of this channel's type.
            unsafe { std::ptr::copy_nonoverlapping(src, dst, self.elemsize) };
        }
    }

    fn zero(&self, dst: *mut u8) {
        if !dst.is_null() {
            // SAFETY: dst points at an element.
            unsafe { std::ptr::write_bytes(dst, 0, self.elemsize) };
        }
    }
}

/// Readies a goroutine whose channel operation completed, with its result.
fn wake(sg: Sudog, result: u64) {
    // SAFETY: sg.g is parked (the channel lock its waker holds was handed to its
    // gopark); results go where gogo picks them up.
    unsafe {
        let g = &mut *sg.g;
        if sg.sel.is_none() {
            g.sched.ret0 = result as usize;
        } else {
            // a select learns which case fired, and a receive's ok (or that its
            // send found the channel closed)
            g.sched.ret0 = sg.case;
            g.sched.ret1 = if sg.send { 2 * (result == SEND_CLOSED) as usize } else { (result == RECV_OK) as usize };
        }
    }
    // SAFETY: sg's goroutine is parked on this channel, whose lock we hold.
    unsafe { goready(sg.g) };
}

/// Parks forever (operations on nil channels).
fn block_forever(g: *mut G, reason: &'static str) {
    // SAFETY: g is the calling goroutine, in a channel operation.
    unsafe { gopark(g, None, reason) };
}

/// Sends the element at `ep` on `c`. Lock held; the caller knows it is open and
/// releases the lock after.
fn send_locked(c: &mut HChan, ep: *const u8) -> Option<u64> {
    if let Some(sg) = c.recvq.dequeue() {
        c.copy(sg.elem, ep);
        wake(*sg, RECV_OK);
        return Some(SEND_OK);
    }
    let n = c.qcount.load(Ordering::Relaxed);
    if n < c.dataqsiz {
        c.copy(c.slot(c.sendx), ep);
        c.sendx = (c.sendx + 1) % c.dataqsiz;
        c.qcount.store(n + 1, Ordering::Relaxed);
        return Some(SEND_OK);
    }
    None
}

/// Receives into `ep` from `c`. Lock held; `None` if it would block.
fn recv_locked(c: &mut HChan, ep: *mut u8) -> Option<u64> {
    if let Some(sg) = c.sendq.dequeue() {
        if c.dataqsiz == 0 {
            c.copy(ep, sg.elem);
        } else {
            // the buffer is full: take its head, and the sender's value joins the tail
            c.copy(ep, c.slot(c.recvx));
            c.copy(c.slot(c.recvx), sg.elem);
            c.recvx = (c.recvx + 1) % c.dataqsiz;
            c.sendx = c.recvx;
        }
        wake(*sg, SEND_OK);
        return Some(RECV_OK);
    }
    let n = c.qcount.load(Ordering::Relaxed);
    if n > 0 {
        c.copy(ep, c.slot(c.recvx));
        c.zero(c.slot(c.recvx));
        c.recvx = (c.recvx + 1) % c.dataqsiz;
        c.qcount.store(n - 1, Ordering::Relaxed);
        return Some(RECV_OK);
    }
    if c.closed {
        c.zero(ep);
        return Some(RECV_CLOSED);
    }
    None
}

fn new_sudog(g: *mut G, elem: *mut u8, sel: Option<Arc<AtomicU32>>, case: usize, send: bool) -> Box<Sudog> {
    Box::new(Sudog { g, elem, sel, case, send })
}

/// `c <- *ep`; with `block` false, `WOULD_BLOCK` instead of waiting.
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn chansend(g: *mut G, c: *mut HChan, ep: *const u8, block: u64) -> u64 {
    if c.is_null() {
        if block == 0 {
            return WOULD_BLOCK;
        }
        block_forever(g, "chan send (nil chan)");
        return SEND_OK;
    }
    // SAFETY: c is a live channel.
    let c = unsafe { &mut *c };
    c.lock.lock();
    if c.closed {
        c.lock.unlock();
        return SEND_CLOSED;
    }
    if let Some(r) = send_locked(c, ep) {
        c.lock.unlock();
        return r;
    }
    if block == 0 {
        c.lock.unlock();
        return WOULD_BLOCK;
    }
    c.sendq.enqueue(new_sudog(g, ep as *mut u8, None, 0, true));
    gopark(g, Some(&c.lock), "chan send");
    SEND_OK
}

/// `*ep = <-c`: `RECV_OK`, or `RECV_CLOSED` with a zero value.
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn chanrecv(g: *mut G, c: *mut HChan, ep: *mut u8, block: u64) -> u64 {
    if c.is_null() {
        if block == 0 {
            return WOULD_BLOCK;
        }
        block_forever(g, "chan receive (nil chan)");
        return RECV_OK;
    }
    // SAFETY: c is a live channel.
    let c = unsafe { &mut *c };
    c.lock.lock();
    if let Some(r) = recv_locked(c, ep) {
        c.lock.unlock();
        return r;
    }
    if block == 0 {
        c.lock.unlock();
        return WOULD_BLOCK;
    }
    c.recvq.enqueue(new_sudog(g, ep, None, 0, false));
    gopark(g, Some(&c.lock), "chan receive");
    RECV_OK
}

/// `close(c)`: wakes every waiter (receivers get zero values, senders panic).
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn closechan(_g: *mut G, c: *mut HChan) -> u64 {
    if c.is_null() {
        return CLOSE_NIL;
    }
    // SAFETY: c is a live channel.
    let c = unsafe { &mut *c };
    c.lock.lock();
    if c.closed {
        c.lock.unlock();
        return CLOSE_CLOSED;
    }
    c.closed = true;
    while let Some(sg) = c.recvq.dequeue() {
        c.zero(sg.elem);
        wake(*sg, RECV_CLOSED);
    }
    while let Some(sg) = c.sendq.dequeue() {
        wake(*sg, SEND_CLOSED);
    }
    c.lock.unlock();
    CLOSE_OK
}

/// Makes `c` a timer's channel (`HChan::timer`).
///
/// # Safety
/// `c` is a live channel.
pub unsafe fn mark_timer(c: *mut HChan) {
    // SAFETY: as the caller promises.
    unsafe { &*c }.timer.store(true, Ordering::Relaxed);
}

/// A timer's tick: sends the time on `c` unless its buffer is full.
///
/// # Safety
/// `c` is a live channel of `time.Time` values.
pub unsafe fn send_time(c: *mut HChan, wall: i64, mono: i64) {
    let t = crate::time::time_value(wall, mono);
    // SAFETY: timer channels are live `chan time.Time` with room for one value.
    let c = unsafe { &mut *c };
    c.lock.lock();
    if !c.closed {
        send_locked(c, t.as_ptr() as *const u8);
    }
    c.lock.unlock();
}

/// For `select`: the operations of one case, with the lock held.
pub fn try_send(c: &mut HChan, ep: *const u8) -> Option<u64> {
    if c.closed {
        return Some(SEND_CLOSED);
    }
    send_locked(c, ep)
}

/// A look without the lock: whether a receive (or a send) on `c` might proceed.
/// False only for a buffered channel with nothing in (no room in) its buffer,
/// where no sender (receiver) can be waiting; a stale answer is harmless to a
/// caller that decides under the lock.
pub fn may_proceed(c: &HChan, send: bool) -> bool {
    let n = c.qcount.load(Ordering::Relaxed);
    c.dataqsiz == 0 || if send { n < c.dataqsiz } else { n > 0 }
}

pub fn try_recv(c: &mut HChan, ep: *mut u8) -> Option<u64> {
    recv_locked(c, ep)
}

pub fn enqueue_select(c: &mut HChan, send: bool, g: *mut G, elem: *mut u8, sel: Arc<AtomicU32>, case: usize) {
    let sg = new_sudog(g, elem, Some(sel), case, send);
    if send {
        c.sendq.enqueue(sg);
    } else {
        c.recvq.enqueue(sg);
    }
}
