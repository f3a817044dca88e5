//! Context switching for x86-64 (System V): the only hand-written assembly.
//!
//! Invariants:
//! * Compiled Go code runs on goroutine stacks; Rust runs only on an M's system
//!   stack (`g0`). Every runtime entry point reaches Rust through `systemstack`,
//!   which records the goroutine's SP in `g.sched.sp` and switches stacks.
//! * A runtime call that must block sets `g.park` and returns normally; the
//!   trampoline then saves the goroutine's callee-saved registers (which hold the
//!   compiled code's values again, Rust having restored them) and enters `park_m`
//!   on a fresh system stack. `gogo` resumes such a goroutine as a return from the
//!   runtime call, with `g.sched.ret0/ret1` as its result.
//! * Every runtime entry point takes `g` as its first argument (rdi) and uses at
//!   most the six integer and eight float argument registers (stack arguments would
//!   be left behind by the stack switch).

use crate::abi::*;
use std::arch::naked_asm;

/// The 16 `movdqu` that save xmm0..xmm15 at `[BASE + {x}]` (a `preempt::Regs`'s
/// `xmm`), as one template string for `naked_asm!`.
macro_rules! xmm_store {
    ($base:literal) => {
        concat!(
            "movdqu [",
            $base,
            " + {x} + 0], xmm0\n",
            "movdqu [",
            $base,
            " + {x} + 16], xmm1\n",
            "movdqu [",
            $base,
            " + {x} + 32], xmm2\n",
            "movdqu [",
            $base,
            " + {x} + 48], xmm3\n",
            "movdqu [",
            $base,
            " + {x} + 64], xmm4\n",
            "movdqu [",
            $base,
            " + {x} + 80], xmm5\n",
            "movdqu [",
            $base,
            " + {x} + 96], xmm6\n",
            "movdqu [",
            $base,
            " + {x} + 112], xmm7\n",
            "movdqu [",
            $base,
            " + {x} + 128], xmm8\n",
            "movdqu [",
            $base,
            " + {x} + 144], xmm9\n",
            "movdqu [",
            $base,
            " + {x} + 160], xmm10\n",
            "movdqu [",
            $base,
            " + {x} + 176], xmm11\n",
            "movdqu [",
            $base,
            " + {x} + 192], xmm12\n",
            "movdqu [",
            $base,
            " + {x} + 208], xmm13\n",
            "movdqu [",
            $base,
            " + {x} + 224], xmm14\n",
            "movdqu [",
            $base,
            " + {x} + 240], xmm15",
        )
    };
}

/// The 16 `movdqu` that restore xmm0..xmm15 from `[BASE + {x}]`.
macro_rules! xmm_load {
    ($base:literal) => {
        concat!(
            "movdqu xmm0, [",
            $base,
            " + {x} + 0]\n",
            "movdqu xmm1, [",
            $base,
            " + {x} + 16]\n",
            "movdqu xmm2, [",
            $base,
            " + {x} + 32]\n",
            "movdqu xmm3, [",
            $base,
            " + {x} + 48]\n",
            "movdqu xmm4, [",
            $base,
            " + {x} + 64]\n",
            "movdqu xmm5, [",
            $base,
            " + {x} + 80]\n",
            "movdqu xmm6, [",
            $base,
            " + {x} + 96]\n",
            "movdqu xmm7, [",
            $base,
            " + {x} + 112]\n",
            "movdqu xmm8, [",
            $base,
            " + {x} + 128]\n",
            "movdqu xmm9, [",
            $base,
            " + {x} + 144]\n",
            "movdqu xmm10, [",
            $base,
            " + {x} + 160]\n",
            "movdqu xmm11, [",
            $base,
            " + {x} + 176]\n",
            "movdqu xmm12, [",
            $base,
            " + {x} + 192]\n",
            "movdqu xmm13, [",
            $base,
            " + {x} + 208]\n",
            "movdqu xmm14, [",
            $base,
            " + {x} + 224]\n",
            "movdqu xmm15, [",
            $base,
            " + {x} + 240]",
        )
    };
}

