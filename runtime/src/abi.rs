//! Layouts shared by compiled code, assembly and Rust: the goroutine (`G`), the
//! thread (`M`), type descriptors, itabs and Go value representations.
//!
//! The compiler and the assembly address these structures only through the
//! constants below, each derived from the struct with `offset_of!`/`size_of`, so a
//! field moved here moves everywhere; no offset is written as a number elsewhere.

use std::mem::{offset_of, size_of};
use std::sync::atomic::{AtomicI32, AtomicU32, AtomicUsize};

/// Registers saved when a goroutine is descheduled (Go's `gobuf`).
#[repr(C)]
#[derive(Default)]
pub struct Gobuf {
    pub sp: usize,
    pub bp: usize,
    pub rbx: usize,
    pub r12: usize,
    pub r13: usize,
    pub r14: usize,
    pub r15: usize,
    /// Return values delivered to the parked runtime call when the goroutine resumes.
    pub ret0: usize,
    pub ret1: usize,
}

/// Words of `m.retbuf`: a function with more than 8 integer or 8 float result
/// words returns them all there (the compiler rejects more than this). It lives
/// on the M, not the G: the callee fills it just before returning and the caller
/// reads it right after the call, with no preemption point in between.
pub const RETBUF_WORDS: usize = 64;
/// Words of scratch memory compiled code uses to pass values by address to the
/// runtime (map keys, channel elements, string headers): heap memory, never the
/// goroutine's stack. Per G, since a channel operation parks with its element
/// there; small, since a million goroutines carry it.
pub const SCRATCH_WORDS: usize = 16;

/// A goroutine. `#[repr(C)]`: compiled code and assembly use fixed offsets.
#[repr(C)]
pub struct G {
    pub stack_lo: usize,
    pub stack_hi: usize,
    /// Compared with SP at the entry of every function that calls, and by the
    /// prologue of one with a large frame (stack_limit).
    pub stackguard0: AtomicUsize,
    pub m: *mut M,
    pub sched: Gobuf,
    /// Set by a runtime entry point that wants the goroutine parked when it returns
    /// to the trampoline (see `asm::systemstack`).
    pub park: u32,
    pub status: AtomicU32,
    pub goid: i64,
    /// The innermost pending deferred call (`Defer` record), pushed and popped by
    /// compiled code and `gopanic`.
    pub defer_: usize,
    /// The innermost active panic (a `runtime._panic` object of the Go side).
    pub panic_: usize,
    /// Free `Defer` records, linked through `link`.
    pub deferpool: usize,
    /// A preemption request, polled by loops at their back-edges (function
    /// prologues see the same request as `stackguard0 == STACK_PREEMPT`).
    pub preempt: AtomicU32,
    pub scratch: [u64; SCRATCH_WORDS],
    /// The function value the goroutine starts with.
    pub entry: usize,
    /// Why it is waiting (`chan receive`), for tracebacks.
    pub waitreason: &'static str,
    /// The lock `park_m` releases once the goroutine is parked (Go's `gopark`
    /// unlock function), if any.
    pub park_lock: *const crate::lock::Mutex,
    /// More locks to release (a `select`'s channels).
    pub park_locks: Vec<*const crate::lock::Mutex>,
    /// Set by whoever wakes the goroutine (a `sudog` that succeeded, a select case).
    pub param: usize,
    /// Where it was created: the return address of its `go` statement, and the
    /// creating goroutine.
    pub gopc: usize,
    pub parent_goid: i64,
    /// Where a nil dereference panicked (Go's `sigpc`: such a panic, fatal, is
    /// reported as the signal Go's would have been), or 0.
    pub sigpc: usize,
    /// A map operation met a key whose dynamic type cannot be hashed: that
    /// type's descriptor, bit 0 set when the map was nil or empty; else 0.
    /// Compiled code checks it after such operations and panics.
    pub unhashable: usize,
    /// Stopped at a function entry by preemption: resume from `regs`.
    pub preempted: bool,
    /// The `stack::SHRINK_EPOCH` of its last stack growth or shrink.
    pub stack_epoch: u32,
    pub regs: Option<Box<crate::preempt::Regs>>,
    /// Where its frames keep the addressable locals that do not escape them.
    pub side: crate::sidestack::SideStack,
}

