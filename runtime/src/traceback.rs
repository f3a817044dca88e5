//! What the runtime knows about compiled code: which function a PC is in and at
//! which source line, and where each call site's landing pad is. Tracebacks walk
//! a goroutine's frame-pointer chain and print it as Go does; `recovery` resumes a
//! frame at a landing pad.

use crate::abi::G;
use std::sync::RwLock;

/// A compiled function, as the compiler registers it.
pub struct FuncInfo {
    pub start: usize,
    pub end: usize,
    /// Go's name for it: `main.f`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    /// Where the source lines of its code start, sorted by offset.
    pub lines: Vec<Line>,
    /// Runtime-internal or compiler-made: left out of tracebacks.
    pub hidden: bool,
    /// Whether it has parameters (Go prints their values; minigo `...`).
    pub params: bool,
    /// The offsets `[from, to)` of its code where a goroutine may be stopped
    /// asynchronously (`preempt::preempt_async`), sorted.
    pub async_safe: Vec<(u32, u32)>,
    /// Where its frame keeps its open-coded deferred calls, if it has them.
    pub open_defers: Option<OpenDefers>,
}

/// The deferred calls a function makes at its returns without records
/// (compiler's `codegen::defer`, "Open-coded defers"): their state is in its
/// frame, in one block of words `below_fp` bytes below its frame pointer. Word
/// 0 has bit `i` set while the call of `defer` statement `i` (in source order)
/// is pending; the statement saved what the call needs from word
/// `sites[i].word` on. A panic finds them there (`pop_open_defer`).
pub struct OpenDefers {
    pub below_fp: usize,
    pub sites: Vec<OpenSite>,
}

/// What one `defer` statement saved in its frame.
pub struct OpenSite {
    /// The first of its words in the frame's block.
    pub word: u32,
    /// With `thunk` the code of the statement's thunk: the words are the
    /// values the thunk captures (its closure is those words after the code
    /// pointer). With `thunk` 0 the one word is the `func()` value to call.
    pub words: u32,
    pub thunk: usize,
}

/// The source line of the code from `offset` on.
pub struct Line {
    pub offset: u32,
    pub file: u32,
    pub line: u32,
    /// The functions the code was inlined from, innermost first, each with its
    /// line in that function (`file` and `line` are then those of the outermost
    /// call, in the physical function).
    pub inlined: Vec<Inlined>,
    /// The Go function (by index into the registry's names) the code is part
    /// of when it is not the physical function's own: the program entry holds
    /// each package's variable initialization, which Go's tracebacks call
    /// `pkg.init`.
    pub func: Option<u32>,
}

#[derive(PartialEq)]
pub struct Inlined {
    /// Its Go name, by index into the registry's names.
    pub name: u32,
    pub file: u32,
    pub line: u32,
    pub hidden: bool,
}

struct Registry {
    funcs: Vec<FuncInfo>,
    files: Vec<String>,
    /// The names of inlined functions and package initializations lines refer
    /// to (a line table holds thousands of references to a few hundred names).
    names: Vec<String>,
    /// Return address of a call with a landing pad → (handler address, the frame
    /// size below the frame pointer at that call).
    pads: Vec<(usize, usize, usize)>,
}

static REG: RwLock<Registry> = RwLock::new(Registry { funcs: Vec::new(), files: Vec::new(), names: Vec::new(), pads: Vec::new() });

/// Registers newly compiled functions (their file and name indices refer to
/// `files` and `names`, which replace the known lists) and landing pads.
pub fn register(funcs: Vec<FuncInfo>, files: Vec<String>, names: Vec<String>, pads: Vec<(usize, usize, usize)>) {
    let mut r = REG.write().unwrap_or_else(|e| e.into_inner());
    r.funcs.extend(funcs);
    r.funcs.sort_by_key(|f| f.start);
    perf_map(&r.funcs);
    r.files = files;
    r.names = names;
    r.pads.extend(pads);
    r.pads.sort_unstable();
}

