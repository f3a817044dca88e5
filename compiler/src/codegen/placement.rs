//! Where a function's code starts relative to a 64-byte boundary.
//!
//! Two properties of the cores this project runs on make a small loop's speed
//! depend on where its code falls, and Cranelift can be told neither:
//!
//! * On Intel cores with the JCC erratum's microcode update (Skylake-derived
//!   server parts), a jump that crosses a 32-byte boundary or ends on one,
//!   counting a compare fused with it, is not kept in the decoded-instruction
//!   cache: a loop whose back-edge or bounds check sits there is fed by the
//!   legacy decoders, and runs up to a quarter slower (fib took 28.4 to
//!   34.5 ms as its code was shifted by 0 to 48 bytes; a matrix product's inner
//!   loop 0.30 or 0.39 s). Go's assembler pads such jumps with NOPs.
//! * AMD's Zen cores fetch and cache decoded instructions by 64-byte lines: a
//!   loop that spans one line more than its length needs is fed more slowly
//!   (on a Zen 4, `samples/bench/eratosthenes.go` took 55 to 71 ms as its
//!   `main` was shifted by 0 to 63 bytes, 63 to 71 ms whenever its counting
//!   loop spanned two lines; `floatacc.go` 0.39 or 0.27 s).
//!
//! Cranelift emits no padding, but the start of each function is ours to
//! choose: `offset` picks the shift from a 64-byte boundary, 0 to 63, that
//! keeps the jumps of the function's small loops clear of 32-byte boundaries
//! and each small loop on as few 64-byte lines as its length allows, innermost
//! (smallest) loops first. Code is never rewritten: only the address it is
//! copied to, so nothing recorded relative to a function's start (traps, line
//! tables, landing pads) changes.
//!
//! The jumps are found by their encodings, as Cranelift's x86 back end emits
//! every branch: `0F 8x rel32` (conditional) and `E9 rel32`, a target inside
//! the function. Bytes of another instruction may look like one; such a false
//! jump only makes the choice worse, never the code wrong.

/// The boundaries jumps should not touch.
const WINDOW: usize = 32;

/// The lines instructions are fetched and cached by; shifts range over one.
pub const LINE: usize = 64;

/// Loops longer than this are not considered: they are seldom the hot ones,
/// and their jumps are many.
const MAX_LOOP: usize = 512;

/// Bytes a compare fused with a conditional jump adds before it (`cmp` or
/// `test` of two registers; longer ones are not told apart).
const FUSED_COMPARE: usize = 3;

/// A jump found in the code.
struct Jump {
    /// Offset of the first byte of the jump (of the fused compare, for a
    /// conditional one) and of the byte after it.
    start: usize,
    end: usize,
    /// The offset the jump goes to.
    target: usize,
}

/// The jumps of `code`, in address order.
fn jumps(code: &[u8]) -> Vec<Jump> {
    let rel = |at: usize| code.get(at..at + 4).map(|b| i32::from_le_bytes(b.try_into().expect("four bytes")) as i64);
    let mut found = Vec::new();
    for at in 0..code.len() {
        let (len, fused) = match code[at..] {
            [0x0f, op, ..] if op & 0xf0 == 0x80 => (6, FUSED_COMPARE),
            [0xe9, ..] => (5, 0),
            _ => continue,
        };
        let Some(rel) = rel(at + len - 4) else { continue };
        let target = (at + len) as i64 + rel;
        if (0..code.len() as i64).contains(&target) {
            found.push(Jump { start: at.saturating_sub(fused), end: at + len, target: target as usize });
        }
    }
    found
}

/// Whether bytes `[start, end)` placed `shift` bytes past a boundary cross
/// or end on a 32-byte boundary.
fn touches_boundary(start: usize, end: usize, shift: usize) -> bool {
    let (start, end) = (start + shift, end + shift);
    start / WINDOW != (end - 1) / WINDOW || end.is_multiple_of(WINDOW)
}