impl G {
    /// Returns results that do not fit in registers from a runtime call (in its
    /// M's `retbuf`).
    pub fn set_results(&mut self, words: &[u64]) {
        // SAFETY: a goroutine in a runtime call is on a live M.
        unsafe { (&mut (*self.m).retbuf)[..words.len()].copy_from_slice(words) };
    }
}

/// An OS thread running goroutines.
#[repr(C)]
pub struct M {
    /// Top of this thread's system stack (`g0`), where runtime calls run.
    pub g0_sp: usize,
    pub curg: *mut G,
    pub id: i64,
    /// Its thread's id (`gettid`), for preemption signals; 0 until it starts.
    pub tid: AtomicI32,
    /// This M's allocation cache: compiled code bumps the run of a size class
    /// itself while it lasts (see `mcache`).
    pub mcache: crate::mcache::MCache,
    pub retbuf: [u64; RETBUF_WORDS],
    /// In a blocking system call (`proc::entersyscall`): the system stack's SP
    /// and the callee-saved registers at its start, which the collector scans.
    pub syscall_sp: usize,
    pub syscall_regs: [usize; 6],
    /// The P it holds (null when idle or in a blocking call), and the one handed to
    /// it by whoever wakes it.
    pub p: *mut crate::proc::P,
    pub nextp: *mut crate::proc::P,
    /// Looking for work to steal (counted in `sched.nmspinning`).
    pub spinning: bool,
    /// A goroutine just made by `newproc` for `park_m` to run at once, ahead of
    /// its creator (see `proc::newproc`), or null.
    pub nextg: *mut G,
    /// Where it sleeps when idle.
    pub park: crate::lock::Note,
}

// Offsets in `G`, `Gobuf` and `M` (i32 where compiled code uses them as load
// offsets, usize where assembly does).
pub const G_STACK_HI: i32 = offset_of!(G, stack_hi) as i32;
pub const G_STACKGUARD0: i32 = offset_of!(G, stackguard0) as i32;
pub const G_M: usize = offset_of!(G, m);
pub const G_SCHED: usize = offset_of!(G, sched);
pub const G_SCHED_SP: usize = G_SCHED + offset_of!(Gobuf, sp);
pub const G_SCHED_BP: usize = G_SCHED + offset_of!(Gobuf, bp);
pub const G_SCHED_RBX: usize = G_SCHED + offset_of!(Gobuf, rbx);
pub const G_SCHED_R12: usize = G_SCHED + offset_of!(Gobuf, r12);
pub const G_SCHED_R13: usize = G_SCHED + offset_of!(Gobuf, r13);
pub const G_SCHED_R14: usize = G_SCHED + offset_of!(Gobuf, r14);
pub const G_SCHED_R15: usize = G_SCHED + offset_of!(Gobuf, r15);
pub const G_SCHED_RET0: usize = G_SCHED + offset_of!(Gobuf, ret0);
pub const G_SCHED_RET1: usize = G_SCHED + offset_of!(Gobuf, ret1);
pub const G_PARK: usize = offset_of!(G, park);
pub const G_DEFER: i32 = offset_of!(G, defer_) as i32;
pub const G_PANIC: i32 = offset_of!(G, panic_) as i32;
pub const G_DEFERPOOL: i32 = offset_of!(G, deferpool) as i32;
pub const G_PREEMPT: i32 = offset_of!(G, preempt) as i32;
pub const G_UNHASHABLE: i32 = offset_of!(G, unhashable) as i32;
pub const G_SCRATCH: i32 = offset_of!(G, scratch) as i32;
pub const G_SIDE_SP: i32 = (offset_of!(G, side) + offset_of!(crate::sidestack::SideStack, sp)) as i32;
pub const G_SIDE_HI: i32 = (offset_of!(G, side) + offset_of!(crate::sidestack::SideStack, hi)) as i32;
pub const G_SIDE_HINT_LO: i32 = (offset_of!(G, side) + offset_of!(crate::sidestack::SideStack, hint_lo)) as i32;
pub const G_SIDE_HINT_HI: i32 = (offset_of!(G, side) + offset_of!(crate::sidestack::SideStack, hint_hi)) as i32;
pub const M_G0_SP: usize = offset_of!(M, g0_sp);
/// The cache's runs, one `mcache::Run` (cur, end) per span class.
pub const M_MCACHE_ALLOC: i32 = (offset_of!(M, mcache) + offset_of!(crate::mcache::MCache, alloc)) as i32;
pub const M_MCACHE_HEAP_BITS: i32 = (offset_of!(M, mcache) + offset_of!(crate::mcache::MCache, heap_bits)) as i32;
pub const M_MCACHE_SPAN: i32 = (offset_of!(M, mcache) + offset_of!(crate::mcache::MCache, span)) as i32;
pub const SPAN_SCALARS: i32 = offset_of!(crate::mheap::Span, scalars) as i32;
pub const MCACHE_RUN_SIZE: i32 = size_of::<crate::mcache::Run>() as i32;
pub const RUN_CUR: i32 = offset_of!(crate::mcache::Run, cur) as i32;
pub const RUN_END: i32 = offset_of!(crate::mcache::Run, end) as i32;
pub const M_RETBUF: i32 = offset_of!(M, retbuf) as i32;