/// Under `perf record` (which sets `PERF_BUILDID_DIR`), rewrites
/// `/tmp/perf-PID.map`, the file perf reads JIT symbols from, with every
/// registered function's Go name, so a profile names `strconv.ParseUint`
/// rather than the module's `f125` (the JIT appends those names to the same
/// file, and perf takes the first entry for an address).
fn perf_map(funcs: &[FuncInfo]) {
    if std::env::var_os("PERF_BUILDID_DIR").is_none() {
        return;
    }
    let text: String = funcs.iter().map(|f| format!("{:x} {:x} {}\n", f.start, f.end - f.start, f.name)).collect();
    let _ = std::fs::write(format!("/tmp/perf-{}.map", std::process::id()), text);
}

/// The landing pad of the call that returns to `ret`: (handler, frame offset).
pub fn landing_pad(ret: usize) -> Option<(usize, usize)> {
    let r = REG.read().unwrap_or_else(|e| e.into_inner());
    r.pads.binary_search_by_key(&ret, |p| p.0).ok().map(|i| (r.pads[i].1, r.pads[i].2))
}

/// Pops the newest pending open-coded deferred call of the frame whose frame
/// pointer is `fp` and which is executing at return address `ret`: clears its
/// bit and returns the `func()` value that makes the call (a new closure for a
/// thunk, made of the words the statement saved). None when the frame's
/// function has no open-coded defers or none is pending.
///
/// # Safety
/// `fp` is the frame pointer of a live frame of the calling goroutine, whose
/// return address into its function is `ret`.
pub unsafe fn pop_open_defer(ret: usize, fp: usize) -> Option<usize> {
    let (block, saved, words, thunk) = {
        let r = REG.read().unwrap_or_else(|e| e.into_inner());
        let pc = ret - 1;
        let f = &r.funcs[r.funcs.partition_point(|f| f.start <= pc).checked_sub(1)?];
        let d = f.open_defers.as_ref().filter(|_| pc < f.end)?;
        let block = (fp - d.below_fp) as *mut usize;
        // SAFETY: the frame is live and its function keeps the block there
        // (codegen::defer).
        let bits = unsafe { *block };
        if bits == 0 {
            return None;
        }
        let s = &d.sites[(usize::BITS - 1 - bits.leading_zeros()) as usize];
        (block, s.word as usize, s.words as usize, s.thunk)
    };
    // SAFETY: as above; a statement's bit is set only once it saved its words.
    let saved: Vec<usize> = unsafe {
        *block &= !(1 << (usize::BITS - 1 - (*block).leading_zeros()));
        std::slice::from_raw_parts(block.add(saved), words).to_vec()
    };
    if thunk == 0 {
        return Some(saved[0]);
    }
    // The words are copied out first: the allocation may collect, or let the
    // stack move, while the block (scanned with the stack) keeps what they
    // point to alive. Nor is the registry's lock held across it.
    let captured = crate::abi::FUNCVAL_CAPTURED as usize;
    let fv = crate::malloc::alloc(captured + 8 * words);
    // SAFETY: fv is a new object of that many bytes.
    unsafe {
        *(fv as *mut usize) = thunk;
        std::ptr::copy_nonoverlapping(saved.as_ptr(), fv.add(captured) as *mut usize, words);
    }
    Some(fv as usize)
}

/// One frame of a traceback.
struct Frame {
    name: String,
    params: bool,
    file: String,
    line: u32,
    /// None for an inlined frame.
    offset: Option<usize>,
    hidden: bool,
}

/// Whether `pc` is in code the compiler marked async-safe (see `preempt`).
/// Called from a signal handler: it never waits for the registry's lock (the
/// interrupted code may hold it, or another thread be publishing code), and
/// says no instead — the preemption request stands for a later signal.
pub fn async_safe(pc: usize) -> bool {
    let Ok(r) = REG.try_read() else { return false };
    let Some(i) = r.funcs.partition_point(|f| f.start <= pc).checked_sub(1) else { return false };
    let f = &r.funcs[i];
    if pc >= f.end {
        return false;
    }
    let off = (pc - f.start) as u32;
    let j = f.async_safe.partition_point(|&(from, _)| from <= off);
    j > 0 && off < f.async_safe[j - 1].1
}

