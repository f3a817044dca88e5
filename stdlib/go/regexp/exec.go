package regexp

// The matcher: Pike's simulation of the program's NFA, one step per rune of
// the input, every thread at once, so that matching takes time linear in the
// input whatever the expression (Go's regexp guarantees that too). Threads
// are kept in priority order and a thread reaching a pc already on the list
// is dropped: the first to get there is the preferred one, which gives Perl's
// leftmost-first submatches (or, in longest mode, the longest of the
// leftmost matches).

import (
	"unicode/utf8"
)

type thread struct {
	pc  int
	cap []int
}

// A queue of threads for one input position, without duplicates: on[pc] is
// gen when pc is in it.
type queue struct {
	threads []thread
	on      []int
	gen     int
}

func (q *queue) reset() {
	q.threads = q.threads[:0]
	q.gen++
}

type machine struct {
	prog    *prog
	input   string
	ncap    int
	longest bool
	matched bool
	match   []int
}

// exec looks for a match in s at or after pos; the positions of the whole
// match and of ncap/2-1 groups (-1 for those that did not take part), or nil.
func exec(p *prog, s string, pos int, ncap int, longest bool) []int {
	m := &machine{prog: p, input: s, ncap: ncap, longest: longest}
	n := len(p.inst)
	clist := &queue{on: make([]int, n), gen: 1}
	nlist := &queue{on: make([]int, n), gen: 2}
	for at := pos; ; {
		if !m.matched {
			// a new thread starts here, last in priority
			cap := make([]int, ncap)
			for i := range cap {
				cap[i] = -1
			}
			m.add(clist, p.start, at, cap)
		}
		if len(clist.threads) == 0 && (m.matched || at >= len(s)) {
			break
		}
		r, w := rune(-1), 0
		if at < len(s) {
			r, w = utf8.DecodeRuneInString(s[at:])
		}
		m.step(clist, nlist, at, r, w)
		if at >= len(s) {
			break
		}
		at += w
		clist, nlist = nlist, clist
		nlist.reset()
	}
	return m.match
}

// step runs the threads of clist on rune r (width w) at position at, adding
// those that go on to nlist.
func (m *machine) step(clist, nlist *queue, at int, r rune, w int) {
	for _, t := range clist.threads {
		if m.longest && m.matched && t.cap[0] > m.match[0] {
			continue // it started right of the match found: not leftmost
		}
		in := &m.prog.inst[t.pc]
		ok := false
		switch in.op {
		case iMatch:
			// a thread still running outranks the match recorded before it
			// (lower-priority threads were cut when that was found)
			if !m.longest || !m.matched || t.cap[1] > m.match[1] {
				m.match = append(m.match[:0], t.cap...)
				m.matched = true
			}
			if !m.longest {
				return // lower-priority threads cannot win
			}
		case iRune:
			ok = r >= 0 && inRanges(in.runes, r)
		case iAnyNotNL:
			ok = r >= 0 && r != '\n'
		case iAny:
			ok = r >= 0
		}
		if ok {
			m.add(nlist, in.x, at+w, t.cap)
		}
	}
}

// add puts pc on q with capture slots cap, following jumps, splits, saves
// and assertions (at position at) to the instructions that consume input.
func (m *machine) add(q *queue, pc, at int, cap []int) {
	if q.on[pc] == q.gen {
		return
	}
	q.on[pc] = q.gen
	in := &m.prog.inst[pc]
	switch in.op {
	case iJmp:
		m.add(q, in.x, at, cap)
	case iSplit:
		m.add(q, in.x, at, cap)
		m.add(q, in.y, at, cap)
	case iSave:
		if in.arg >= len(cap) {
			m.add(q, in.x, at, cap)
			return
		}
		old := cap[in.arg]
		cap[in.arg] = at
		m.add(q, in.x, at, cap)
		cap[in.arg] = old
	case iAssert:
		if m.holds(nodeOp(in.arg), at) {
			m.add(q, in.x, at, cap)
		}
	default:
		q.threads = append(q.threads, thread{pc, append([]int(nil), cap...)})
	}
}

// holds reports whether an empty-width assertion holds at position at.
func (m *machine) holds(op nodeOp, at int) bool {
	s := m.input
	switch op {
	case opBeginText:
		return at == 0
	case opEndText:
		return at == len(s)
	case opBeginLine:
		return at == 0 || s[at-1] == '\n'
	case opEndLine:
		return at == len(s) || s[at] == '\n'
	}
	before := at > 0 && isWordByte(s[at-1])
	after := at < len(s) && isWordByte(s[at])
	if op == opWordBoundary {
		return before != after
	}
	return before == after
}

// isWordByte reports whether c is an ASCII word character (\w), as \b sees them.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// inRanges reports whether r is in sorted [lo, hi] pairs.
func inRanges(ranges []rune, r rune) bool {
	lo, hi := 0, len(ranges)/2
	for lo < hi {
		mid := (lo + hi) / 2
		switch {
		case r < ranges[2*mid]:
			hi = mid
		case r > ranges[2*mid+1]:
			lo = mid + 1
		default:
			return true
		}
	}
	return false
}
