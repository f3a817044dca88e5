//! Where a JIT module puts its code and data.
//!
//! Compiled code reaches the module's own functions and small data
//! PC-relatively, 32 bits: x86 reaches ±2 GiB that way. Cranelift's default
//! provider maps each compiled unit's code and data separately wherever the
//! kernel puts them, and as the heap grows between the mappings of successive
//! units they drift out of each other's reach (a REPL session of a thousand
//! allocating inputs ended in a relocation overflow). So a module's memory is
//! one reserved region (reserved up front, committed as it is used), and
//! everything in it is within reach of everything else.
//!
//! Units are packed: each kind of memory (code, read-only data, writable
//! data) is carved from its own chunks of the region, one allocation after the
//! other, and a unit starts where the unit before it ended rather than on a
//! page of its own. A REPL input compiles to a few hundred bytes of code and a
//! few dozen of data; given pages of their own, as Cranelift's arena provider
//! gives each finalized unit, every input left 8 KiB behind. The price is that
//! a page may hold code that runs (a goroutine an earlier input started)
//! while a later unit's code is written into the same page: such a page is
//! made writable *and* executable while the unit is written, and executable
//! only once it is finalized. Read-only pages are likewise writable between
//! the first allocation of a unit and its finalization; readers never notice.
//!
//! Except big data: a package variable of `ABSOLUTE_DATA` bytes or more is
//! addressed by absolute address (`Backend::define_data`) and gets a mapping of
//! its own, so that several such variables cannot push the code compiled after
//! them out of reach of the data before them.
//!
//! x86-64 keeps instruction fetch coherent with stores, so the code written
//! needs no cache maintenance before it runs (the runtime is x86-64 only).

use cranelift_jit::{BranchProtection, JITMemoryKind, JITMemoryProvider, JITModule};
use cranelift_module::{FuncId, Module, ModuleError, ModuleReloc, ModuleResult};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Data this big or bigger is addressed absolutely and mapped on its own.
pub const ABSOLUTE_DATA: usize = 64 << 20;

/// Address space reserved for a module's code and small data: reserved, not
/// committed; far more than the compiled code of any program or session.
const ARENA_BYTES: usize = 1 << 30;

/// How much of the region a pool takes at a time (more if one allocation
/// needs it). Chunks keep a kind's allocations together, so that the pages
/// whose protection changes are few.
const CHUNK: usize = 64 << 10;

const PAGE: usize = 4096;

/// Where functions start: on a 64-byte boundary plus the function's own offset
/// (`Placement`), so that where its branches and loops fall relative to 32-
/// and 64-byte boundaries depends on its code alone, not on what was compiled
/// before it (see `placement`).
pub const CODE_ALIGN: usize = super::placement::LINE;

/// The offset from a `CODE_ALIGN` boundary at which the next function
/// defined in a module starts: set for each function just before it is
/// defined (`define`), taken by the module's `JitMemory` as it allocates the
/// function's code. A handle shared by the two; another provider ignores it.
#[derive(Clone, Default)]
pub struct Placement(Arc<AtomicUsize>);

impl Placement {
    /// Defines function `id` of `module` from its machine code, `offset`
    /// bytes past a `CODE_ALIGN` boundary (`placement::offset`).
    pub fn define(&self, module: &mut JITModule, id: FuncId, align: u64, offset: usize, bytes: &[u8], relocs: &[ModuleReloc]) -> Result<(), Box<ModuleError>> {
        assert!(offset < CODE_ALIGN, "function offset {offset}");
        self.0.store(offset, Ordering::Relaxed);
        module.define_function_bytes(id, align, bytes, relocs).map_err(Box::new)
    }

    /// The offset set for the code allocated now (and none for the next).
    fn take(&self) -> usize {
        self.0.swap(0, Ordering::Relaxed)
    }
}

fn align_up(a: usize, align: usize) -> usize {
    (a + align - 1) & !(align - 1)
}

