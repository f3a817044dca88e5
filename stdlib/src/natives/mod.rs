//! Natives: standard-library functions declared in Go without a body and
//! implemented here in Rust. Compiled code calls them with the System V convention
//! (`g` first, then the flattened receiver and parameters); at most two result
//! scalars come back in registers, more are written to `m.retbuf`. Each runs on the
//! system stack through the runtime's `entry!` trampoline.

mod bytealg;
mod maketype;
mod math;
pub mod os;
pub mod repl;
mod rt;
mod runtime;
mod strconv;
mod strings;
mod time;

use minigo_runtime::abi::{GoString, G};

/// Writes results that do not fit in registers.
fn retbuf(g: *mut G, words: &[u64]) {
    // SAFETY: g is the calling goroutine; natives write at most RETBUF_WORDS words.
    unsafe { (*g).set_results(words) };
}

/// A Go string argument.
fn str_arg<'a>(p: *const u8, n: usize) -> &'a [u8] {
    // SAFETY: compiled code passes valid (ptr, len) pairs.
    unsafe { GoString { ptr: p, len: n }.as_bytes() }
}

/// A fresh Go string.
fn new_string(b: &[u8]) -> GoString {
    if b.is_empty() {
        return GoString::EMPTY;
    }
    let p = minigo_runtime::malloc::alloc_noscan(b.len());
    // SAFETY: p has room for b.len() bytes.
    unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    GoString { ptr: p, len: b.len() }
}

/// The value of the constant `name` internal/rt's rt.go defines on a line of
/// its own (`name = value`), for tests that check its layout constants
/// against the Rust definitions.
#[cfg(test)]
fn rt_go_const(name: &str) -> usize {
    let src = include_str!("../../go/internal/rt/rt.go");
    let line = src.lines().find(|l| l.trim_start().starts_with(&format!("{name} "))).unwrap_or_else(|| panic!("rt.go defines {name}"));
    let value = line.split('=').nth(1).expect("a value").split("//").next().unwrap().trim();
    value.parse().unwrap_or_else(|_| panic!("{name} = {value}"))
}

macro_rules! natives {
    ($($go:literal => $tramp:ident = $imp:path;)*) => {
        $(minigo_runtime::entry!($tramp => $imp);)*
        /// The natives by the names compiled code imports them under
        /// (`pkg.Func`, `pkg.Type.Method`).
        pub fn table() -> Vec<(&'static str, *const u8)> {
            vec![$(($go, $tramp as *const u8)),*]
        }
    };
}

