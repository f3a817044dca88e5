//! Specials (Go's `mfinal.go` and the specials of `mheap.go`): actions attached
//! to heap objects that run when the collector finds them unreachable. There are
//! two kinds: the drops of runtime structures that own Rust memory (a map's
//! index, a channel's wait queues; see `malloc::new_dropped`), run by the
//! collector itself, and finalizers (`runtime.SetFinalizer`), run by Go code.
//!
//! A finalizer is attached to the object its pointer points into. While it is
//! set, marking treats the object's *contents* as a root (but not the object
//! itself), and the finalizer's func value too: so whatever the object points to
//! survives, and of a chain of finalized objects only the outermost unreachable
//! one is found unreachable in a cycle, as Go's ordering rule says. After
//! marking, each finalizer whose object is unmarked is taken off its object and
//! queued; the object is marked after all (its contents were, so nothing under it
//! is freed) and lives until its finalizer has run and dropped it: one cycle's
//! delay, as Go. Queued finalizers run one after another on a goroutine the
//! runtime starts when it queues some and none is running (`runtime.runfinq`,
//! Go code that calls each func value with its argument); it ends when the queue
//! is empty, so an idle program has no finalizer goroutine.

use crate::abi::{Kind, TypeDesc, TFLAG_NAMED};
use crate::lock::Locked;
use crate::mgcmark::is_marked;
use crate::mheap::{span_of, HEAP};
use std::collections::{BTreeMap, VecDeque};

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

/// A finalizer set by `runtime.SetFinalizer` (Go's `specialfinalizer`).
#[derive(Clone, Copy)]
pub struct Finalizer {
    /// The pointer it was set on: the argument the finalizer gets.
    pub p: usize,
    /// The base of the heap object `p` points into.
    base: usize,
    /// The finalizer's func value.
    pub fv: usize,
    /// When the finalizer's parameter is an interface, its first word (the type
    /// descriptor of `p`'s type for an empty interface, else the itab); 0 when
    /// it is a pointer.
    pub iword: usize,
}

struct Finalizers {
    /// The finalizers set, by the pointer each was set on.
    set: BTreeMap<usize, Finalizer>,
    /// Objects found unreachable whose finalizer has not run yet (Go's `finq`).
    queue: VecDeque<Finalizer>,
    /// `runtime.runfinq`'s func value, which the finalizer goroutine runs.
    runner: usize,
    /// A finalizer goroutine is started and has not found the queue empty yet.
    running: bool,
    /// The finalizer goroutine's id, reserved by the first finalizer set (where
    /// Go creates its finalizer goroutine) and kept by each one started (None in
    /// a REPL session, whose goroutines take their ids when they start).
    goid: Option<i64>,
}

static FINALIZERS: Locked<Finalizers> = Locked::new(Finalizers { set: BTreeMap::new(), queue: VecDeque::new(), runner: 0, running: false, goid: None });

/// Why `SetFinalizer` cannot set a finalizer (Go's `throw` texts).
fn bad(msg: String) -> String {
    format!("runtime.SetFinalizer: {msg}")
}