fn page_down(a: usize) -> usize {
    a & !(PAGE - 1)
}

fn page_up(a: usize) -> usize {
    align_up(a, PAGE)
}

/// The allocations of one kind of memory.
struct Pool {
    /// The protection of the pool's pages once finalized.
    done: libc::c_int,
    /// Their protection while a unit is written into them.
    writing: libc::c_int,
    /// The next free byte of the pool's current chunk, and the chunk's end
    /// (`next == end == 0` before the first chunk).
    next: usize,
    end: usize,
    /// Page ranges made `writing` since the last finalization, in address
    /// order, each page aligned: what `finalize` protects as `done`.
    open: Vec<(usize, usize)>,
}

pub struct JitMemory {
    /// The reserved region, and how much of it the pools have taken (from
    /// its start; chunks are never given back).
    base: usize,
    taken: usize,
    /// Code, read-only data, writable data.
    pools: [Pool; 3],
    /// Where in its first `CODE_ALIGN` bytes the next function starts.
    placement: Placement,
}

// SAFETY: the region is owned by the provider, which the module using it owns
// and uses from one thread at a time.
unsafe impl Send for JitMemory {}

impl JitMemory {
    /// None when the address space cannot be reserved (a `ulimit -v`); the
    /// module then maps memory per unit, as Cranelift's default provider does.
    pub fn new(placement: Placement) -> Option<JitMemory> {
        // SAFETY: a fresh anonymous mapping, which nothing else refers to.
        let p = unsafe { libc::mmap(std::ptr::null_mut(), ARENA_BYTES, libc::PROT_NONE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE, -1, 0) };
        if p == libc::MAP_FAILED {
            return None;
        }
        let pool = |done, writing| Pool { done, writing, next: 0, end: 0, open: Vec::new() };
        let (r, w, x) = (libc::PROT_READ, libc::PROT_WRITE, libc::PROT_EXEC);
        Some(JitMemory { base: p as usize, taken: 0, pools: [pool(r | x, r | w | x), pool(r, r | w), pool(r | w, r | w)], placement })
    }

    /// Takes `size` bytes of the region for `pool` as its current chunk;
    /// extends the chunk if it ends where the region's free part starts.
    fn take_chunk(&mut self, pool: usize, size: usize) -> std::io::Result<()> {
        let size = page_up(size.max(CHUNK));
        if self.taken + size > ARENA_BYTES {
            return Err(std::io::Error::other("the JIT's reserved region is exhausted"));
        }
        let start = self.base + self.taken;
        self.taken += size;
        let p = &mut self.pools[pool];
        if p.end != start {
            p.next = start;
        }
        p.end = start + size;
        Ok(())
    }
}

