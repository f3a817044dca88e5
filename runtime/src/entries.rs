//! Every runtime entry point compiled code may call, declared once.
//!
//! This list is the boundary between the code generator and the runtime. From
//! it the macro below makes, for each entry:
//! * the entry point itself, a trampoline that runs the Rust implementation on
//!   the system stack (`asm_amd64`);
//! * a variant of [`Entry`], which is how the compiler names a runtime call: a
//!   misspelled entry is a compile error of the compiler, not of a Go program;
//! * its signature ([`Entry::sig`]), from which the compiler builds the Cranelift
//!   signature of the import, and its address ([`Entry::addr`]), which the JIT
//!   resolves the import to.
//!
//! Each line reads `name(params) -> (results) => implementation, attributes`.
//! Parameters and results follow `g` (every entry takes the goroutine first).
//! Attributes:
//! * `preserve_all`: the entry keeps every register, so that its callers need not
//!   spill around it (the entry stack check and the loop poll, on the hottest
//!   paths, and the allocation that inline allocation falls back on); the
//!   implementation gets the saved registers instead of arguments
//!   (`asm_amd64::systemstack_all`), reads its arguments from them and writes
//!   its result, if any, into the saved rax. Its trampoline parks the goroutine
//!   if the implementation asks, whether or not the entry is declared `parks`.
//! * `parks`: the call may park the goroutine (block, yield, or be stopped by
//!   preemption) and resume it later, maybe on another thread; the stack may
//!   have moved by then. These are the call sites where the scheduler can take
//!   a goroutine off its thread. Every other entry returns without parking, and
//!   its trampoline treats a park request as the runtime bug it would be.
//!
//! A test in the compiler (`codegen::tests::every_entry_is_called`) checks that
//! compiled code calls every entry listed here: nothing unused stays listed.

/// The machine types of entry parameters and results, as Cranelift names them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Word {
    I8,
    I64,
    F64,
}

/// How an entry is called.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Conv {
    /// System V: caller-saved registers are clobbered.
    SystemV,
    /// Every register is preserved.
    PreserveAll,
}

/// An entry's signature, after `g`.
#[derive(Clone, Copy, Debug)]
pub struct EntrySig {
    pub name: &'static str,
    pub params: &'static [Word],
    pub results: &'static [Word],
    pub conv: Conv,
    pub parks: bool,
}