/// `runtime.SetFinalizer(obj, finalizer)` with both interfaces as (type, data)
/// and `runner` the func value of `runtime.runfinq`. Err is the fatal error Go
/// throws.
///
/// # Safety
/// The type words are type descriptors the compiler emitted (or null); `fv` is
/// a func value when `ft` is a func type.
pub unsafe fn set_finalizer(ot: *const TypeDesc, p: usize, ft: *const TypeDesc, fv: usize, runner: usize) -> Result<(), String> {
    // SAFETY: descriptors from the compiler.
    let Some(otd) = (unsafe { ot.as_ref() }) else { return Err(bad("first argument is nil".into())) };
    if otd.kind() != Kind::Pointer {
        return Err(bad(format!("first argument is {}, not pointer", otd.name())));
    }
    // The object stays in use while the caller holds `p`; the heap lock keeps
    // the page map from changing under the lookup.
    // SAFETY: the heap lock is held.
    let Some((base, elemsize)) = HEAP.with(|_| unsafe { span_of(p) }.and_then(|s| s.slot(p).map(|i| (s.base + i * s.elemsize, s.elemsize)))) else {
        // package variables and zero-sized values: never freed, never finalized
        return Ok(());
    };
    // SAFETY: a pointer type's element descriptor.
    let elem = unsafe { &*otd.elem };
    // Go allows interior pointers only into objects its tiny allocator may
    // have combined (no pointers, under 16 bytes); minigo has none, but a
    // program valid under Go's rule must run.
    if p != base && (elem.has_pointers() || elem.size >= 16 || elemsize > 16) {
        return Err(bad("pointer not at beginning of allocated block".into()));
    }
    // SAFETY: descriptors from the compiler.
    let Some(ftd) = (unsafe { ft.as_ref() }) else {
        FINALIZERS.with(|f| f.set.remove(&p));
        return Ok(());
    };
    if ftd.kind() != Kind::Func {
        return Err(bad(format!("second argument is {}, not a function", ftd.name())));
    }
    let cannot = || format!("cannot pass {} to finalizer {}", otd.name(), ftd.name());
    if ftd.dir & 1 != 0 {
        return Err(bad(cannot() + " because dotdotdot"));
    }
    if ftd.nparams != 1 {
        return Err(bad(cannot()));
    }
    // SAFETY: a func type's one parameter descriptor.
    let fint = unsafe { &**ftd.params };
    // Go's "uncommon" types: named, or with methods (method tables list only
    // the methods some interface of the program calls, so a pointer whose
    // methods no interface mentions counts as without)
    let uncommon = |t: &TypeDesc| t.flags & TFLAG_NAMED != 0 || t.nmethods != 0;
    let iword = match fint.kind() {
        _ if std::ptr::eq(fint, otd) => 0,
        Kind::Pointer if (!uncommon(fint) || !uncommon(otd)) && std::ptr::eq(fint.elem, otd.elem) => 0,
        Kind::Interface if fint.nimethods == 0 => ot as usize,
        // SAFETY: fint is an interface type's descriptor, ot a concrete type's.
        Kind::Interface => match unsafe { crate::iface::getitab(fint, ot) } as usize {
            0 => return Err(bad(cannot())),
            itab => itab,
        },
        _ => return Err(bad(cannot())),
    };
    FINALIZERS.with(|f| {
        f.runner = runner;
        if f.goid.is_none() {
            f.goid = crate::proc::reserve_goid();
        }
        match f.set.entry(p) {
            std::collections::btree_map::Entry::Occupied(_) => Err(bad("finalizer already set".into())),
            std::collections::btree_map::Entry::Vacant(v) => {
                v.insert(Finalizer { p, base, fv, iword });
                Ok(())
            }
        }
    })
}

/// What marking must treat as roots because of finalizers.
pub enum Root {
    /// A word that may point to an object (a func value, a queued object).
    Word(usize),
    /// The contents of the object this points into, not the object itself.
    Contents(usize),
}

/// The finalizers' roots: set finalizers' objects' contents and func values,
/// queued finalizers' objects and func values, and the runner.
///
/// # Safety
/// The world is stopped.
pub unsafe fn gc_roots(root: &mut dyn FnMut(Root)) {
    FINALIZERS.with(|f| {
        root(Root::Word(f.runner));
        for fin in f.set.values() {
            root(Root::Contents(fin.base));
            root(Root::Word(fin.fv));
        }
        for fin in &f.queue {
            root(Root::Word(fin.p));
            root(Root::Word(fin.fv));
        }
    })
}

/// Queues the finalizers of objects marking left unmarked, and marks those
/// objects (their contents were marked as roots); returns the bytes so kept.
///
/// # Safety
/// The world is stopped, after marking and before sweeping.
pub unsafe fn queue_unreachable() -> usize {
    FINALIZERS.with(|f| {
        let mut kept = 0;
        let dead: Vec<usize> = f.set.iter().filter(|(_, fin)| !unsafe { is_marked(fin.base) }).map(|(&p, _)| p).collect();
        for p in dead {
            let fin = f.set.remove(&p).expect("a set finalizer");
            // SAFETY: the world is stopped; base is a heap object's.
            if let Some(s) = unsafe { span_of(fin.base) } {
                if s.slot(fin.base).is_some_and(|i| s.mark(i)) {
                    kept += s.elemsize;
                }
            }
            f.queue.push_back(fin);
        }
        kept
    })
}

/// Starts the finalizer goroutine if finalizers are queued and none is running
/// (after a collection, with the world restarted); whether finalizers are
/// waiting to run (on a goroutine started now or before).
pub fn wake() -> bool {
    let (start, pending) = FINALIZERS.with(|f| {
        let start = !f.queue.is_empty() && !f.running && f.runner != 0;
        f.running |= start;
        (start.then_some((f.runner, f.goid)), f.running)
    });
    if let Some((fv, goid)) = start {
        crate::proc::newproc_from_runtime(fv, goid);
    }
    pending
}

/// The next queued finalizer for the finalizer goroutine; None (and the
/// goroutine ends) when the queue is empty.
pub fn next_finalizer() -> Option<Finalizer> {
    FINALIZERS.with(|f| {
        let next = f.queue.pop_front();
        f.running = next.is_some();
        next
    })
}
