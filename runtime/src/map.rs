//! Go maps: an open-addressing index over an insertion-ordered entry array.
//!
//! Entries (key, then value, in Go's memory layout) never move while an iteration
//! is in progress, so iterators are plain entry indices; iteration starts at a
//! random entry, so range order varies between runs as in Go. Values are accessed
//! through pointers into the entry array, valid until the next insertion.

use crate::abi::{Pair, TypeDesc, G};
use crate::malloc::alloc;
use crate::typealg::{equal, hash, Uncomparable};
use std::sync::atomic::{AtomicU8, Ordering};

/// Index slots: EMPTY, TOMBSTONE (a deleted entry's), or `slot_of(hash, i)`.
const EMPTY: u64 = 0;
const TOMBSTONE: u64 = u64::MAX;

/// The index slot of entry `i` whose key hashes to `h`: the hash's high half
/// above `i + 1`, so that a probe compares hashes without loading the entry's
/// (one cache miss fewer per lookup). Never EMPTY (`i + 1 > 0`) nor TOMBSTONE
/// (`i + 1 < u32::MAX`: at most 2^32 - 2 entries).
fn slot_of(h: u64, i: usize) -> u64 {
    (h & !0xFFFF_FFFF) | (i as u64 + 1)
}

/// The entry a slot (neither EMPTY nor TOMBSTONE) refers to.
fn slot_entry(e: u64) -> usize {
    (e as u32 - 1) as usize
}

#[repr(C)]
pub struct HMap {
    /// `len(m)`, which compiled code reads (`abi::HMAP_COUNT`).
    pub count: usize,
    /// `HASH_WRITING` while a write is in progress (see `Writing`).
    flags: AtomicU8,
    seed: u64,
    index: Vec<u64>,
    hashes: Vec<u64>,
    live: Vec<bool>,
    data: *mut u8,
    /// Entries allocated in `data`, live or deleted.
    used: usize,
    cap: usize,
    tombstones: usize,
    iterators: usize,
}

/// Set in `HMap::flags` while a goroutine writes the map. Go's detection of
/// unsynchronized use (`hashWriting`): a write that finds it set, or finds it
/// cleared when it ends, raced with another write; a read that finds it set
/// raced with a write. Either is a fatal error, as in Go. Best effort, as Go's:
/// relaxed loads and stores, no read-modify-write, so detection costs a
/// correct program nothing but the flag's two stores per write.
const HASH_WRITING: u8 = 1;

/// A write to a map in progress (Go's `h.flags ^= hashWriting` until the write
/// ends). It keeps a raw pointer to the flag: the write itself holds the map
/// mutably meanwhile.
struct Writing(*const AtomicU8, *mut G);

impl Writing {
    /// # Safety
    /// `m` is a live map.
    unsafe fn start(m: *mut HMap, g: *mut G) -> Writing {
        // SAFETY: as the caller promises; the flag is atomic.
        let flags = unsafe { &raw const (*m).flags };
        let f = unsafe { (*flags).load(Ordering::Relaxed) };
        if f & HASH_WRITING != 0 {
            concurrent(g, "concurrent map writes");
        }
        // SAFETY: as above.
        unsafe { (*flags).store(f ^ HASH_WRITING, Ordering::Relaxed) };
        Writing(flags, g)
    }
}

impl Drop for Writing {
    fn drop(&mut self) {
        // SAFETY: the map outlives the write (`start`).
        let flags = unsafe { &*self.0 };
        let f = flags.load(Ordering::Relaxed);
        if f & HASH_WRITING == 0 {
            concurrent(self.1, "concurrent map writes");
        }
        flags.store(f & !HASH_WRITING, Ordering::Relaxed);
    }
}

/// A read of `m`, which must not overlap a write.
fn check_read(m: &HMap, g: *mut G) {
    if m.flags.load(Ordering::Relaxed) & HASH_WRITING != 0 {
        concurrent(g, "concurrent map read and map write");
    }
}

/// The fatal error of a map used without synchronization.
fn concurrent(g: *mut G, msg: &str) -> ! {
    // SAFETY: g is the goroutine in this map operation.
    crate::panic::fatal(unsafe { &*g }, msg)
}

struct Layout {
    mt: &'static TypeDesc,
    key: &'static TypeDesc,
    esize: usize,
    voff: usize,
}