// Go's layout, which compiled code shares: `stack.lo`, `stack.hi`, `stackguard0`
// lead the goroutine (the stack check reads the guard at a small offset from g).
const _: () = assert!(offset_of!(G, stack_lo) == 0 && G_STACK_HI == 8 && G_STACKGUARD0 == 16);

/// Kinds, numbered as reflect.Kind.
#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Invalid = 0,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    Array,
    Chan,
    Func,
    Interface,
    Map,
    Pointer,
    Slice,
    String,
    Struct,
    UnsafePointer,
}

impl Kind {
    pub fn from_u8(k: u8) -> Kind {
        if k <= Kind::UnsafePointer as u8 {
            // SAFETY: Kind is repr(u8) with contiguous discriminants 0..=26.
            unsafe { std::mem::transmute::<u8, Kind>(k) }
        } else {
            Kind::Invalid
        }
    }
}

/// A Go string header.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GoString {
    pub ptr: *const u8,
    pub len: usize,
}

impl GoString {
    pub const EMPTY: GoString = GoString { ptr: std::ptr::null(), len: 0 };
    /// # Safety
    /// `ptr` must address `len` readable bytes that outlive the returned slice.
    pub unsafe fn as_bytes<'a>(&self) -> &'a [u8] {
        if self.len == 0 {
            &[]
        } else {
            std::slice::from_raw_parts(self.ptr, self.len)
        }
    }
}

pub const STRING_PTR: i32 = offset_of!(GoString, ptr) as i32;
pub const STRING_LEN: i32 = offset_of!(GoString, len) as i32;
pub const STRING_SIZE: i32 = size_of::<GoString>() as i32;

/// A Go slice header.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GoSlice {
    pub ptr: *mut u8,
    pub len: usize,
    pub cap: usize,
}

impl GoSlice {
    /// The slice's elements.
    ///
    /// # Safety
    /// The slice must hold `len` values of `T` that outlive the returned slice.
    pub unsafe fn as_slice<'a, T>(&self) -> &'a [T] {
        if self.len == 0 {
            &[]
        } else {
            std::slice::from_raw_parts(self.ptr as *const T, self.len)
        }
    }
}

