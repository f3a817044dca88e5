//! internal/repl: the values of expressions typed at the REPL's prompt.

use super::str_arg;
use minigo_runtime::abi::G;
use std::sync::Mutex;

static SHOWN: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Records a value, if the input running now computed it (a goroutine of an
/// earlier, abandoned input may reach its `Show` later).
///
/// # Safety
/// Called only through its native's trampoline: `g` is the calling goroutine and
/// `p` addresses `n` bytes of a Go string.
pub unsafe extern "C" fn record(g: *mut G, p: *const u8, n: usize) {
    // SAFETY: g is the calling goroutine.
    if unsafe { (*g).goid } != minigo_runtime::session::eval_goid() {
        return;
    }
    let s = String::from_utf8_lossy(str_arg(p, n)).into_owned();
    SHOWN.lock().unwrap_or_else(|e| e.into_inner()).push(s);
}

/// The values recorded since the last call.
pub fn take_shown() -> Vec<String> {
    std::mem::take(&mut *SHOWN.lock().unwrap_or_else(|e| e.into_inner()))
}
