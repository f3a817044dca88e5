//! A growable table of `u32` on pages of its own, straight from the kernel: such
//! pages read as zero and take memory only when first written. The checker's node
//! tables are sized for every node up front and are sparse while it works (ids of
//! packages not yet checked, nodes that record nothing), so the allocator's
//! zeroed memory, which it may have to clear by writing, would cost more.

use std::ptr::NonNull;

pub struct ZeroedTable {
    /// `len` zero-initialized entries, mapped anonymously and privately (or
    /// dangling when `len` is 0).
    ptr: NonNull<u32>,
    len: usize,
}

impl Default for ZeroedTable {
    fn default() -> Self {
        ZeroedTable { ptr: NonNull::dangling(), len: 0 }
    }
}

impl ZeroedTable {
    /// Makes the table at least `n` entries long; new entries are zero.
    #[inline]
    pub fn grow_to(&mut self, n: usize) {
        if n > self.len {
            self.grow(n.max(2 * self.len));
        }
    }

    #[cold]
    fn grow(&mut self, n: usize) {
        // SAFETY: a new private anonymous mapping, or one this table owns moved
        // and grown by the kernel, which keeps its contents and zero-fills the rest.
        let p = unsafe {
            if self.len == 0 {
                libc::mmap(std::ptr::null_mut(), n * 4, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0)
            } else {
                libc::mremap(self.ptr.as_ptr().cast(), self.len * 4, n * 4, libc::MREMAP_MAYMOVE)
            }
        };
        assert!(p != libc::MAP_FAILED, "out of memory for a table of {n} nodes");
        self.ptr = NonNull::new(p.cast()).expect("mapping at address 0");
        self.len = n;
    }

    pub fn as_slice(&self) -> &[u32] {
        // SAFETY: `ptr` holds `len` initialized entries (or is dangling with 0).
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }

    pub fn as_mut_slice(&mut self) -> &mut [u32] {
        // SAFETY: as in `as_slice`, and `&mut self` makes the borrow unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for ZeroedTable {
    fn drop(&mut self) {
        if self.len != 0 {
            // SAFETY: the mapping this table owns, no longer borrowed.
            unsafe { libc::munmap(self.ptr.as_ptr().cast(), self.len * 4) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ZeroedTable;

    #[test]
    fn grows_keeping_entries_and_zeroing_the_rest() {
        let mut t = ZeroedTable::default();
        assert!(t.as_slice().is_empty());
        t.grow_to(10);
        t.as_mut_slice()[3] = 7;
        t.grow_to(1 << 20);
        assert_eq!(t.as_slice()[3], 7);
        assert!(t.as_slice().iter().enumerate().all(|(i, &v)| v == if i == 3 { 7 } else { 0 }));
    }
}