/// Type flags.
pub const TFLAG_DIRECT_IFACE: u8 = 1; // stored in an interface's data word itself
pub const TFLAG_COMPARABLE: u8 = 2;
pub const TFLAG_POINTERS: u8 = 4; // values contain pointers
pub const TFLAG_NAMED: u8 = 8;
pub const TFLAG_KEY_UPDATE: u8 = 16; // equal values may differ: a map assignment stores the new key
pub const TFLAG_SCAN: u8 = 32; // the collector scans values (pointers, or a uintptr)
pub const TFLAG_EQ_CAN_PANIC: u8 = 64; // == may panic: values hold an interface

/// A struct field of a type descriptor.
#[repr(C)]
pub struct FieldDesc {
    pub name: GoString,
    pub typ: *const TypeDesc,
    pub offset: usize,
    /// Bit 0: embedded; bit 1: exported.
    pub flags: usize,
    /// The field's tag (reflect's `StructField.Tag`), empty without one.
    pub tag: GoString,
}

/// A method of a type's method set (sorted by name): interface calls through an
/// itab use `ifn`, which takes the receiver as an interface data word.
#[repr(C)]
pub struct MethodDesc {
    pub name: GoString,
    /// Package path for unexported methods (empty when exported).
    pub pkg: GoString,
    /// The method's signature type (without receiver), for matching interfaces.
    pub mtyp: *const TypeDesc,
    pub ifn: usize,
    /// When the program has reflect's method lookups and the method is
    /// exported: the type of its method expression (`func(T, params...)
    /// results`, reflect's Method.Type) and a static func value of it
    /// (Method.Func); else null.
    pub ftyp: *const TypeDesc,
    pub tfn: *const u8,
}

/// A runtime type descriptor, emitted by the compiler once per distinct type.
#[repr(C)]
pub struct TypeDesc {
    pub size: usize,
    pub align: u32,
    pub kind: u8,
    pub flags: u8,
    /// For channels: direction (1 recv, 2 send, 3 both).
    pub dir: u16,
    /// reflect.Type.String(): `main.T`, `[]int`, `map[string]int`.
    pub name: GoString,
    /// Pointer, slice, array, chan: element; map: value.
    pub elem: *const TypeDesc,
    /// Map: key.
    pub key: *const TypeDesc,
    /// Array length.
    pub len: usize,
    pub fields: *const FieldDesc,
    pub nfields: usize,
    pub methods: *const MethodDesc,
    pub nmethods: usize,
    /// For interface types: their methods (name, pkg, mtyp; `ifn` unused).
    pub imethods: *const MethodDesc,
    pub nimethods: usize,
    /// For func types: parameter and result types (variadic in `dir` bit 0).
    pub params: *const *const TypeDesc,
    pub nparams: usize,
    pub results: *const *const TypeDesc,
    pub nresults: usize,
    /// Package path of a named type (for unexported method matching).
    pub pkgpath: GoString,
    /// `*T`'s descriptor for this type T, when the program has one (it always
    /// does for a non-pointer type in a program with package reflect): what
    /// reflect's New, PointerTo and Addr give (Go's `PtrToThis`); else null.
    pub ptr_to_this: *const TypeDesc,
    /// For an array type `[N]E`, `[]E`'s descriptor on the same terms (what
    /// reflect's Slice of an array gives); else null.
    pub slice: *const TypeDesc,
    /// For a func type, in a program with package reflect, a static func value
    /// `func(fn, args, results unsafe.Pointer)` that calls the func value `fn`
    /// of this type with the arguments `args` points to (an array of pointers,
    /// one per parameter, to a value of its type) and stores its results where
    /// `results`' pointers say: how reflect's Value.Call calls. Else null.
    pub call: *const u8,
    /// For a func type, in a program with reflect's MakeFunc, the code of a
    /// function of this type that stores its arguments to memory and calls
    /// reflect's `callReflect` with them: the code of every func value
    /// MakeFunc makes of the type. Else null.
    pub make_func: *const u8,
    /// For a type not an interface, how many exported methods its method set
    /// has (reflect's NumMethod): `methods` lists only those an interface of
    /// the program could call.
    pub num_exported: usize,
}

