//! Where a JIT module puts its code and data.
//!
//! Compiled code reaches the module's own functions and small data
//! PC-relatively, 32 bits: x86 reaches ±2 GiB that way. Cranelift's default
//! provider maps each compiled unit's code and data separately wherever the
//! kernel puts them, and as the heap grows between the mappings of successive
//! units they drift out of each other's reach (a REPL session of a thousand
//! allocating inputs ended in a relocation overflow). So a module's memory is
//! one reserved region (`ArenaMemoryProvider`: reserved up front, committed as
//! it is used), and everything in it is within reach of everything else.
//!
//! Except big data: a package variable of `ABSOLUTE_DATA` bytes or more is
//! addressed by absolute address (`Backend::define_data`) and gets a mapping of
//! its own, so that several such variables cannot push the code compiled after
//! them out of reach of the data before them.

use cranelift_jit::{ArenaMemoryProvider, BranchProtection, JITMemoryKind, JITMemoryProvider};
use cranelift_module::ModuleResult;

/// Data this big or bigger is addressed absolutely and mapped on its own.
pub const ABSOLUTE_DATA: usize = 64 << 20;

/// Address space reserved for a module's code and small data: reserved, not
/// committed; far more than the compiled code of any program or session.
const ARENA_BYTES: usize = 1 << 30;

pub struct JitMemory {
    arena: ArenaMemoryProvider,
}

impl JitMemory {
    /// None when the address space cannot be reserved (a `ulimit -v`); the
    /// module then maps memory per unit, as Cranelift's default provider does.
    pub fn new() -> Option<JitMemory> {
        ArenaMemoryProvider::new_with_size(ARENA_BYTES).ok().map(|arena| JitMemory { arena })
    }
}

impl JITMemoryProvider for JitMemory {
    fn allocate(&mut self, size: usize, align: u64, kind: JITMemoryKind) -> std::io::Result<*mut u8> {
        if size >= ABSOLUTE_DATA && !matches!(kind, JITMemoryKind::Executable) {
            // zeroed, page-aligned, and never freed: package variables live as
            // long as the program (left writable even when read-only data)
            return Ok(minigo_runtime::malloc::map_noreserve(size) as *mut u8);
        }
        self.arena.allocate(size, align, kind)
    }

    unsafe fn free_memory(&mut self) {
        // SAFETY: as the caller of this function promises.
        unsafe { self.arena.free_memory() }
    }

    fn finalize(&mut self, branch_protection: BranchProtection) -> ModuleResult<()> {
        self.arena.finalize(branch_protection)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Code and small data of many units stay within one region however much
    /// is mapped between them; big data is mapped apart and takes none of it.
    #[test]
    fn units_stay_within_reach_of_each_other() {
        let mut m = JitMemory::new().expect("reserve");
        let mut addrs = Vec::new();
        let mut elsewhere = Vec::new();
        for unit in 0..200 {
            addrs.push(m.allocate(4096, 16, JITMemoryKind::Executable).unwrap() as usize);
            addrs.push(m.allocate(100, 8, JITMemoryKind::Writable).unwrap() as usize);
            addrs.push(m.allocate(100, 8, JITMemoryKind::ReadOnly).unwrap() as usize);
            m.finalize(BranchProtection::None).unwrap();
            // what the heap does between two REPL inputs
            elsewhere.push(minigo_runtime::malloc::map_noreserve(64 << 20));
            if unit % 50 == 0 {
                let big = m.allocate(ABSOLUTE_DATA, 8, JITMemoryKind::Writable).unwrap() as usize;
                // SAFETY: fresh writable memory of ABSOLUTE_DATA bytes.
                unsafe { *((big + ABSOLUTE_DATA - 8) as *mut u64) = 1 };
                elsewhere.push(big);
            }
        }
        let (lo, hi) = (addrs.iter().min().unwrap(), addrs.iter().max().unwrap());
        assert!(hi - lo < ARENA_BYTES, "units spread over {:#x} bytes", hi - lo);
        assert!(elsewhere.iter().all(|a| a + ABSOLUTE_DATA <= *lo || *a > *hi), "big data is mapped outside the region");
    }
}