/// The frames a PC stands for: the inlined functions', innermost first, then
/// the physical function's.
fn symbolize(pc: usize, out: &mut Vec<Frame>) {
    if pc + 1 == crate::asm_amd64::goexit_return() {
        let offset = Some(pc + 1 - goroutine_start_addr());
        out.push(Frame { name: GOEXIT.0.into(), params: false, file: GOEXIT.1.into(), line: GOEXIT.2, offset, hidden: true });
        return;
    }
    let r = REG.read().unwrap_or_else(|e| e.into_inner());
    let Some(i) = r.funcs.partition_point(|f| f.start <= pc).checked_sub(1) else { return };
    let f = &r.funcs[i];
    if pc >= f.end {
        return;
    }
    let off = (pc - f.start) as u32;
    let file = |i: u32| r.files.get(i as usize).cloned().unwrap_or_default();
    let name = |i: u32| r.names.get(i as usize).cloned().unwrap_or_default();
    let line = f.lines.partition_point(|l| l.offset <= off).checked_sub(1).map(|j| &f.lines[j]);
    for i in line.iter().flat_map(|l| &l.inlined) {
        out.push(Frame { name: name(i.name), params: true, file: file(i.file), line: i.line, offset: None, hidden: i.hidden });
    }
    let (fl, ln) = line.map_or((String::new(), 0), |l| (file(l.file), l.line));
    let offset = Some(pc - f.start);
    match line.and_then(|l| l.func) {
        Some(i) => out.push(Frame { name: name(i), params: false, file: fl, line: ln, offset, hidden: false }),
        None => out.push(Frame { name: f.name.clone(), params: f.params, file: fl, line: ln, offset, hidden: f.hidden }),
    }
}

/// Go's `runtime.goexit`, as minigo's `goroutine_start` (which plays its part)
/// shows in `runtime.Callers`: the name, and Go 1.27's file and line.
const GOEXIT: (&str, &str, u32) = ("runtime.goexit", "$GOROOT/src/runtime/asm_amd64.s", 1264);

fn goroutine_start_addr() -> usize {
    crate::asm_amd64::goroutine_start as *const () as usize
}

/// The frames of a goroutine from the frame whose frame pointer is `fp` and which
/// is executing at `pc`, outward.
fn frames(g: &G, pc: usize, fp: usize) -> Vec<Frame> {
    let mut out = Vec::new();
    // a return address points after its call: look up the call itself
    return_addresses(g, pc, fp, |pc| symbolize(pc - 1, &mut out));
    out
}

/// Calls `visit` with the return address into each frame of goroutine `g`,
/// from the frame whose frame pointer is `fp` and which is executing at `pc`,
/// outward (at most 10,000 frames), ending with the one into `goroutine_start`
/// (whose frame pointer is the zero it pushed) when the walk gets there.
fn return_addresses(g: &G, mut pc: usize, mut fp: usize, mut visit: impl FnMut(usize)) {
    let mut n = 0;
    while fp >= g.stack_lo && fp < g.stack_hi && n < 10_000 {
        visit(pc);
        n += 1;
        // SAFETY: fp is a frame pointer in this goroutine's stack: [fp] is the
        // caller's frame pointer and [fp + 8] the return address into it.
        unsafe {
            pc = *((fp + 8) as *const usize);
            fp = *(fp as *const usize);
        }
    }
    if fp == 0 && pc == crate::asm_amd64::goexit_return() {
        visit(pc);
    }
}

/// Program counters name a logical frame: a return address, with the depth of
/// the frame among those inlined at that address in the bits above 48 (0 for
/// the innermost), since inlined calls share their physical frame's address.
/// User-space addresses stay below 1 << 47.
pub const PC_DEPTH_SHIFT: u32 = 48;