// SAFETY: descriptors are immutable after the compiler emits them.
unsafe impl Sync for TypeDesc {}

impl TypeDesc {
    /// A descriptor of `size` bytes, `kind` and `flags` (8-aligned), nothing
    /// else set: what descriptors the runtime makes itself start from.
    pub const fn bare(size: usize, kind: Kind, flags: u8) -> TypeDesc {
        let none = GoString::EMPTY;
        TypeDesc {
            size,
            align: 8,
            kind: kind as u8,
            flags,
            dir: 0,
            name: none,
            elem: std::ptr::null(),
            key: std::ptr::null(),
            len: 0,
            fields: std::ptr::null(),
            nfields: 0,
            methods: std::ptr::null(),
            nmethods: 0,
            imethods: std::ptr::null(),
            nimethods: 0,
            params: std::ptr::null(),
            nparams: 0,
            results: std::ptr::null(),
            nresults: 0,
            pkgpath: none,
            ptr_to_this: std::ptr::null(),
            slice: std::ptr::null(),
            call: std::ptr::null(),
            make_func: std::ptr::null(),
            num_exported: 0,
        }
    }

    pub fn kind(&self) -> Kind {
        Kind::from_u8(self.kind)
    }
    pub fn direct_iface(&self) -> bool {
        self.flags & TFLAG_DIRECT_IFACE != 0
    }
    pub fn has_pointers(&self) -> bool {
        self.flags & TFLAG_POINTERS != 0
    }

    /// Whether comparing values of the type can panic: they hold an interface,
    /// whose dynamic type may not be comparable (see `TFLAG_EQ_CAN_PANIC`).
    pub fn eq_can_panic(&self) -> bool {
        self.flags & TFLAG_EQ_CAN_PANIC != 0
    }

    /// Whether values of the type can be compared with `==`.
    pub fn comparable(&self) -> bool {
        self.flags & TFLAG_COMPARABLE != 0
    }

    /// Whether equal values of the type can differ, so a map assignment to a
    /// key already present stores the new key (see `TFLAG_KEY_UPDATE`).
    pub fn key_update(&self) -> bool {
        self.flags & TFLAG_KEY_UPDATE != 0
    }

    /// Whether the collector scans values of the type (see `TFLAG_SCAN`).
    pub fn scan(&self) -> bool {
        self.flags & TFLAG_SCAN != 0
    }
    pub fn name(&self) -> &str {
        // SAFETY: names are UTF-8 string constants emitted by the compiler.
        unsafe { std::str::from_utf8_unchecked(self.name.as_bytes()) }
    }
    pub fn fields(&self) -> &[FieldDesc] {
        if self.nfields == 0 {
            &[]
        } else {
            // SAFETY: the compiler emits `nfields` descriptors at `fields`.
            unsafe { std::slice::from_raw_parts(self.fields, self.nfields) }
        }
    }
    pub fn methods(&self) -> &[MethodDesc] {
        if self.nmethods == 0 {
            &[]
        } else {
            // SAFETY: as for fields.
            unsafe { std::slice::from_raw_parts(self.methods, self.nmethods) }
        }
    }
    pub fn imethods(&self) -> &[MethodDesc] {
        if self.nimethods == 0 {
            &[]
        } else {
            // SAFETY: as for fields.
            unsafe { std::slice::from_raw_parts(self.imethods, self.nimethods) }
        }
    }
    pub fn elem(&self) -> &TypeDesc {
        // SAFETY: set by the compiler for kinds with an element.
        unsafe { &*self.elem }
    }
    pub fn key(&self) -> &TypeDesc {
        // SAFETY: set by the compiler for maps.
        unsafe { &*self.key }
    }
}