macro_rules! entries {
    ($($(#[doc = $doc:literal])* $name:ident($($p:ident),*) -> ($($r:ident),*) => $imp:path $(, $attr:ident)*;)*) => {
        $(entries!(@trampoline $name, $imp; $($attr)*);)*

        /// A runtime entry point compiled code calls, by its symbol name.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        pub enum Entry {
            $($(#[doc = $doc])* $name,)*
        }

        impl Entry {
            /// Every entry, in the list's order.
            pub const ALL: &[Entry] = &[$(Entry::$name),*];

            pub fn sig(self) -> EntrySig {
                match self {
                    $(Entry::$name => EntrySig {
                        name: stringify!($name),
                        params: &[$(Word::$p),*],
                        results: &[$(Word::$r),*],
                        conv: entries!(@conv $($attr)*),
                        parks: entries!(@parks $($attr)*),
                    },)*
                }
            }

            /// The entry point's code.
            pub fn addr(self) -> *const u8 {
                match self {
                    $(Entry::$name => $name as *const u8,)*
                }
            }
        }
    };
    (@trampoline $name:ident, $imp:path; preserve_all $($parks:ident)?) => { $crate::entry!($name => $imp, preserve_all); };
    (@trampoline $name:ident, $imp:path; parks) => { $crate::entry!($name => $imp); };
    (@trampoline $name:ident, $imp:path;) => { $crate::entry!($name => $imp, nopark); };
    (@conv preserve_all $($rest:ident)*) => { Conv::PreserveAll };
    (@conv $first:ident $($rest:ident)*) => { entries!(@conv $($rest)*) };
    (@conv) => { Conv::SystemV };
    (@parks parks $($rest:ident)*) => { true };
    (@parks $first:ident $($rest:ident)*) => { entries!(@parks $($rest)*) };
    (@parks) => { false };
}

entries! {
    /// Zeroed memory of a size (bytes) too large for inline allocation.
    rt_mallocgc(I64, I64) -> (I64) => crate::malloc::mallocgc, preserve_all;
    rt_mallocgc_scalars(I64, I64) -> (I64) => crate::malloc::mallocgc_scalars, preserve_all;
    /// (string headers, count) -> the concatenation.
    rt_concatstrings(I64, I64) -> (I64, I64) => crate::string::concatstrings;
    /// (a, b, len) -> whether the bytes are equal.
    rt_memequal(I64, I64, I64) -> (I8) => crate::string::memequal;
    rt_slicebytetostring(I64, I64) -> (I64, I64) => crate::string::slicebytetostring;
    /// (string ptr, len) -> a slice in `m.retbuf`.
    rt_stringtoslicebyte(I64, I64) -> () => crate::string::stringtoslicebyte;
    rt_stringtoslicerune(I64, I64) -> () => crate::string::stringtoslicerune;
    rt_slicerunetostring(I64, I64) -> (I64, I64) => crate::string::slicerunetostring;
    /// `string(rune)`.
    rt_intstring(I64) -> (I64, I64) => crate::string::intstring;
    /// (ptr, len, index) -> (rune, next index), as `for range s` decodes.
    rt_decoderune(I64, I64, I64) -> (I64, I64) => crate::string::decoderune;
    /// (element type, len, cap) -> a zeroed backing array.
    rt_makeslice(I64, I64, I64) -> (I64) => crate::slice::makeslice;
    /// (element type, old ptr, old len, old cap, new len) -> (new ptr, new cap).
    rt_growslice(I64, I64, I64, I64, I64) -> (I64, I64) => crate::slice::growslice, preserve_all;
    /// As `rt_growslice`, for a slice whose backing store gc would have kept off the heap.
    rt_growslicebuf(I64, I64, I64, I64, I64) -> (I64, I64) => crate::slice::growslicebuf, preserve_all;
    rt_memmove(I64, I64, I64) -> () => crate::slice::memmove;
    /// Bytes of a frame's non-escaping locals the current side-stack segment
    /// has no room for: they end at `g.side.sp` after the call (see
    /// `sidestack`; preserving every register keeps the function entry it is
    /// called from from costing its body a register).
    rt_sidealloc(I64) -> () => crate::sidestack::sidealloc, preserve_all, parks;
    rt_memclr(I64, I64) -> () => crate::slice::memclr;
    /// (map type, size hint) -> the map.
    rt_makemap(I64, I64) -> (I64) => crate::map::makemap;
    /// (map type, map, key address) -> the element's address (the zero value's when absent).
    rt_mapaccess1(I64, I64, I64) -> (I64) => crate::map::mapaccess1;
    rt_mapaccess2(I64, I64, I64) -> (I64, I64) => crate::map::mapaccess2;
    rt_mapassign(I64, I64, I64) -> (I64) => crate::map::mapassign;
    rt_mapdelete(I64, I64, I64) -> () => crate::map::mapdelete;
    rt_mapclear(I64, I64) -> () => crate::map::mapclear;
    rt_mapiterinit(I64, I64) -> (I64) => crate::map::mapiterinit;
    /// iterator -> (key address, element address), null at the end.
    rt_mapiternext(I64) -> (I64, I64) => crate::map::mapiternext;
    /// (interface type, dynamic type) -> its `abi::ItabEntry` (never null).
    rt_assert_e2i(I64, I64) -> (I64) => crate::iface::assert_e2i;
    /// (dynamic type, data word, data word) -> equal 1, unequal 0, not comparable 2.
    rt_ifacedataeq(I64, I64, I64) -> (I64) => crate::iface::ifacedataeq;
    /// (type, address, address) -> equal 1, unequal 0, not comparable 2.
    rt_memeq(I64, I64, I64) -> (I64) => crate::iface::memeq;
    rt_printlock() -> () => crate::print::printlock;
    rt_printunlock() -> () => crate::print::printunlock;
    rt_printbool(I8) -> () => crate::print::printbool;
    rt_printint(I64) -> () => crate::print::printint;
    rt_printuint(I64) -> () => crate::print::printuint;
    rt_printpointer(I64) -> () => crate::print::printpointer;
    rt_printfloat(F64) -> () => crate::print::printfloat;
    rt_printfloat32(F64) -> () => crate::print::printfloat32;
    rt_printcomplex128(F64, F64) -> () => crate::print::printcomplex128;
    rt_printcomplex64(F64, F64) -> () => crate::print::printcomplex64;
    rt_printstring(I64, I64) -> () => crate::print::printstring;
    rt_printsp() -> () => crate::print::printsp;
    rt_printnl() -> () => crate::print::printnl;
    rt_printslice(I64, I64, I64) -> () => crate::print::printslice;
    rt_printeface(I64, I64) -> () => crate::print::printeface;
    /// Starts a goroutine running a `func()` value.
    rt_newproc(I64) -> () => crate::proc::newproc, parks;
    /// The loop back-edge poll's slow path: a preemption request.
    rt_preempt() -> () => crate::preempt::backedge, preserve_all, parks;
    /// The entry stack check's slow path: grow the stack, or yield.
    rt_morestack() -> () => crate::stack::newstack, preserve_all, parks;
    /// (channel type, buffer size) -> the channel.
    rt_makechan(I64, I64) -> (I64) => crate::chan::makechan;
    /// (channel, element address, block) -> a `chan::SEND_*` result.
    rt_chansend(I64, I64, I64) -> (I64) => crate::chan::chansend, parks;
    /// (channel, element address, block) -> a `chan::RECV_*` result.
    rt_chanrecv(I64, I64, I64) -> (I64) => crate::chan::chanrecv, parks;
    rt_closechan(I64) -> (I64) => crate::chan::closechan;
    /// (cases, count, block) -> (chosen case, received).
    rt_selectgo(I64, I64, I64) -> (I64, I64) => crate::select::selectgo, parks;
}

/// The symbols compiled code imports from the runtime, by name: the entries and
/// the base address of zero-sized objects.
pub fn table() -> Vec<(&'static str, *const u8)> {
    Entry::ALL
        .iter()
        .map(|e| (e.sig().name, e.addr()))
        .chain([(ZEROBASE, crate::malloc::ZEROBASE.as_ptr() as *const u8), (STATICUINT64S, crate::malloc::STATICUINT64S.as_ptr() as *const u8)])
        .collect()
}

/// The symbol of `malloc::ZEROBASE`.
pub const ZEROBASE: &str = "runtime.zerobase";
/// The symbol of `malloc::STATICUINT64S`.
pub const STATICUINT64S: &str = "runtime.staticuint64s";