/// One logical frame of the calling goroutine, for `runtime.Caller`, `Callers`
/// and `FuncForPC`: inlined calls are frames of their own, as in Go.
pub struct CallerFrame {
    /// The frame's program counter (see `PC_DEPTH_SHIFT`).
    pub pc: usize,
    pub file: String,
    pub line: u32,
}

/// The logical frames of goroutine `g`, stopped in a runtime call (its
/// `g.sched` holds the caller's return address and frame), innermost first.
pub fn caller_frames(g: &G) -> Vec<CallerFrame> {
    // SAFETY: g.sched.sp points at the return address of the runtime call.
    let pc = unsafe { *(g.sched.sp as *const usize) };
    frames_from(g, pc, g.sched.bp)
}

/// The logical frames of goroutine `g` from the one that returns to `pc` and
/// whose frame pointer is `fp`, outward.
pub fn frames_from(g: &G, pc: usize, fp: usize) -> Vec<CallerFrame> {
    let mut out = Vec::new();
    return_addresses(g, pc, fp, |pc| {
        let mut fs = Vec::new();
        symbolize(pc - 1, &mut fs);
        for (depth, f) in fs.into_iter().enumerate() {
            out.push(CallerFrame { pc: pc | depth << PC_DEPTH_SHIFT, file: f.file, line: f.line });
        }
    });
    out
}

/// The name tracebacks know the functions the compiler makes by (method
/// wrappers, method values, deferred calls' closures, reflect's stubs): they
/// leave them out.
pub const WRAPPER: &str = "minigo.wrapper";

/// Whether the function named `name` is a wrapper: one the compiler made
/// (`WRAPPER`), or reflect.callReflect or callMethod, which gc marks wrappers. Tracebacks
/// leave wrappers out, and `recover` looks through their frames, as Go's does
/// (a method called through an interface's wrapper by a deferred call
/// recovers).
pub fn is_wrapper(name: &str) -> bool {
    name == WRAPPER || name == "reflect.callReflect" || name == "reflect.callMethod"
}

/// Whether return address `pc` is in a wrapper (see `is_wrapper`).
pub fn in_wrapper(pc: usize) -> bool {
    let r = REG.read().unwrap_or_else(|e| e.into_inner());
    let Some(i) = r.funcs.partition_point(|f| f.start < pc).checked_sub(1) else { return false };
    let f = &r.funcs[i];
    pc <= f.end && is_wrapper(&f.name)
}

/// `runtime.FuncForPC` and `Frames`: the function of the logical frame `pc`
/// names (see `PC_DEPTH_SHIFT`), the entry of the physical function holding
/// it, and the file and line of `pc`.
pub fn func_for_pc(pc: usize) -> Option<(String, usize, String, u32)> {
    let (depth, pc) = (pc >> PC_DEPTH_SHIFT, pc & ((1 << PC_DEPTH_SHIFT) - 1));
    // a return address or the call before it
    if pc == crate::asm_amd64::goexit_return() || pc + 1 == crate::asm_amd64::goexit_return() {
        return Some((GOEXIT.0.into(), goroutine_start_addr(), GOEXIT.1.into(), GOEXIT.2));
    }
    let r = REG.read().unwrap_or_else(|e| e.into_inner());
    let i = r.funcs.partition_point(|f| f.start <= pc).checked_sub(1)?;
    let entry = r.funcs[i].start;
    if pc >= r.funcs[i].end {
        return None;
    }
    drop(r);
    let mut fs = Vec::new();
    symbolize(pc, &mut fs);
    let n = fs.len();
    let f = fs.into_iter().nth(depth.min(n.saturating_sub(1)))?;
    Some((f.name, entry, f.file, f.line))
}

fn offset(o: Option<usize>) -> String {
    o.map_or(String::new(), |o| format!(" +{o:#x}"))
}

/// Prints goroutine `g`'s stack as Go's traceback does, from a runtime entry point
/// the goroutine is in (its `g.sched` holds the caller's return address and frame).
pub fn print_goroutine(g: &G, status: &str) {
    crate::output::ewrite(goroutine_trace(g, status, 0).as_bytes());
}

