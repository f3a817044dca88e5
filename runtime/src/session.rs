//! A session: the runtime serving the REPL. There is no main goroutine; each
//! input runs as a goroutine of its own (the *eval* goroutine), started from the
//! REPL's thread, which waits for it while the Ms run it and every goroutine
//! earlier inputs left running. The ways a program ends — `main` returning, an
//! unrecovered panic, a stack overflow, a deadlock — end only the input in a
//! session.
//!
//! Whether the runtime serves a session is fixed when it starts (`start` here,
//! or `proc::start` for a program), and this file is the only one that asks:
//! the rest of the runtime calls the policies below (`fatal_ends_input`,
//! `deadlock`, ...), which keep a program's behaviour when there is no session,
//! and output is configured by `start` (`output::set_direct`).

use crate::abi::G;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// Set once, by `start`, before any goroutine runs.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// The goroutine id of the input running now (0: none).
static EVAL_GOID: AtomicI64 = AtomicI64::new(0);
/// The goroutines of inputs that ended without returning, which end at their
/// next preemption point (should they ever run again).
static KILLED: Mutex<Vec<i64>> = Mutex::new(Vec::new());

/// How long `eval` waits for an interrupted goroutine to reach a preemption point.
const STOP_GRACE: Duration = Duration::from_millis(100);

/// How the input's goroutine ended, once it has.
static DONE: Mutex<Option<Outcome>> = Mutex::new(None);
static DONE_CV: Condvar = Condvar::new();

/// How an input's evaluation ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Returned,
    /// An unrecovered panic (its message and traceback are printed).
    Panicked,
    /// It blocked with nothing left that could wake it (reported as Go's deadlock).
    Deadlocked,
    /// Ctrl-C: it was stopped at its next preemption point, or, blocked, is left
    /// to end when it next runs.
    Interrupted,
}

/// Whether the runtime runs a REPL session (not a program).
pub fn active() -> bool {
    ACTIVE.load(Ordering::Relaxed)
}

/// Starts the runtime for a session: its Ms start as goroutines appear.
///
/// # Safety
/// As `proc::start`: `adapter` is the compiled entry adapter.
pub unsafe fn start(adapter: usize) {
    ACTIVE.store(true, Ordering::Relaxed);
    // output is not buffered: the prompt follows it
    crate::output::set_direct();
    // SAFETY: forwarded from the caller.
    unsafe { crate::proc::start_without_main(adapter) }
}

/// Runs func value `fv` (of type `func()`) as the eval goroutine and waits until it
/// ends; `interrupted` is polled meanwhile (Ctrl-C).
pub fn eval(fv: usize, interrupted: &dyn Fn() -> bool) -> Outcome {
    *lock_done() = None;
    let mut goid = 0;
    crate::proc::spawn_from_outside(fv, |id| {
        goid = id;
        EVAL_GOID.store(id, Ordering::Release);
    });
    let mut done = lock_done();
    let mut stop_by: Option<Instant> = None;
    loop {
        if let Some(o) = done.take() {
            EVAL_GOID.store(0, Ordering::Release);
            crate::output::flush();
            return o;
        }
        if stop_by.is_none() && interrupted() {
            stop(goid);
            stop_by = Some(Instant::now() + STOP_GRACE);
        }
        // a goroutine blocked in a channel, a lock or a sleep never reaches a
        // preemption point: it is left where it is
        if stop_by.is_some_and(|t| Instant::now() >= t) {
            EVAL_GOID.store(0, Ordering::Release);
            crate::output::flush();
            return Outcome::Interrupted;
        }
        done = DONE_CV.wait_timeout(done, Duration::from_millis(10)).unwrap_or_else(|e| e.into_inner()).0;
    }
}

fn lock_done() -> std::sync::MutexGuard<'static, Option<Outcome>> {
    DONE.lock().unwrap_or_else(|e| e.into_inner())
}

/// Asks goroutine `goid` to end at its next preemption point: now if it runs,
/// or as soon as it runs again if it is blocked (an interrupted input does not
/// go on in the background).
fn stop(goid: i64) {
    KILLED.lock().unwrap_or_else(|e| e.into_inner()).push(goid);
    for g in crate::proc::allgs() {
        // SAFETY: Gs are never freed.
        let g = unsafe { &*g };
        if g.goid == goid {
            crate::preempt::preemptone(g);
        }
    }
}

/// Called at a preemption point: whether `g` is to end there.
pub fn killed(g: &G) -> bool {
    if !active() {
        return false;
    }
    let mut k = KILLED.lock().unwrap_or_else(|e| e.into_inner());
    let Some(i) = k.iter().position(|&id| id == g.goid) else { return false };
    k.swap_remove(i);
    drop(k);
    finish(g, Outcome::Interrupted);
    true
}

/// Ends goroutine `g`, whose input ended `how` (reported already), at its next
/// preemption point.
fn end(g: &G, how: Outcome) {
    finish(g, how);
    KILLED.lock().unwrap_or_else(|e| e.into_inner()).push(g.goid);
    crate::preempt::preemptone(g);
}

/// A fatal error of goroutine `g` (an unrecovered panic, its message and trace
/// printed): ends the program, or in a session only `g` — its input, if `g` is
/// the input's, ends `Panicked`. Returns (in a session) for the caller to end
/// `g`.
pub fn fatal_ends_input(g: &G) {
    if !active() {
        crate::panic::exit(2);
    }
    finish(g, Outcome::Panicked);
}

/// As `fatal_ends_input`, for an error found where `g` cannot end at once (its
/// stack overflowed): in a session, `g` ends at the preemption point the caller
/// sends it to.
pub fn fatal_ends_input_later(g: &G) {
    if !active() {
        crate::panic::exit(2);
    }
    end(g, Outcome::Panicked);
}

/// Whether a goroutine blocked on nothing that can wake it makes a deadlock: any
/// in a program; in a session only the input's (a session is idle between
/// inputs, and earlier inputs' goroutines may wait for later ones).
pub fn deadlock_counts(g: &G) -> bool {
    !active() || g.goid == eval_goid()
}

/// A deadlock of `input` (a goroutine `deadlock_counts`), which `report` prints:
/// a program reports it and exits; a session reports it once, before the REPL's
/// thread learns the input ended, and `input` ends should anything wake it later.
pub fn deadlock(input: &G, report: impl FnOnce()) {
    if !active() {
        report();
        crate::panic::exit(2);
    }
    if EVAL_GOID.load(Ordering::Acquire) != input.goid || lock_done().is_some() {
        return;
    }
    report();
    end(input, Outcome::Deadlocked);
}

/// Records that goroutine `g` ended `how`; returns whether it was the input's.
pub fn finish(g: &G, how: Outcome) -> bool {
    if EVAL_GOID.load(Ordering::Acquire) != g.goid {
        return false;
    }
    let mut done = lock_done();
    if done.is_none() {
        *done = Some(how);
    }
    DONE_CV.notify_all();
    true
}

/// The input's goroutine, if it is blocked (for the deadlock check).
pub fn eval_goid() -> i64 {
    EVAL_GOID.load(Ordering::Acquire)
}

/// Goroutines' output while the prompt waits for a line goes through `printer`
/// (the line editor's, so that it appears above the line being edited).
pub fn set_printer(printer: Option<crate::output::Printer>) {
    crate::output::set_printer(printer);
}

/// Whether the prompt is waiting (output goes through the printer) or not (it
/// goes straight to the terminal).
pub fn printer_enabled(on: bool) {
    crate::output::printer_enabled(on);
}
