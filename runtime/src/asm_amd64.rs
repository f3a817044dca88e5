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

/// The stack switch behind every runtime entry point. On entry: `rdi` = g,
/// `rax` = the Rust function to run, arguments in their registers, `[rsp]` = the
/// return address into compiled code.
#[unsafe(naked)]
pub unsafe extern "C" fn systemstack() {
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
        "mov rsp, [rdi + {sched_sp}]",
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
        park_m = sym crate::proc::park_m,
    )
}

/// Resumes goroutine `g` (rdi) from `g.sched`; never returns to its caller.
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

/// Continues compiled code at `pc` with the given stack and frame pointers (a
/// landing pad, which expects nothing else: on its exception edge every register
/// is clobbered).
#[unsafe(naked)]
pub unsafe extern "C" fn resume(_pc: usize, _sp: usize, _fp: usize) -> ! {
    naked_asm!("mov rsp, rsi", "mov rbp, rdx", "jmp rdi")
}

/// The first frame of every goroutine, entered by `gogo` from a fresh stack whose
/// `g.sched` has r12 = g, r13 = the compiled entry adapter, r14 = the funcval.
/// Calls `adapter(g, funcval)`; when the goroutine's function returns, exits it.
#[unsafe(naked)]
pub unsafe extern "C" fn goroutine_start() {
    naked_asm!(
        "xor ebp, ebp",
        "and rsp, -16",
        "mov rdi, r12",
        "mov rsi, r14",
        "call r13",
        "mov rdi, r12",
        "jmp {goexit}",
        goexit = sym crate::proc::rt_goexit,
    )
}

/// Defines a runtime entry point `$name` that runs Rust function `$imp` on the
/// system stack. `$imp` must be `extern "C"`, take `*mut G` first, and use only
/// register arguments.
#[macro_export]
macro_rules! entry {
    ($name:ident => $imp:path) => {
        #[unsafe(naked)]
        pub unsafe extern "C" fn $name() {
            std::arch::naked_asm!(
                "lea rax, [rip + {imp}]",
                "jmp {sw}",
                imp = sym $imp,
                sw = sym $crate::asm_amd64::systemstack,
            )
        }
    };
}
