//! How hard Cranelift works on a function, by its size.
//!
//! Cranelift's optimizing pipeline — the e-graph pass, alias analysis and the
//! backtracking register allocator — is worth its cost on the functions people
//! write, but grows faster than linearly with a function's size: a function of
//! 100,000 statements (a generated table, an initializer of a large literal)
//! took 11 s and 1.3 GB to compile optimized. Such a function is compiled the
//! way a JIT's first tier compiles: without optimization and with the
//! single-pass register allocator, in a third of the time and half the memory.
//! Its code is slower, but it is straight-line code that runs once or rarely,
//! and every other function of the program is still optimized.

use cranelift_codegen::ir::Function;
use cranelift_codegen::isa::{OwnedTargetIsa, TargetFrontendConfig, TargetIsa};
use cranelift_codegen::settings::{self, Configurable};

/// Functions of more instructions than this (after inlining) are compiled
/// quickly rather than well. The largest of the golden tests' programs and the
/// standard library they use has about 21,000; a function of 20,000
/// allocating statements (about 300,000) took the optimizing pipeline 1.1 s.
const QUICK_FROM: usize = 60_000;

/// The host ISA configured for each tier. Both share the calling conventions,
/// frame pointers and stack-limit handling that the runtime relies on; they
/// differ only in what Cranelift does between IR and machine code.
pub struct Tiers {
    optimizing: OwnedTargetIsa,
    quick: OwnedTargetIsa,
}

impl Tiers {
    pub fn new() -> Tiers {
        Tiers { optimizing: isa(false), quick: isa(true) }
    }

    /// The ISA to compile `f` with.
    pub fn for_function(&self, f: &Function) -> &dyn TargetIsa {
        if f.dfg.num_insts() > QUICK_FROM {
            &*self.quick
        } else {
            &*self.optimizing
        }
    }

    pub fn frontend_config(&self) -> TargetFrontendConfig {
        self.optimizing.frontend_config()
    }
}

/// The host ISA as minigo's code needs it; `quick` for the first tier.
pub fn isa(quick: bool) -> OwnedTargetIsa {
    let mut flags = settings::builder();
    flags.set("opt_level", if quick { "none" } else { "speed" }).unwrap();
    if quick {
        flags.set("regalloc_algorithm", "single_pass").unwrap();
    }
    flags.set("preserve_frame_pointers", "true").unwrap();
    flags.set("unwind_info", "false").unwrap();
    // the IR verifier costs a third of compile time; debug builds keep it
    flags.set("enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" }).unwrap();
    // `MINIGODEBUG=codecachecheck=1`: a function found in the code cache is
    // compiled again and must come out the same (the flag is part of the key, so
    // such runs share entries only with each other)
    let check = minigo_runtime::debug::vars().codecachecheck;
    flags.set("enable_incremental_compilation_cache_checks", if check { "true" } else { "false" }).unwrap();
    let isa_builder = cranelift_native::builder().expect("host ISA");
    isa_builder.finish(settings::Flags::new(flags)).expect("ISA flags")
}