// Offsets in descriptors, where the compiler writes them.
pub const TYPE_SIZE: usize = size_of::<TypeDesc>();
pub const TYPE_VALUE_SIZE: usize = offset_of!(TypeDesc, size);
pub const TYPE_ALIGN: usize = offset_of!(TypeDesc, align);
pub const TYPE_KIND: usize = offset_of!(TypeDesc, kind);
pub const TYPE_FLAGS: usize = offset_of!(TypeDesc, flags);
pub const TYPE_DIR: usize = offset_of!(TypeDesc, dir);
pub const TYPE_NAME: usize = offset_of!(TypeDesc, name);
pub const TYPE_ELEM: usize = offset_of!(TypeDesc, elem);
pub const TYPE_KEY: usize = offset_of!(TypeDesc, key);
pub const TYPE_LEN: usize = offset_of!(TypeDesc, len);
pub const TYPE_FIELDS: usize = offset_of!(TypeDesc, fields);
pub const TYPE_NFIELDS: usize = offset_of!(TypeDesc, nfields);
pub const TYPE_METHODS: usize = offset_of!(TypeDesc, methods);
pub const TYPE_NMETHODS: usize = offset_of!(TypeDesc, nmethods);
pub const TYPE_IMETHODS: usize = offset_of!(TypeDesc, imethods);
pub const TYPE_NIMETHODS: usize = offset_of!(TypeDesc, nimethods);
pub const TYPE_PARAMS: usize = offset_of!(TypeDesc, params);
pub const TYPE_NPARAMS: usize = offset_of!(TypeDesc, nparams);
pub const TYPE_RESULTS: usize = offset_of!(TypeDesc, results);
pub const TYPE_NRESULTS: usize = offset_of!(TypeDesc, nresults);
pub const TYPE_PKGPATH: usize = offset_of!(TypeDesc, pkgpath);
pub const TYPE_PTR_TO_THIS: usize = offset_of!(TypeDesc, ptr_to_this);
pub const TYPE_SLICE: usize = offset_of!(TypeDesc, slice);
pub const TYPE_CALL: usize = offset_of!(TypeDesc, call);
pub const TYPE_MAKE_FUNC: usize = offset_of!(TypeDesc, make_func);
pub const TYPE_NUM_EXPORTED: usize = offset_of!(TypeDesc, num_exported);
pub const FIELD_SIZE: usize = size_of::<FieldDesc>();
pub const FIELD_NAME: usize = offset_of!(FieldDesc, name);
pub const FIELD_TYP: usize = offset_of!(FieldDesc, typ);
pub const FIELD_OFFSET: usize = offset_of!(FieldDesc, offset);
pub const FIELD_FLAGS: usize = offset_of!(FieldDesc, flags);
pub const FIELD_TAG: usize = offset_of!(FieldDesc, tag);
pub const METHOD_SIZE: usize = size_of::<MethodDesc>();
pub const METHOD_NAME: usize = offset_of!(MethodDesc, name);
pub const METHOD_PKG: usize = offset_of!(MethodDesc, pkg);
pub const METHOD_MTYP: usize = offset_of!(MethodDesc, mtyp);
pub const METHOD_IFN: usize = offset_of!(MethodDesc, ifn);
pub const METHOD_FTYP: usize = offset_of!(MethodDesc, ftyp);
pub const METHOD_TFN: usize = offset_of!(MethodDesc, tfn);

/// The first word of a non-empty interface value: the dynamic type and the method
/// table for that interface. Compiled code calls `fun[i]` for method `i` (in the
/// interface's sorted method order) with the data word as receiver.
#[repr(C)]
pub struct Itab {
    pub inter: *const TypeDesc,
    pub typ: *const TypeDesc,
    pub fun: [usize; 0],
}

pub const ITAB_INTER: i32 = offset_of!(Itab, inter) as i32;
pub const ITAB_TYP: i32 = offset_of!(Itab, typ) as i32;
pub const ITAB_FUN: i32 = offset_of!(Itab, fun) as i32;

