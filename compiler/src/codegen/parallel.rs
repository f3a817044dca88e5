//! Cranelift's part of compiling — optimization, register allocation, emission —
//! for the functions lowered since the last time, on every core. Lowered and
//! inlined into, functions are independent of each other, and this part is most
//! of the time a program takes to start.

use super::tier::Tiers;
use crate::cache::CodeStore;
use cranelift_codegen::Context;
use cranelift_module::FuncId;
use std::sync::Mutex;

/// A lowered function waiting for Cranelift.
pub struct Job {
    pub id: FuncId,
    pub ctx: Context,
    pub title: String,
    /// The function's source locations, which its IR holds as indices into
    /// this (`codemap::localize`).
    pub locs: Vec<u32>,
    /// Whether Cranelift's output came from the code cache (set by `compile_all`).
    pub cached: bool,
}

/// Cranelift's work on deep IR recurses less than the front end's on deep syntax.
const WORKER_STACK: usize = 64 << 20;

/// Below this many functions a thread costs more than it saves (a REPL input
/// compiles two or three).
const PARALLEL_FROM: usize = 8;

/// Functions compiled together at most (their contexts are held until they are
/// defined in the module).
pub const BATCH: usize = 256;

/// Compiles every job's context in place; the first error, if any.
pub fn compile_all(isa: &Tiers, code: Option<&CodeStore>, jobs: &mut [Job]) -> Result<(), String> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let workers = if jobs.len() < PARALLEL_FROM { 1 } else { cores.min(8) };
    let next = Mutex::new(jobs.iter_mut());
    let failed: Mutex<Option<String>> = Mutex::new(None);
    let work = || loop {
        let Some(job) = next.lock().unwrap_or_else(|e| e.into_inner()).next() else { break };
        match super::stackcheck::compile(isa, &mut job.ctx, code) {
            Ok(cached) => job.cached = cached,
            Err(e) => {
                failed.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(format!("internal compiler error in {}: {e}", job.title));
            }
        }
    };
    std::thread::scope(|s| {
        for _ in 1..workers {
            std::thread::Builder::new().stack_size(WORKER_STACK).spawn_scoped(s, work).expect("a compiler thread");
        }
        work();
    });
    failed.into_inner().unwrap_or_else(|e| e.into_inner()).map_or(Ok(()), Err)
}