impl JITMemoryProvider for JitMemory {
    fn allocate(&mut self, size: usize, align: u64, kind: JITMemoryKind) -> std::io::Result<*mut u8> {
        let kind = match kind {
            JITMemoryKind::Executable => 0,
            JITMemoryKind::ReadOnly => 1,
            JITMemoryKind::Writable if size >= ABSOLUTE_DATA => {
                // zeroed, page-aligned, and never freed: package variables
                // live as long as the program
                return Ok(minigo_runtime::malloc::map_noreserve(size) as *mut u8);
            }
            JITMemoryKind::Writable => 2,
        };
        let (align, offset) = if kind == 0 { ((align as usize).max(CODE_ALIGN), self.placement.take()) } else { (align as usize, 0) };
        assert!(align.is_power_of_two() && align <= PAGE, "JIT alignment {align}");
        let p = &self.pools[kind];
        if p.end == 0 || align_up(p.next, align) + offset + size > p.end {
            self.take_chunk(kind, size + align + offset)?;
        }
        let p = &mut self.pools[kind];
        let start = align_up(p.next, align) + offset;
        p.next = start + size;
        // the pages the allocation touches become writable, if a unit being
        // written has not made them so already, and with them the rest of the
        // chunk (unused yet): the unit's next allocations then need no
        // `mprotect` (a program from the cache made fifty, one per page)
        let (lo, hi) = (page_down(start), p.end.max(page_up(start + size.max(1))));
        let from = match p.open.last_mut() {
            Some((olo, ohi)) if lo <= *ohi && *olo <= lo => {
                let from = *ohi;
                *ohi = (*ohi).max(hi);
                from
            }
            _ => {
                p.open.push((lo, hi));
                lo
            }
        };
        if from < hi {
            // SAFETY: [from, hi) lies in the reserved region, in pages this
            // pool took; making them writable (code pages stay executable)
            // disturbs no reader or running code.
            if unsafe { libc::mprotect(from as *mut libc::c_void, hi - from, p.writing) } != 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
        Ok(start as *mut u8)
    }

    unsafe fn free_memory(&mut self) {
        // SAFETY: the caller promises nothing uses the region any more.
        unsafe { libc::munmap(self.base as *mut libc::c_void, ARENA_BYTES) };
    }

    fn finalize(&mut self, _: BranchProtection) -> ModuleResult<()> {
        for p in &mut self.pools {
            if p.done == p.writing {
                // writable data stays as it was made
                p.open.clear();
                continue;
            }
            for (lo, hi) in p.open.drain(..) {
                // SAFETY: pages of the region this pool made writable.
                if unsafe { libc::mprotect(lo as *mut libc::c_void, hi - lo, p.done) } != 0 {
                    return Err(ModuleError::Allocation { err: std::io::Error::last_os_error() });
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Code and small data of many units stay within one region however much
    /// is mapped between them; big data is mapped apart and takes none of it.
    #[test]
    fn units_stay_within_reach_of_each_other() {
        let mut m = JitMemory::new(Placement::default()).expect("reserve");
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

    /// Units are packed into the pages of the units before them, and code
    /// already finalized stays runnable while a later unit is written next
    /// to it (a goroutine may be running it).
    #[test]
    fn units_share_pages_and_code_stays_runnable() {
        let mut m = JitMemory::new(Placement::default()).expect("reserve");
        let first = m.allocate(16, 16, JITMemoryKind::Executable).unwrap();
        // SAFETY: 16 writable bytes just allocated; 0xc3 is `ret`.
        unsafe { first.write(0xc3) };
        m.finalize(BranchProtection::None).unwrap();
        // SAFETY: the allocation holds a finalized `ret`.
        let ret: extern "C" fn() = unsafe { std::mem::transmute(first) };
        ret();
        let mut units = Vec::new();
        for _ in 0..100 {
            let code = m.allocate(200, 16, JITMemoryKind::Executable).unwrap();
            // SAFETY: 200 writable bytes just allocated.
            unsafe { code.write_bytes(0xcc, 200) };
            ret();
            units.push(code as usize);
            units.push(m.allocate(40, 8, JITMemoryKind::ReadOnly).unwrap() as usize);
            m.finalize(BranchProtection::None).unwrap();
        }
        let pages: std::collections::HashSet<usize> = units.iter().map(|&a| page_down(a)).collect();
        assert!(pages.len() <= 8, "100 small units took {} pages", pages.len());
    }

    /// A function's code starts at its placement's offset past a boundary;
    /// the next, given none, on the boundary; data is not offset.
    #[test]
    fn code_starts_at_its_placement() {
        let placement = Placement::default();
        let mut m = JitMemory::new(placement.clone()).expect("reserve");
        placement.0.store(7, Ordering::Relaxed);
        let placed = m.allocate(100, 16, JITMemoryKind::Executable).unwrap() as usize;
        let data = m.allocate(100, 8, JITMemoryKind::ReadOnly).unwrap() as usize;
        let next = m.allocate(100, 16, JITMemoryKind::Executable).unwrap() as usize;
        assert_eq!((placed % CODE_ALIGN, next % CODE_ALIGN, data % 8), (7, 0, 0));
        assert!(next >= placed + 100);
    }
}
