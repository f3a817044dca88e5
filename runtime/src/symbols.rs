//! The runtime's entry points, by the names compiled code imports them under. Each
//! is a trampoline that runs the Rust implementation on the system stack.

use crate::entry;

entry!(rt_newobject => crate::malloc::newobject);
entry!(rt_mallocgc => crate::malloc::mallocgc);
entry!(rt_concatstrings => crate::string::concatstrings);
entry!(rt_cmpstring => crate::string::cmpstring);
entry!(rt_memequal => crate::string::memequal);
entry!(rt_slicebytetostring => crate::string::slicebytetostring);
entry!(rt_stringtoslicebyte => crate::string::stringtoslicebyte);
entry!(rt_stringtoslicerune => crate::string::stringtoslicerune);
entry!(rt_slicerunetostring => crate::string::slicerunetostring);
entry!(rt_intstring => crate::string::intstring);
entry!(rt_decoderune => crate::string::decoderune);
entry!(rt_makeslice => crate::slice::makeslice);
entry!(rt_growslice => crate::slice::growslice);
entry!(rt_growslicebuf => crate::slice::growslicebuf);
entry!(rt_memmove => crate::slice::memmove);
entry!(rt_memclr => crate::slice::memclr);
entry!(rt_makemap => crate::map::makemap);
entry!(rt_mapaccess1 => crate::map::mapaccess1);
entry!(rt_mapaccess2 => crate::map::mapaccess2);
entry!(rt_mapassign => crate::map::mapassign);
entry!(rt_mapdelete => crate::map::mapdelete);
entry!(rt_mapclear => crate::map::mapclear);
entry!(rt_mapiterinit => crate::map::mapiterinit);
entry!(rt_mapiternext => crate::map::mapiternext);
entry!(rt_assert_e2i => crate::iface::assert_e2i);
entry!(rt_ifacedataeq => crate::iface::ifacedataeq);
entry!(rt_memeq => crate::iface::memeq);
entry!(rt_printlock => crate::print::printlock);
entry!(rt_printunlock => crate::print::printunlock);
entry!(rt_printbool => crate::print::printbool);
entry!(rt_printint => crate::print::printint);
entry!(rt_printuint => crate::print::printuint);
entry!(rt_printhex => crate::print::printhex);
entry!(rt_printpointer => crate::print::printpointer);
entry!(rt_printfloat => crate::print::printfloat);
entry!(rt_printstring => crate::print::printstring);
entry!(rt_printsp => crate::print::printsp);
entry!(rt_printnl => crate::print::printnl);
entry!(rt_printslice => crate::print::printslice);
entry!(rt_printeface => crate::print::printeface);
entry!(rt_fatalpanic => crate::panic::fatalpanic);
entry!(rt_newproc => crate::proc::newproc);
entry!(rt_preempt => crate::preempt::backedge, preserve_all);
entry!(rt_morestack => crate::stack::newstack, preserve_all);
entry!(rt_makechan => crate::chan::makechan);
entry!(rt_chansend => crate::chan::chansend);
entry!(rt_chanrecv => crate::chan::chanrecv);
entry!(rt_closechan => crate::chan::closechan);
entry!(rt_selectgo => crate::select::selectgo);

/// Runtime entry points compiled code may call, by name.
pub fn table() -> Vec<(&'static str, *const u8)> {
    macro_rules! t {
        ($($n:ident),* $(,)?) => { vec![$((stringify!($n), $n as *const u8)),*] };
    }
    t![
        rt_newobject,
        rt_mallocgc,
        rt_concatstrings,
        rt_cmpstring,
        rt_memequal,
        rt_slicebytetostring,
        rt_stringtoslicebyte,
        rt_stringtoslicerune,
        rt_slicerunetostring,
        rt_intstring,
        rt_decoderune,
        rt_makeslice,
        rt_growslice,
        rt_growslicebuf,
        rt_memmove,
        rt_memclr,
        rt_makemap,
        rt_mapaccess1,
        rt_mapaccess2,
        rt_mapassign,
        rt_mapdelete,
        rt_mapclear,
        rt_mapiterinit,
        rt_mapiternext,
        rt_assert_e2i,
        rt_ifacedataeq,
        rt_memeq,
        rt_printlock,
        rt_printunlock,
        rt_printbool,
        rt_printint,
        rt_printuint,
        rt_printhex,
        rt_printpointer,
        rt_printfloat,
        rt_printstring,
        rt_printsp,
        rt_printnl,
        rt_printslice,
        rt_printeface,
        rt_fatalpanic,
        rt_newproc,
        rt_preempt,
        rt_morestack,
        rt_makechan,
        rt_chansend,
        rt_chanrecv,
        rt_closechan,
        rt_selectgo,
    ]
    .into_iter()
    // the base address of zero-sized objects, which compiled code uses too
    .chain([("runtime.zerobase", crate::malloc::ZEROBASE.as_ptr() as *const u8)])
    .collect()
}