natives! {
    "internal/bytealg.IndexByteString" => n_index_byte_string = bytealg::index_byte_string;
    "internal/bytealg.IndexByte" => n_index_byte = bytealg::index_byte_slice;
    "math.Float64bits" => n_float64bits = math::float64bits;
    "math.Float64frombits" => n_float64frombits = math::float64frombits;
    "math.Float32bits" => n_float32bits = math::float32bits;
    "math.Float32frombits" => n_float32frombits = math::float32frombits;
    "math.Sqrt" => n_sqrt = math::sqrt;
    "math.Floor" => n_floor = math::floor;
    "math.Ceil" => n_ceil = math::ceil;
    "math.Trunc" => n_trunc = math::trunc;
    "math.Round" => n_round = math::round;
    "math.RoundToEven" => n_round_even = math::round_to_even;
    "math.Mod" => n_mod = math::fmod;
    "math.FMA" => n_fma = math::fma;
    "math.haveFMA" => n_have_fma = math::have_fma;
    "os.runtime_args" => n_os_args = os::runtime_args;
    "os.Exit" => n_os_exit = os::exit;
    "os.LookupEnv" => n_os_lookupenv = os::lookup_env;
    "os.setenv" => n_os_setenv = os::setenv;
    "os.unsetenv" => n_os_unsetenv = os::unsetenv;
    "os.environ" => n_os_environ = os::environ;
    "os.ids" => n_os_ids = os::ids;
    "os.hostname" => n_os_hostname = os::hostname;
    "os.write" => n_os_write = os::write;
    "os.read" => n_os_read = os::read;
    "crypto/rand.getrandom" => n_crand_getrandom = os::getrandom;
    "crypto/rand.fatal" => n_crand_fatal = runtime::fatal;
    "os.pread" => n_os_pread = os::pread;
    "os.pwrite" => n_os_pwrite = os::pwrite;
    "os.open" => n_os_open = os::open;
    "os.closefd" => n_os_close = os::close;
    "os.seek" => n_os_seek = os::seek;
    "os.unlink" => n_os_unlink = os::unlink;
    "os.rmdir" => n_os_rmdir = os::rmdir;
    "os.mkdir" => n_os_mkdir = os::mkdir;
    "os.chdir" => n_os_chdir = os::chdir;
    "os.rename" => n_os_rename = os::rename;
    "os.stat" => n_os_stat = os::stat;
    "os.getwd" => n_os_getwd = os::getwd;
    "os.readdirnames" => n_os_readdirnames = os::readdirnames;
    "os.chmod" => n_os_chmod = os::chmod;
    "os.chown" => n_os_chown = os::chown;
    "os.fchown" => n_os_fchown = os::fchown;
    "os.chtimes" => n_os_chtimes = os::chtimes;
    "os.truncate" => n_os_truncate = os::truncate;
    "os.fsync" => n_os_fsync = os::fsync;
    "os.link" => n_os_link = os::link;
    "os.readlink" => n_os_readlink = os::readlink;
    "os.executable" => n_os_executable = os::executable;
    "os.pipe" => n_os_pipe = os::pipe;
    "syscall.errstr" => n_syscall_errstr = os::errstr;
    "syscall.kill" => n_syscall_kill = os::kill;
    "syscall.Getpid" => n_syscall_getpid = os::getpid;
    "syscall.Getppid" => n_syscall_getppid = os::getppid;
    "syscall.Getpagesize" => n_syscall_getpagesize = os::getpagesize;
    "syscall.mmap" => n_syscall_mmap = os::mmap;
    "syscall.munmap" => n_syscall_munmap = os::munmap;
    "syscall.mprotect" => n_syscall_mprotect = os::mprotect;
    "syscall.madvise" => n_syscall_madvise = os::madvise;
    "strconv.FormatFloat" => n_formatfloat = strconv::format_float;
    "strconv.formatFloatInto" => n_formatfloatinto = strconv::format_float_into;
    "strconv.parseFloat" => n_parsefloat = strconv::parse_float;
    "strings.bytesString" => n_bytes_string = strings::bytes_string;
    "time.now" => n_time_now = time::now;
    "time.localZone" => n_time_local_zone = time::local_zone;
    "time.localName" => n_time_local_name = time::local_name;
    "time.open" => n_time_open = os::open;
    "time.read" => n_time_read = os::read;
    "time.closefd" => n_time_closefd = os::close;
    "time.lookupEnv" => n_time_lookupenv = os::lookup_env;
    "time.setLocal" => n_time_set_local = time::set_local;
    "log.localOffset" => n_log_localoffset = time::local_offset;
    "time.Sleep" => n_time_sleep = time::sleep;
    "time.startTimer" => n_time_start_timer = time::start_timer;
    "time.startFuncTimer" => n_time_start_func_timer = time::start_func_timer;
    "time.stopTimer" => n_time_stop_timer = time::stop_timer;
    "runtime.Gosched" => n_gosched = runtime::gosched;
    "sync.semacquire" => n_semacquire = runtime::semacquire;
    "sync.semrelease" => n_semrelease = runtime::semrelease;
    "sync.registerPool" => n_sync_register_pool = runtime::register_pool;
    "sync.throw" => n_sync_throw = runtime::fatal;
    "internal/sync.semacquire" => n_isync_semacquire = runtime::semacquire;
    "internal/sync.semrelease" => n_isync_semrelease = runtime::semrelease;
    "internal/sync.canSpin" => n_isync_can_spin = runtime::can_spin;
    "internal/sync.doSpin" => n_isync_do_spin = runtime::do_spin;
    "internal/sync.nanotime" => n_isync_nanotime = runtime::nanotime;
    "internal/sync.throw" => n_isync_throw = runtime::fatal;
    "runtime.startpanic" => n_startpanic = runtime::startpanic;
    "runtime.dieAfterPanic" => n_die_after_panic = runtime::die_after_panic;
    "runtime.setsigpanic" => n_setsigpanic = runtime::setsigpanic;
    "runtime.stacktrace" => n_stacktrace = runtime::stacktrace;
    "runtime.unhashable" => n_unhashable = runtime::unhashable;
    "runtime.caller" => n_caller = runtime::caller;
    "runtime.callers" => n_callers = runtime::callers;
    "runtime.funcInfo" => n_funcinfo = runtime::func_info;
    "runtime.getpanic" => n_getpanic = runtime::getpanic;
    "runtime.wrappedcaller" => n_wrappedcaller = runtime::wrapped_caller;
    "runtime.setpanic" => n_setpanic = runtime::setpanic;
    "runtime.popdefer" => n_popdefer = runtime::popdefer;
    "runtime.recovery" => n_recovery = runtime::recovery;
    "runtime.goexit1" => n_goexit1 = runtime::goexit1;
    "runtime.NumCPU" => n_numcpu = runtime::num_cpu;
    "runtime.GOMAXPROCS" => n_gomaxprocs = runtime::gomaxprocs;
    "runtime.NumGoroutine" => n_numgoroutine = runtime::num_goroutine;
    "runtime.GC" => n_gc = runtime::gc;
    "runtime.Breakpoint" => n_breakpoint = runtime::breakpoint;
    "runtime.readMemStats" => n_read_mem_stats = runtime::read_mem_stats;
    "runtime.memProfileInit" => n_mem_profile_init = runtime::mem_profile_init;
    "runtime.memProfile" => n_mem_profile = runtime::mem_profile;
    "runtime.goroutineProfile" => n_goroutine_profile = runtime::goroutine_profile;
    "runtime.threadCount" => n_thread_count = runtime::thread_count;
    "runtime.fatal" => n_runtime_fatal = runtime::fatal;
    "runtime.setFinalizer" => n_set_finalizer = runtime::set_finalizer;
    "runtime.nextFinalizer" => n_next_finalizer = runtime::next_finalizer;
    "runtime.KeepAlive" => n_keep_alive = runtime::keep_alive;
    "runtime.cmpbody" => n_cmpbody = minigo_runtime::string::cmpbody;
    "runtime/debug.SetGCPercent" => n_setgcpercent = runtime::set_gc_percent;
    "runtime/debug.SetMemoryLimit" => n_setmemorylimit = runtime::set_memory_limit;
    "runtime/debug.freeOSMemory" => n_freeosmemory = runtime::free_os_memory;
    "runtime/debug.SetMaxStack" => n_setmaxstack = runtime::set_max_stack;
    "runtime/debug.SetTraceback" => n_settraceback = runtime::set_traceback;
    "internal/repl.record" => n_repl_record = repl::record;
    "internal/rt.TypeOf" => n_rt_typeof = rt::type_of;
    "internal/rt.DataOf" => n_rt_dataof = rt::data_of;
    "internal/rt.ZeroOf" => n_rt_zeroof = rt::zero_of;
    "internal/rt.Type.alloc" => n_rt_type_alloc = rt::type_alloc;
    "internal/rt.Type.allocN" => n_rt_type_alloc_n = rt::type_alloc_n;
    "internal/rt.makeMap" => n_rt_makemap = rt::make_map;
    "internal/rt.grownCap" => n_rt_growncap = rt::grown_cap;
    "internal/rt.Type.PtrTo" => n_rt_type_ptrto = rt::type_ptr_to;
    "internal/rt.Type.ArraySlice" => n_rt_type_arrayslice = rt::type_array_slice;
    "internal/rt.MakeType" => n_rt_maketype = maketype::make_type;
    "internal/rt.ChanSend" => n_rt_chansend = rt::chan_send;
    "internal/rt.ChanRecv" => n_rt_chanrecv = rt::chan_recv;
    "internal/rt.Select" => n_rt_select = rt::select_go;
    "internal/rt.makeChan" => n_rt_makechan = rt::make_chan;
    "internal/rt.Type.String" => n_rt_type_string = rt::type_string;
    "internal/rt.Type.PkgPath" => n_rt_type_pkgpath = rt::type_pkgpath;
    "internal/rt.Type.NumMethod" => n_rt_type_nummethod = rt::type_nummethod;
    "internal/rt.Type.param" => n_rt_type_param = rt::type_param;
    "internal/rt.Type.numParams" => n_rt_type_numparams = rt::type_numparams;
    "internal/rt.Type.dir" => n_rt_type_dir = rt::type_dir;
    "internal/rt.Implements" => n_rt_implements = rt::implements;
    "internal/rt.MissingMethod" => n_rt_missingmethod = rt::missing_method;
    "internal/rt.Godebug" => n_rt_godebug = rt::godebug;
    "math/rand.runtime_rand" => n_rand_runtime_rand = rt::runtime_rand;
    "math/rand/v2.runtime_rand" => n_rand2_runtime_rand = rt::runtime_rand;
    "hash/maphash.runtime_rand" => n_maphash_runtime_rand = rt::runtime_rand;
    "hash/maphash.bytesHash" => n_maphash_bytes_hash = rt::bytes_hash;
    "hash/maphash.valueHash" => n_maphash_value_hash = rt::value_hash;
    "internal/rt.Value.Elem" => n_rt_value_elem = rt::value_elem;
    "internal/rt.Value.Interface" => n_rt_value_interface = rt::value_interface;
    "internal/rt.Value.MapKeys" => n_rt_value_mapkeys = rt::value_mapkeys;
    "internal/rt.Value.MapEntries" => n_rt_value_mapentries = rt::value_mapentries;
    "internal/rt.Value.Bytes" => n_rt_value_bytes = rt::value_bytes;
    "internal/rt.mapIndex" => n_rt_mapindex = rt::map_index;
    "internal/rt.mapAssign" => n_rt_mapassign = rt::map_assign;
    "internal/rt.mapDelete" => n_rt_mapdelete = rt::map_delete;
    "internal/rt.mapClear" => n_rt_mapclear = rt::map_clear;
    "internal/rt.storeAt" => n_rt_storeat = rt::store_at;
    "internal/rt.SliceLen" => n_rt_slicelen = rt::slice_len;
    "internal/rt.SliceSwap" => n_rt_sliceswap = rt::slice_swap;
    "internal/rt.IsNonNilPointer" => n_rt_isnonnilpointer = rt::is_non_nil_pointer;
    "internal/rt.StoreBits" => n_rt_storebits = rt::store_bits;
    "internal/rt.StoreString" => n_rt_storestring = rt::store_string;
}