/// How many `LINE`s bytes `[start, end)` placed `shift` bytes past a line's
/// start span beyond the fewest their length could.
fn extra_lines(start: usize, end: usize, shift: usize) -> usize {
    let (first, last) = ((start + shift) / LINE, (end - 1 + shift) / LINE);
    last - first + 1 - (end - start).div_ceil(LINE)
}

/// How far past a `LINE` boundary to place `code` (see the top of the file).
pub fn offset(code: &[u8]) -> usize {
    let jumps = jumps(code);
    // the small loops, each a backward jump closing it, from its target to its
    // end, weighed 1/length; each jump's weight is the sum of its loops'
    let loops: Vec<(usize, usize, f64)> =
        jumps.iter().filter(|j| j.target < j.start && j.end - j.target <= MAX_LOOP).map(|j| (j.target, j.end, 1.0 / (j.end - j.target) as f64)).collect();
    if loops.is_empty() {
        return 0;
    }
    let mut weight = vec![0.0f64; jumps.len()];
    for &(start, end, w) in &loops {
        let first = jumps.partition_point(|j| j.start < start);
        for (_, wj) in jumps.iter().zip(weight.iter_mut()).skip(first).take_while(|(j, _)| j.end <= end) {
            *wj += w;
        }
    }
    let cost = |shift: usize| -> f64 {
        let jcc: f64 = jumps.iter().zip(&weight).filter(|(j, _)| touches_boundary(j.start, j.end, shift)).map(|(_, w)| w).sum();
        let lines: f64 = loops.iter().map(|&(start, end, w)| w * extra_lines(start, end, shift) as f64).sum();
        jcc + lines
    };
    // the first of the cheapest shifts: 0 when no shift helps
    (0..LINE).map(|s| (s, cost(s))).fold((0, f64::INFINITY), |best, (s, c)| if c < best.1 { (s, c) } else { best }).0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A loop of `body` filler bytes closed by `cmp rdx, rdi; jl` back to its start, after `pre` bytes.
    fn looped(pre: usize, body: usize) -> Vec<u8> {
        let mut code = vec![0x90; pre + body];
        code.extend([0x48, 0x3b, 0xd7]);
        let rel = -((body + 3 + 6) as i32);
        code.extend([0x0f, 0x8c]);
        code.extend(rel.to_le_bytes());
        code.push(0xc3);
        code
    }

    #[test]
    fn finds_a_loop_back_edge() {
        let code = looped(10, 20);
        let j = jumps(&code);
        assert_eq!(j.len(), 1);
        assert_eq!((j[0].start, j[0].end, j[0].target), (30, 39, 10));
    }

    #[test]
    fn keeps_a_small_loop_on_one_line_and_its_back_edge_off_boundaries() {
        // loops of 26 and 29 bytes, wherever they start in the code
        for body in [17, 20] {
            for pre in 0..128 {
                let code = looped(pre, body);
                let s = offset(&code);
                let j = &jumps(&code)[0];
                assert!(!touches_boundary(j.start, j.end, s), "body {body}, pre {pre}: shift {s}");
                assert_eq!(extra_lines(j.target, j.end, s), 0, "body {body}, pre {pre}: shift {s}");
            }
        }
    }

    #[test]
    fn leaves_code_without_loops_aligned() {
        // a forward jump only, and bytes that are no jump
        let code = [0x0f, 0x84, 2, 0, 0, 0, 0x90, 0x90, 0x0f, 0x1f, 0xc3];
        assert_eq!(offset(&code), 0);
    }

    #[test]
    fn prefers_the_innermost_loop() {
        // an outer loop around an inner one: both back-edges cannot always be
        // clear, and the inner one wins
        let mut code = looped(0, 40);
        let outer_body = code.len();
        code.pop();
        code.extend([0x48, 0x3b, 0xd7, 0x0f, 0x8c]);
        code.extend((-((outer_body + 8) as i32)).to_le_bytes());
        let s = offset(&code);
        let inner = &jumps(&code)[0];
        assert!(!touches_boundary(inner.start, inner.end, s));
    }
}
