//! Node ids: unique per session and dense but for the ranges a split parse leaves
//! unused (`syntax::halves`), so that the checker's tables can be arrays indexed
//! by them.

use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// Hands out node ids; shared by all files of a session so ids stay unique.
#[derive(Default)]
pub struct IdGen {
    next: Cell<u32>,
    /// Ids left unused (see `syntax::halves`).
    gaps: RefCell<Gaps>,
}

impl IdGen {
    pub fn starting_at(n: u32) -> Self {
        IdGen { next: Cell::new(n), gaps: Default::default() }
    }
    pub fn next(&self) -> NodeId {
        let n = self.next.get();
        self.next.set(n + 1);
        NodeId(n)
    }
    /// One past the highest id handed out.
    pub fn count(&self) -> u32 {
        self.next.get()
    }
    /// How many ids name nodes.
    pub fn nodes(&self) -> u32 {
        self.next.get() - self.gaps.borrow().skipped()
    }
    /// Leaves the ids up to `n` unused.
    pub fn skip_to(&self, n: u32) {
        let mut gaps = self.gaps.borrow_mut();
        let skipped = gaps.skipped() + (n - self.next.get());
        gaps.0.push((n, skipped));
        self.next.set(n);
    }
    /// Takes over the ids up to `n`, which another generator handed out.
    pub fn claim_to(&self, n: u32) {
        self.next.set(n);
    }
    pub fn gaps(&self) -> Gaps {
        self.gaps.borrow().clone()
    }
}

/// The ranges of ids left unused, so that tables indexed by node can leave them out.
#[derive(Clone, Default, Debug)]
pub struct Gaps(Vec<(u32, u32)>);

impl Gaps {
    /// How many ids were skipped in all: the last entry's count.
    fn skipped(&self) -> u32 {
        self.0.last().map_or(0, |&(_, skipped)| skipped)
    }
    /// The dense position of node `id` among the ids in use.
    pub fn slot(&self, id: NodeId) -> usize {
        // entries are (first id after a gap, ids skipped up to it); most programs
        // have none, a big file one per extra parsing thread
        let skipped = self.0.iter().rev().find(|&&(end, _)| id.0 >= end).map_or(0, |&(_, s)| s);
        (id.0 - skipped) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::{IdGen, NodeId};

    #[test]
    fn slots_leave_out_skipped_ids() {
        let ids = IdGen::starting_at(0);
        (0..5).for_each(|_| _ = ids.next());
        ids.skip_to(100);
        (0..3).for_each(|_| _ = ids.next());
        ids.skip_to(1000);
        ids.claim_to(1010);
        let gaps = ids.gaps();
        let slots: Vec<usize> = [0, 4, 100, 102, 1000, 1009].map(|i| gaps.slot(NodeId(i))).into();
        assert_eq!(slots, [0, 4, 5, 7, 8, 17]);
        assert_eq!((ids.count(), ids.nodes()), (1010, 18));
    }
}