impl Layout {
    /// Zeroed memory for `n` entries, which the collector reads by the
    /// entries' pointer words (never, when neither keys nor values hold any).
    fn alloc_entries(&self, n: usize) -> *mut u8 {
        if !self.key.scan() && !self.mt.elem().scan() {
            return crate::malloc::alloc_noscan(n * self.esize);
        }
        crate::malloc::alloc_mapped(crate::mbitmap::entry_map(self.mt, self.esize, self.voff), n * self.esize)
    }
}

fn layout(mt: *const TypeDesc) -> Layout {
    // SAFETY: the compiler passes a map type descriptor.
    let mt = unsafe { &*mt };
    let (k, v): (&'static TypeDesc, &'static TypeDesc) = unsafe { (&*mt.key, &*mt.elem) };
    let valign = (v.align as usize).max(1);
    let voff = (k.size + valign - 1) & !(valign - 1);
    let align = (k.align as usize).max(valign).max(1);
    let esize = ((voff + v.size).max(1) + align - 1) & !(align - 1);
    Layout { mt, key: k, esize, voff }
}

/// A key whose dynamic type cannot be hashed: the map operation returns as if
/// the key were absent and leaves the type in `g.unhashable` (bit 0 set when
/// the map was nil or empty, which Go words differently); compiled code checks
/// the field after the call and panics (`runtime.panicunhashable`), since a Go
/// panic cannot start inside the runtime.
fn note_unhashable(g: *mut G, e: Uncomparable, empty: bool) {
    // SAFETY: g is the goroutine in this map operation.
    unsafe { (*g).unhashable = e.0 as usize | empty as usize };
}

impl HMap {
    fn entry(&self, l: &Layout, i: usize) -> *mut u8 {
        // SAFETY: i < used <= cap entries are allocated.
        unsafe { self.data.add(i * l.esize) }
    }