/// Goroutine `g`'s stack as Go's traceback shows it (see `print_goroutine`),
/// from its `skip`th frame on: `runtime.Stack` shows its caller's stack, as
/// Go's does.
pub fn goroutine_trace(g: &G, status: &str, skip: usize) -> String {
    // SAFETY: g.sched.sp points at the return address of the runtime call.
    let pc = unsafe { *(g.sched.sp as *const usize) };
    let mut s = format!("goroutine {} [{status}]:\n", g.goid);
    let fs = frames(g, pc, g.sched.bp);
    let fs = fs.get(skip..).unwrap_or_default();
    // runtime frames are left out (all but exported functions such as
    // runtime.Goexit), but a panic in the middle of the stack (one raised
    // while running deferred calls) shows as `panic(...)`
    let first_user = fs.iter().position(|f| !f.hidden).unwrap_or(fs.len());
    for f in &fs[first_user..] {
        if f.hidden {
            if f.name == "runtime.gopanic" {
                s += &format!("panic({{0x0?, 0x0?}})\n\t{}:{}{}\n", f.file, f.line, offset(f.offset));
            }
            continue;
        }
        // Go prints argument values, "..." for inlined frames
        let args = if f.params || f.offset.is_none() { "..." } else { "" };
        s += &format!("{}({args})\n\t{}:{}{}\n", f.name, f.file, f.line, offset(f.offset));
    }
    if g.goid != 1 && g.gopc != 0 {
        let mut creator = Vec::new();
        symbolize(g.gopc - 1, &mut creator);
        if let Some(f) = creator.last() {
            s += &format!("created by {} in goroutine {}\n\t{}:{}{}\n", f.name, g.parent_goid, f.file, f.line, offset(f.offset));
        }
    }
    s
}

/// Prints every goroutine but `me` that exists, as Go's `GOTRACEBACK=all` does.
pub fn print_others(me: *mut G) {
    crate::output::ewrite(others_trace(me).as_bytes());
}

/// The stacks of every goroutine but `me`, each after a blank line. Goroutines
/// running on other threads cannot be walked without stopping them.
/// The program counters of the logical frames of every goroutine, for
/// `runtime.GoroutineProfile`: the calling goroutine's first, from frame `skip`
/// of its runtime call on; a goroutine running on another thread has none (its
/// stack cannot be read while it runs).
pub fn goroutine_stacks(me: &G, skip: usize) -> Vec<Vec<usize>> {
    use crate::proc::{G_DEAD, G_IDLE, G_RUNNING};
    let mut out = vec![caller_frames(me).iter().skip(skip).map(|f| f.pc).collect()];
    for g in crate::proc::allgs().into_iter().filter(|&g| !std::ptr::eq(g, me)) {
        // SAFETY: Gs are never freed.
        let g = unsafe { &*g };
        match g.status.load(std::sync::atomic::Ordering::Acquire) {
            G_DEAD | G_IDLE => {}
            G_RUNNING => out.push(Vec::new()),
            _ => {
                // SAFETY: a goroutine off its thread: g.sched.sp points at the
                // return address of the runtime call it stopped in.
                let pc = unsafe { *(g.sched.sp as *const usize) };
                out.push(frames_from(g, pc, g.sched.bp).iter().map(|f| f.pc).collect());
            }
        }
    }
    out
}

pub fn others_trace(me: *mut G) -> String {
    use crate::proc::{G_DEAD, G_IDLE, G_RUNNABLE, G_RUNNING};
    let mut s = String::new();
    for g in crate::proc::allgs().into_iter().filter(|&g| g != me) {
        // SAFETY: Gs are never freed.
        let g = unsafe { &*g };
        match g.status.load(std::sync::atomic::Ordering::Acquire) {
            G_DEAD | G_IDLE => continue,
            G_RUNNING => s += &format!("\ngoroutine {} [running]:\n\tgoroutine running on other thread; stack unavailable\n", g.goid),
            st => {
                s.push('\n');
                s += &goroutine_trace(g, if st == G_RUNNABLE { "runnable" } else { g.waitreason }, 0);
            }
        }
    }
    s
}