/// What the runtime knows of one (interface, dynamic type) pair: its itab, or
/// null when the type does not implement the interface. Entries are immutable
/// and never freed, so compiled code keeps the last one each assertion site
/// looked up and reuses it while the dynamic type is the same (see
/// `iface::getitab_entry`).
#[repr(C)]
pub struct ItabEntry {
    pub inter: *const TypeDesc,
    pub typ: *const TypeDesc,
    pub itab: *const Itab,
}

pub const ITABENTRY_TYP: i32 = offset_of!(ItabEntry, typ) as i32;
pub const ITABENTRY_ITAB: i32 = offset_of!(ItabEntry, itab) as i32;

/// A func value: the code pointer, followed by captured variables (closures) or a
/// bound receiver (method values). Calls pass the funcval as the context argument.
#[repr(C)]
pub struct Funcval {
    pub code: usize,
    pub captured: [usize; 0],
}

pub const FUNCVAL_CODE: i32 = offset_of!(Funcval, code) as i32;
/// Where a func value's captured words start.
pub const FUNCVAL_CAPTURED: i32 = offset_of!(Funcval, captured) as i32;

/// A pending deferred call, made by the compiled code of the `defer` statement
/// and linked from `g.defer_` (Go's `_defer`). Records come from and, once their
/// call has returned normally, go back to the goroutine's `g.deferpool` (linked
/// through `link`), so a function that defers on every call allocates nothing
/// after the first; the call's `func()` value usually lives in the record too.
#[repr(C)]
pub struct Defer {
    pub link: usize,
    /// Depth of the deferring frame: `stack_hi` minus its frame pointer. Unlike the
    /// frame pointer it stays valid when the stack is copied.
    pub depth: usize,
    /// The call to make, as a `func()` value: `thunk` or a closure of its own.
    pub fv: usize,
    /// Room for the func value of the call: its code pointer and captured words.
    pub thunk: [usize; DEFER_THUNK_WORDS],
}

pub const DEFER_THUNK_WORDS: usize = 5;
pub const DEFER_LINK: i32 = offset_of!(Defer, link) as i32;
pub const DEFER_DEPTH: i32 = offset_of!(Defer, depth) as i32;
pub const DEFER_FN: i32 = offset_of!(Defer, fv) as i32;
pub const DEFER_THUNK: i32 = offset_of!(Defer, thunk) as i32;
pub const DEFER_SIZE: u64 = size_of::<Defer>() as u64;

/// One case of a `select`, as compiled code lays out the case array it passes
/// to `rt_selectgo`.
#[repr(C)]
pub struct SCase {
    pub c: *mut crate::chan::HChan,
    /// The value to send, or where a received value goes.
    pub elem: *mut u8,
    /// 0 receive, 1 send.
    pub kind: u64,
}

pub const SCASE_C: i32 = offset_of!(SCase, c) as i32;
pub const SCASE_ELEM: i32 = offset_of!(SCase, elem) as i32;
pub const SCASE_KIND: i32 = offset_of!(SCase, kind) as i32;
pub const SCASE_SIZE: i32 = size_of::<SCase>() as i32;
/// `SCase::kind` of a send (0 is a receive).
pub const SCASE_SEND: u64 = 1;

/// Where `len(m)` is in a map, and `len(c)`, `cap(c)` in a channel.
pub const HMAP_COUNT: i32 = offset_of!(crate::map::HMap, count) as i32;
pub const HCHAN_QCOUNT: i32 = offset_of!(crate::chan::HChan, qcount) as i32;
pub const HCHAN_DATAQSIZ: i32 = offset_of!(crate::chan::HChan, dataqsiz) as i32;
/// A byte, nonzero in a timer's channel, whose `len` and `cap` are 0.
pub const HCHAN_TIMER: i32 = offset_of!(crate::chan::HChan, timer) as i32;

/// Two words returned in rax:rdx (System V returns a 16-byte integer aggregate so).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct Pair(pub u64, pub u64);