    /// The entry holding `key`. Err when the key cannot be hashed (with
    /// whether the map is empty), which is checked even in an empty map.
    fn find(&self, l: &Layout, key: *const u8) -> Result<Option<usize>, (Uncomparable, bool)> {
        // SAFETY: key points at a key value of the map's key type.
        let h = unsafe { hash(l.key, key, self.seed) }.map_err(|e| (e, self.count == 0))?;
        if self.count == 0 {
            return Ok(None);
        }
        let mask = self.index.len() - 1;
        let mut slot = h as usize & mask;
        loop {
            match self.index[slot] {
                EMPTY => return Ok(None),
                TOMBSTONE => {}
                e => {
                    let i = slot_entry(e);
                    // SAFETY: entry i holds a key of the map's key type.
                    if (e ^ h) >> 32 == 0 && unsafe { equal(l.key, self.entry(l, i), key) }.map_err(|e| (e, false))? {
                        return Ok(Some(i));
                    }
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    fn rebuild_index(&mut self, size: usize) {
        self.index = vec![EMPTY; size];
        self.tombstones = 0;
        let mask = size - 1;
        for i in 0..self.used {
            if self.live[i] {
                let mut slot = self.hashes[i] as usize & mask;
                while self.index[slot] != EMPTY {
                    slot = (slot + 1) & mask;
                }
                self.index[slot] = slot_of(self.hashes[i], i);
            }
        }
    }

    /// Makes room for one more entry, compacting deleted entries when no iteration
    /// is running.
    fn grow(&mut self, l: &Layout) {
        if self.used < self.cap {
            return;
        }
        let live = self.count;
        let compact = self.iterators == 0 && live < self.used;
        let newcap = if compact && live * 2 <= self.cap { self.cap } else { (self.cap * 2).max(8) };
        let nd = l.alloc_entries(newcap);
        let (mut hashes, mut lives) = (Vec::with_capacity(newcap), Vec::with_capacity(newcap));
        let mut j = 0;
        for i in 0..self.used {
            if compact && !self.live[i] {
                continue;
            }
            // SAFETY: both entries are allocated and do not overlap.
            unsafe { std::ptr::copy_nonoverlapping(self.entry(l, i), nd.add(j * l.esize), l.esize) };
            hashes.push(self.hashes[i]);
            lives.push(self.live[i]);
            j += 1;
        }
        self.data = nd;
        self.used = j;
        self.cap = newcap;
        self.hashes = hashes;
        self.live = lives;
        let idx = (newcap * 2).next_power_of_two();
        self.rebuild_index(idx);
    }

    /// The entry holding `key`, added (zeroed) if there is none; Err for a key
    /// that cannot be hashed. An entry already there takes `key` as its key if
    /// equal keys can differ (Go stores the new key: `m[-0.0]` after `m[0.0]`
    /// leaves the key -0, and an old string key's storage can be freed).
    fn insert(&mut self, l: &Layout, key: *const u8) -> Result<usize, Uncomparable> {
        if let Some(i) = self.find(l, key).map_err(|(e, _)| e)? {
            if l.key.key_update() {
                // SAFETY: the entry is allocated and holds a key of this type;
                // keys are copied bytewise (marking stops the world: no barrier).
                unsafe { std::ptr::copy(key, self.entry(l, i), l.key.size) };
            }
            return Ok(i);
        }
        self.grow(l);
        if (self.count + self.tombstones + 1) * 4 > self.index.len() * 3 {
            let size = (self.index.len() * 2).max(16);
            self.rebuild_index(size);
        }
        // SAFETY: key points at a key value.
        let h = unsafe { hash(l.key, key, self.seed) }?;
        let i = self.used;
        self.used += 1;
        let e = self.entry(l, i);
        // SAFETY: the new entry is allocated; keys are copied bytewise.
        unsafe {
            std::ptr::write_bytes(e, 0, l.esize);
            std::ptr::copy_nonoverlapping(key, e, l.key.size);
        }
        self.hashes.push(h);
        self.live.push(true);
        let mask = self.index.len() - 1;
        let mut slot = h as usize & mask;
        while self.index[slot] != EMPTY && self.index[slot] != TOMBSTONE {
            slot = (slot + 1) & mask;
        }
        if self.index[slot] == TOMBSTONE {
            self.tombstones -= 1;
        }
        self.index[slot] = slot_of(h, i);
        self.count += 1;
        Ok(i)
    }
}

/// Zeroed memory returned for missing keys (values are never written through it).
static ZERO_VALUE: [u64; 1024] = [0; 1024];

fn zero_value(size: usize) -> *mut u8 {
    if size <= std::mem::size_of_val(&ZERO_VALUE) {
        ZERO_VALUE.as_ptr() as *mut u8
    } else {
        alloc(size)
    }
}

pub extern "C" fn makemap(_g: *mut G, mt: *const TypeDesc, hint: i64) -> *mut HMap {
    let cap = (hint.max(0) as usize).clamp(0, 1 << 24);
    crate::malloc::new_dropped(HMap {
        count: 0,
        flags: AtomicU8::new(0),
        seed: crate::fastrand(),
        index: vec![EMPTY; (cap * 2).next_power_of_two().max(16)],
        hashes: Vec::with_capacity(cap),
        live: Vec::with_capacity(cap),
        data: if cap > 0 { layout(mt).alloc_entries(cap) } else { std::ptr::null_mut() },
        used: 0,
        cap,
        tombstones: 0,
        iterators: 0,
    })
}

/// `m[k]`: a pointer to the value, or to a zero value when absent (or `m` is nil).
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn mapaccess1(g: *mut G, mt: *const TypeDesc, m: *mut HMap, key: *const u8) -> *mut u8 {
    // SAFETY: the arguments are mapaccess1's, which has the same contract.
    unsafe { mapaccess2(g, mt, m, key).0 as *mut u8 }
}

/// `v, ok := m[k]`.
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn mapaccess2(g: *mut G, mt: *const TypeDesc, m: *mut HMap, key: *const u8) -> Pair {
    let l = layout(mt);
    if !m.is_null() {
        // SAFETY: m is a live map.
        let m = unsafe { &*m };
        check_read(m, g);
        match m.find(&l, key) {
            // SAFETY: the entry is allocated.
            Ok(Some(i)) => return Pair(unsafe { m.entry(&l, i).add(l.voff) } as u64, 1),
            Ok(None) => {}
            Err((e, empty)) => note_unhashable(g, e, empty),
        }
    } else if let Err(e) = unsafe { hash(l.key, key, 0) } {
        // SAFETY (the call): key points at a key value. Go hashes the key even
        // for a nil map, so an unhashable key panics there too.
        note_unhashable(g, e, true);
    }
    // SAFETY: mt is a map type.
    Pair(zero_value(unsafe { (*(*mt).elem).size }) as u64, 0)
}

/// `m[k] = ...`: the slot to store the value into (compiled code checks `m` != nil).
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn mapassign(g: *mut G, mt: *const TypeDesc, m: *mut HMap, key: *const u8) -> *mut u8 {
    let l = layout(mt);
    // SAFETY: m is a live, non-nil map (its flag is checked before it is written).
    let _w = unsafe { Writing::start(m, g) };
    let m = unsafe { &mut *m };
    match m.insert(&l, key) {
        // SAFETY: the entry is allocated.
        Ok(i) => unsafe { m.entry(&l, i).add(l.voff) },
        Err(e) => {
            note_unhashable(g, e, false);
            // never written: compiled code panics first
            zero_value(0)
        }
    }
}

/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn mapdelete(g: *mut G, mt: *const TypeDesc, m: *mut HMap, key: *const u8) {
    let l = layout(mt);
    if m.is_null() {
        // SAFETY: key points at a key value.
        if let Err(e) = unsafe { hash(l.key, key, 0) } {
            note_unhashable(g, e, true);
        }
        return;
    }
    // SAFETY: m is a live map (its flag is checked before it is written).
    let _w = unsafe { Writing::start(m, g) };
    let m = unsafe { &mut *m };
    let i = match m.find(&l, key) {
        Ok(Some(i)) => i,
        Ok(None) => return,
        Err((e, empty)) => return note_unhashable(g, e, empty),
    };
    m.live[i] = false;
    m.count -= 1;
    let mask = m.index.len() - 1;
    let mut slot = m.hashes[i] as usize & mask;
    while m.index[slot] != slot_of(m.hashes[i], i) {
        slot = (slot + 1) & mask;
    }
    m.index[slot] = TOMBSTONE;
    m.tombstones += 1;
}

/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn mapclear(g: *mut G, _mt: *const TypeDesc, m: *mut HMap) {
    if m.is_null() {
        return;
    }
    // SAFETY: m is a live map (its flag is checked before it is written).
    let _w = unsafe { Writing::start(m, g) };
    let m = unsafe { &mut *m };
    for l in m.live.iter_mut() {
        *l = false;
    }
    m.count = 0;
    let n = m.index.len();
    m.rebuild_index(n);
}

/// The state of one `for k, v := range m`.
#[repr(C)]
pub struct MapIter {
    m: *mut HMap,
    mt: *const TypeDesc,
    start: usize,
    pos: usize,
    wrapped: bool,
}

/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn mapiterinit(_g: *mut G, mt: *const TypeDesc, m: *mut HMap) -> *mut MapIter {
    let start = if m.is_null() {
        0
    } else {
        // SAFETY: m is a live map.
        let mr = unsafe { &mut *m };
        mr.iterators += 1;
        if mr.used == 0 {
            0
        } else {
            (crate::fastrand() % mr.used as u64) as usize
        }
    };
    crate::malloc::new_object(MapIter { m, mt, start, pos: start, wrapped: false })
}

/// The next (key pointer, value pointer), or (0, 0) when the iteration is done.
///
/// # Safety
/// Called only through its entry point (`crate::entries`), as compiled code calls it: `g` is the
/// calling goroutine, stopped in this call, and every pointer argument is what the compiler passes there.
pub unsafe extern "C" fn mapiternext(g: *mut G, it: *mut MapIter) -> Pair {
    // SAFETY: it came from mapiterinit.
    let it = unsafe { &mut *it };
    if it.m.is_null() {
        return Pair(0, 0);
    }
    // SAFETY: the map outlives its iterations.
    check_read(unsafe { &*it.m }, g);
    // SAFETY: the map outlives its iterations.
    let m = unsafe { &mut *it.m };
    let l = layout(it.mt);
    loop {
        if !it.wrapped && it.pos >= m.used {
            it.wrapped = true;
            it.pos = 0;
        }
        if it.wrapped && it.pos >= it.start.min(m.used) {
            m.iterators -= 1;
            it.m = std::ptr::null_mut();
            return Pair(0, 0);
        }
        let i = it.pos;
        it.pos += 1;
        if m.live[i] {
            let e = m.entry(&l, i);
            // SAFETY: the entry is allocated.
            return Pair(e as u64, unsafe { e.add(l.voff) } as u64);
        }
    }
}