/// Defines a stack switch for entry points: on entry `rdi` = g, `rax` = the Rust
/// function to run, arguments in their registers, `[rsp]` = the return address
/// into compiled code. If the function asked the goroutine to park, it saves the
/// goroutine's callee-saved registers and calls `$on_park(g)`, which never returns.
macro_rules! systemstack {
    ($(#[doc = $doc:literal])* $name:ident, $on_park:path) => {
$(#[doc = $doc])*
///
/// # Safety
/// Reached only by a jump from an entry point, with the registers above.
#[unsafe(naked)]
pub unsafe extern "C" fn $name() {
    naked_asm!(
        "mov [rdi + {sched_sp}], rsp",
        "mov [rdi + {sched_bp}], rbp",
        "mov r11, [rdi + {g_m}]",
        "mov rsp, [r11 + {m_g0_sp}]",
        // keep g on the system stack; two slots keep the stack 16-byte aligned
        "sub rsp, 16",
        "mov [rsp], rdi",
        "call rax",
        "mov rdi, [rsp]",
        "cmp dword ptr [rdi + {park}], 0",
        "jne 2f",
        // both reloaded: `newstack` may have moved the goroutine's stack
        "mov rsp, [rdi + {sched_sp}]",
        "mov rbp, [rdi + {sched_bp}]",
        "ret",
        "2:",
        "mov [rdi + {rbx}], rbx",
        "mov [rdi + {sched_bp}], rbp",
        "mov [rdi + {r12}], r12",
        "mov [rdi + {r13}], r13",
        "mov [rdi + {r14}], r14",
        "mov [rdi + {r15}], r15",
        "call {park_m}",
        "ud2",
        sched_sp = const G_SCHED_SP,
        sched_bp = const G_SCHED_BP,
        g_m = const G_M,
        m_g0_sp = const M_G0_SP,
        park = const G_PARK,
        rbx = const G_SCHED_RBX,
        r12 = const G_SCHED_R12,
        r13 = const G_SCHED_R13,
        r14 = const G_SCHED_R14,
        r15 = const G_SCHED_R15,
        park_m = sym $on_park,
    )
}
    };
}

systemstack!(
    /// The stack switch behind entry points that may park (Go's `mcall` when
    /// they do: `park_m` runs on a fresh system stack).
    systemstack,
    crate::proc::park_m
);
systemstack!(
    /// The stack switch behind entry points declared not to park
    /// (`entries.rs`): a park request from one is a runtime bug, reported.
    systemstack_nopark,
    crate::proc::badpark
);

/// Resumes goroutine `g` (rdi) from `g.sched`; never returns to its caller.
///
/// # Safety
/// `g` is a goroutine taken off a run queue by this M, its context complete in
/// `g.sched`; the caller's stack is abandoned.
#[unsafe(naked)]
pub unsafe extern "C" fn gogo(_g: *mut G) -> ! {
    naked_asm!(
        "mov rbx, [rdi + {rbx}]",
        "mov rbp, [rdi + {bp}]",
        "mov r12, [rdi + {r12}]",
        "mov r13, [rdi + {r13}]",
        "mov r14, [rdi + {r14}]",
        "mov r15, [rdi + {r15}]",
        "mov rax, [rdi + {ret0}]",
        "mov rdx, [rdi + {ret1}]",
        "mov rsp, [rdi + {sp}]",
        "ret",
        rbx = const G_SCHED_RBX,
        bp = const G_SCHED_BP,
        r12 = const G_SCHED_R12,
        r13 = const G_SCHED_R13,
        r14 = const G_SCHED_R14,
        r15 = const G_SCHED_R15,
        ret0 = const G_SCHED_RET0,
        ret1 = const G_SCHED_RET1,
        sp = const G_SCHED_SP,
    )
}

/// The stack switch behind the entry points compiled code calls with Cranelift's
/// `preserve_all` convention: the loop back-edge poll (`rt_preempt`) and the
/// entry stack check (`rt_morestack`). They sit in hot loops and every calling
/// function, so their callers must not have to spill registers around them: this
/// trampoline saves every register (into a `preempt::Regs` on the system stack),
/// calls `imp(g, regs)`, and restores them all, with SP and FP taken from
/// `g.sched` (which `copystack` relocates when the stack moved). If `imp` asks
/// the goroutine to park (a preemption), it has copied `regs` into `g.regs` and
/// the goroutine later resumes from there (`gogo_regs`).
///
/// On entry: rdi = g, rax = `imp`, [rsp] = the caller's rax (pushed by the entry
/// point), [rsp + 8] = the return address into compiled code. Only 16 bytes go on
/// the goroutine stack, within `STACK_GUARD`.
///
/// # Safety
/// Reached only by a jump from a `preserve_all` entry point, with the registers
/// described above.
#[unsafe(naked)]
pub unsafe extern "C" fn systemstack_all() {
    naked_asm!(
        "push r11",
        "mov [rdi + {sched_sp}], rsp",
        "mov [rdi + {sched_bp}], rbp",
        "mov r11, [rdi + {g_m}]",
        "mov r11, [r11 + {m_g0_sp}]",
        "sub r11, {size}",
        "mov [r11 + {r8}], r8",
        "mov [r11 + {r9}], r9",
        "mov [r11 + {r10}], r10",
        "mov [r11 + {r12}], r12",
        "mov [r11 + {r13}], r13",
        "mov [r11 + {r14}], r14",
        "mov [r11 + {r15}], r15",
        "mov [r11 + {rdi}], rdi",
        "mov [r11 + {rsi}], rsi",
        "mov [r11 + {rbp}], rbp",
        "mov [r11 + {rbx}], rbx",
        "mov [r11 + {rdx}], rdx",
        "mov [r11 + {rcx}], rcx",
        xmm_store!("r11"),
        "mov r8, [rsp]",
        "mov [r11 + {r11}], r8",
        "mov r8, [rsp + 8]",
        "mov [r11 + {rax}], r8",
        "mov r8, [rsp + 16]",
        "mov [r11 + {rip}], r8",
        "lea r8, [rsp + 24]",
        "mov [r11 + {rsp}], r8",
        "mov rsp, r11",
        "mov rsi, r11",
        "call rax",
        "mov rdi, [rsp + {rdi}]",
        "cmp dword ptr [rdi + {park}], 0",
        "jne 2f",
        xmm_load!("rsp"),
        "mov r8, [rsp + {r8}]",
        "mov r9, [rsp + {r9}]",
        "mov r10, [rsp + {r10}]",
        "mov r11, [rsp + {r11}]",
        "mov r12, [rsp + {r12}]",
        "mov r13, [rsp + {r13}]",
        "mov r14, [rsp + {r14}]",
        "mov r15, [rsp + {r15}]",
        "mov rsi, [rsp + {rsi}]",
        "mov rbx, [rsp + {rbx}]",
        "mov rdx, [rsp + {rdx}]",
        "mov rcx, [rsp + {rcx}]",
        "mov rax, [rsp + {rax}]",
        "mov rbp, [rdi + {sched_bp}]",
        "mov rsp, [rdi + {sched_sp}]",
        // drop the saved r11 and rax: [rsp] is the return address
        "add rsp, 16",
        "ret",
        "2:",
        "call {park_m}",
        "ud2",
        sched_sp = const G_SCHED_SP,
        sched_bp = const G_SCHED_BP,
        g_m = const G_M,
        m_g0_sp = const M_G0_SP,
        park = const G_PARK,
        size = const std::mem::size_of::<crate::preempt::Regs>(),
        x = const crate::preempt::REGS_XMM,
        rsp = const 8 * libc::REG_RSP as usize,
        rip = const 8 * libc::REG_RIP as usize,
        rax = const 8 * libc::REG_RAX as usize,
        rbx = const 8 * libc::REG_RBX as usize,
        rcx = const 8 * libc::REG_RCX as usize,
        rdx = const 8 * libc::REG_RDX as usize,
        rsi = const 8 * libc::REG_RSI as usize,
        rdi = const 8 * libc::REG_RDI as usize,
        rbp = const 8 * libc::REG_RBP as usize,
        r8 = const 8 * libc::REG_R8 as usize,
        r9 = const 8 * libc::REG_R9 as usize,
        r10 = const 8 * libc::REG_R10 as usize,
        r11 = const 8 * libc::REG_R11 as usize,
        r12 = const 8 * libc::REG_R12 as usize,
        r13 = const 8 * libc::REG_R13 as usize,
        r14 = const 8 * libc::REG_R14 as usize,
        r15 = const 8 * libc::REG_R15 as usize,
        park_m = sym crate::proc::park_m,
    )
}

/// Resumes a goroutine stopped by preemption from its saved registers
/// (`preempt::Regs` at `rdi`); never returns. The resume address and the flags
/// are pushed just below the goroutine's SP (free stack: compiled code keeps
/// nothing below its SP) so that a final `popfq; ret` continues there with every
/// register restored.
///
/// # Safety
/// `regs` is the complete context of a goroutine stopped at a function entry,
/// in a `preserve_all` runtime call or in async-safe code, whose stack is this
/// M's current goroutine's; the caller's stack is abandoned.
#[unsafe(naked)]
pub unsafe extern "C" fn gogo_regs(_regs: *const crate::preempt::Regs) -> ! {
    naked_asm!(
        xmm_load!("rdi"),
        "mov rax, [rdi + {rsp}]",
        "sub rax, 16",
        "mov rcx, [rdi + {rip}]",
        "mov [rax + 8], rcx",
        "mov rcx, [rdi + {efl}]",
        "mov [rax], rcx",
        "mov rsp, rax",
        "mov rax, [rdi + {rax}]",
        "mov rbx, [rdi + {rbx}]",
        "mov rcx, [rdi + {rcx}]",
        "mov rdx, [rdi + {rdx}]",
        "mov rsi, [rdi + {rsi}]",
        "mov rbp, [rdi + {rbp}]",
        "mov r8, [rdi + {r8}]",
        "mov r9, [rdi + {r9}]",
        "mov r10, [rdi + {r10}]",
        "mov r11, [rdi + {r11}]",
        "mov r12, [rdi + {r12}]",
        "mov r13, [rdi + {r13}]",
        "mov r14, [rdi + {r14}]",
        "mov r15, [rdi + {r15}]",
        "mov rdi, [rdi + {rdi}]",
        "popfq",
        "ret",
        x = const crate::preempt::REGS_XMM,
        rsp = const 8 * libc::REG_RSP as usize,
        rip = const 8 * libc::REG_RIP as usize,
        efl = const 8 * libc::REG_EFL as usize,
        rax = const 8 * libc::REG_RAX as usize,
        rbx = const 8 * libc::REG_RBX as usize,
        rcx = const 8 * libc::REG_RCX as usize,
        rdx = const 8 * libc::REG_RDX as usize,
        rsi = const 8 * libc::REG_RSI as usize,
        rdi = const 8 * libc::REG_RDI as usize,
        rbp = const 8 * libc::REG_RBP as usize,
        r8 = const 8 * libc::REG_R8 as usize,
        r9 = const 8 * libc::REG_R9 as usize,
        r10 = const 8 * libc::REG_R10 as usize,
        r11 = const 8 * libc::REG_R11 as usize,
        r12 = const 8 * libc::REG_R12 as usize,
        r13 = const 8 * libc::REG_R13 as usize,
        r14 = const 8 * libc::REG_R14 as usize,
        r15 = const 8 * libc::REG_R15 as usize,
    )
}

/// Continues compiled code at `pc` with the given stack and frame pointers (a
/// landing pad, which expects nothing else: on its exception edge every register
/// is clobbered).
///
/// # Safety
/// `pc` is a landing pad of the function whose frame `fp` is, and `sp` that
/// frame's stack pointer at the call the landing pad belongs to.
#[unsafe(naked)]
pub unsafe extern "C" fn resume(_pc: usize, _sp: usize, _fp: usize) -> ! {
    naked_asm!("mov rsp, rsi", "mov rbp, rdx", "jmp rdi")
}

/// The first frame of every goroutine, entered by `gogo` from a fresh stack whose
/// `g.sched` has r12 = g, r13 = the compiled entry adapter, r14 = the funcval.
/// Calls `adapter(g, funcval)`; when the goroutine's function returns, exits it.
/// It is Go's `runtime.goexit` (the frame every goroutine's first function
/// returns to): its return address, `minigo_goexit_return`, is the outermost
/// frame `runtime.Callers` reports.
///
/// # Safety
/// Entered only by `gogo` on a new goroutine's stack, as `newg` prepares it.
#[unsafe(naked)]
pub unsafe extern "C" fn goroutine_start() {
    naked_asm!(
        "xor ebp, ebp",
        "and rsp, -16",
        "mov rdi, r12",
        "mov rsi, r14",
        "call r13",
        ".globl minigo_goexit_return",
        "minigo_goexit_return:",
        "mov rdi, r12",
        "jmp {goexit}",
        goexit = sym crate::proc::rt_goexit,
    )
}

/// The return address of `goroutine_start`'s call of the goroutine's function.
pub fn goexit_return() -> usize {
    unsafe extern "C" {
        // a label in `goroutine_start`'s code, never read
        static minigo_goexit_return: u8;
    }
    &raw const minigo_goexit_return as usize
}

/// Defines a runtime entry point `$name` that runs Rust function `$imp` on the
/// system stack. `$imp` must be `extern "C"`, take `*mut G` first, and use only
/// register arguments. With `preserve_all`, the entry point keeps every register
/// (see `systemstack_all`) and `$imp` gets the saved registers second. With
/// `nopark`, `$imp` must never ask to park. The runtime's entries are declared in
/// `entries.rs`; natives use this directly.
#[macro_export]
macro_rules! entry {
    ($name:ident => $imp:path, preserve_all) => {
        $crate::entry!(@via $name, $imp, systemstack_all, "push rax");
    };
    ($name:ident => $imp:path, nopark) => {
        $crate::entry!(@via $name, $imp, systemstack_nopark, "");
    };
    ($name:ident => $imp:path) => {
        $crate::entry!(@via $name, $imp, systemstack, "");
    };
    // `$first`: what the entry does before loading `$imp` into rax
    (@via $name:ident, $imp:path, $switch:ident, $first:literal) => {
        /// # Safety
        /// Called by compiled code only, with `$imp`'s arguments.
        #[unsafe(naked)]
        pub unsafe extern "C" fn $name() {
            std::arch::naked_asm!(
                $first,
                "lea rax, [rip + {imp}]",
                "jmp {sw}",
                imp = sym $imp,
                sw = sym $crate::asm_amd64::$switch,
            )
        }
    };
}
