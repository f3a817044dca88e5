//! Goroutines and threads: starting the main goroutine, parking, exiting.
//!
//! This is the single-thread foundation the G/M/P scheduler grows from: one M (the
//! thread that calls `start`), its system stack `g0`, and the main goroutine.

use crate::abi::*;
use crate::asm_amd64::{gogo, goroutine_start};
use std::sync::atomic::Ordering;

pub const G_IDLE: u32 = 0;
pub const G_RUNNABLE: u32 = 1;
pub const G_RUNNING: u32 = 2;
pub const G_WAITING: u32 = 4;
pub const G_DEAD: u32 = 6;

/// Why a goroutine asked to park (stored in `g.park`).
pub const PARK_EXIT: u32 = 1;

/// The compiled adapter `extern "C" fn(g, funcval)` that calls a Go func value.
static mut ENTRY_ADAPTER: usize = 0;

const G0_STACK: usize = 8 << 20;

/// Makes a goroutine that will run func value `fv` when scheduled.
pub fn newg(m: *mut M, fv: usize, goid: i64, stack: usize) -> *mut G {
    let g = Box::into_raw(Box::new(G {
        stack_lo: 0,
        stack_hi: 0,
        stackguard0: Default::default(),
        m,
        sched: Gobuf::default(),
        park: 0,
        status: Default::default(),
        goid,
        defer_: 0,
        panic_: 0,
        retbuf: [0; RETBUF_WORDS],
        scratch: [0; SCRATCH_WORDS],
        entry: fv,
        waitreason: "",
    }));
    // SAFETY: g was just allocated.
    let gr = unsafe { &mut *g };
    crate::stack::init_stack(gr, stack);
    let sp = gr.stack_hi - 16;
    // SAFETY: sp is inside the new stack.
    unsafe { *(sp as *mut usize) = goroutine_start as *const () as usize };
    gr.sched.sp = sp;
    gr.sched.r12 = g as usize;
    // SAFETY: written once in `start` before any goroutine exists.
    gr.sched.r13 = unsafe { ENTRY_ADAPTER };
    gr.sched.r14 = fv;
    gr.status.store(G_RUNNABLE, Ordering::Relaxed);
    g
}

/// Runs func value `main_fv` (the program's entry: package initialization, then
/// `main.main`) as the main goroutine; never returns.
///
/// # Safety
/// `adapter` must be the compiled `extern "C" fn(g, funcval)` entry adapter and
/// `main_fv` a func value of signature `func()`.
pub unsafe fn start(adapter: usize, main_fv: usize) -> ! {
    crate::signal::init();
    ENTRY_ADAPTER = adapter;
    let g0 = crate::stack::alloc(G0_STACK);
    let m = Box::into_raw(Box::new(M { g0_sp: (g0 + G0_STACK - 64) & !15, curg: std::ptr::null_mut(), id: 0 }));
    let g = newg(m, main_fv, 1, crate::stack::MAX_STACK);
    (*m).curg = g;
    (*g).status.store(G_RUNNING, Ordering::Relaxed);
    gogo(g)
}

/// Entered on the system stack when goroutine `g` parks (see `asm::systemstack`).
pub extern "C" fn park_m(g: *mut G) -> ! {
    // SAFETY: g is the goroutine that just parked on this M.
    let g = unsafe { &mut *g };
    let why = std::mem::take(&mut g.park);
    if why == PARK_EXIT && g.goid == 1 {
        // main returned: the program ends, whatever else is running
        crate::panic::exit(0);
    }
    crate::panic::throw("all goroutines are asleep - deadlock!")
}

pub extern "C" fn goexit1(g: *mut G) {
    // SAFETY: g is the current goroutine.
    unsafe {
        (*g).status.store(G_DEAD, Ordering::Relaxed);
        (*g).park = PARK_EXIT;
    }
}

crate::entry!(rt_goexit => goexit1);
