package regexp

// The compiler: a parsed expression to a program for the matcher, as in Go's
// regexp/syntax (Thompson's construction; Split's first branch is the
// preferred one, which gives Perl's leftmost-first choice between matches).

import "unicode"

type instOp uint8

const (
	iRune     instOp = iota // one rune in runes (a class's ranges, or a literal with fold)
	iAnyNotNL               // any rune but \n
	iAny                    // any rune
	iSplit                  // go on at x, and at y with lower priority
	iJmp                    // go on at x
	iSave                   // record the position in slot arg
	iAssert                 // an empty-width assertion: arg is the node op (opBeginLine...)
	iMatch                  // a match
)

type inst struct {
	op    instOp
	x, y  int
	arg   int
	runes []rune // iRune: sorted [lo, hi] pairs
}

// A program: instructions, the first at 0 being where a match starts.
type prog struct {
	inst  []inst
	start int
}

type compiler struct {
	p *prog
}

// A fragment of the program being built: its entry, and the instructions
// whose x (or y) must be patched to where it goes on.
type frag struct {
	entry    int
	outs     []patch
	nullable bool // it can match the empty string
}

type patch struct {
	pc  int
	alt bool // patch y, not x
}

func compile(n *node) *prog {
	c := &compiler{p: &prog{}}
	// the whole match is group 0: Save 0, the expression, Save 1, Match
	f := c.cat(c.save(0), c.cat(c.node(n), c.save(1)))
	m := c.emit(inst{op: iMatch})
	c.patch(f.outs, m)
	c.p.start = f.entry
	return c.p
}

func (c *compiler) emit(i inst) int {
	c.p.inst = append(c.p.inst, i)
	return len(c.p.inst) - 1
}

func (c *compiler) patch(outs []patch, to int) {
	for _, o := range outs {
		if o.alt {
			c.p.inst[o.pc].y = to
		} else {
			c.p.inst[o.pc].x = to
		}
	}
}

// one is a fragment of a single instruction going on at x.
func (c *compiler) one(i inst) frag {
	pc := c.emit(i)
	return frag{pc, []patch{{pc, false}}, i.op != iRune && i.op != iAny && i.op != iAnyNotNL}
}

func (c *compiler) save(slot int) frag { return c.one(inst{op: iSave, arg: slot}) }

// empty matches nothing: a jump to where it goes on.
func (c *compiler) empty() frag { return c.one(inst{op: iJmp}) }

func (c *compiler) cat(a, b frag) frag {
	c.patch(a.outs, b.entry)
	return frag{a.entry, b.outs, a.nullable && b.nullable}
}

func (c *compiler) alt(a, b frag) frag {
	pc := c.emit(inst{op: iSplit, x: a.entry, y: b.entry})
	return frag{pc, append(append([]patch(nil), a.outs...), b.outs...), a.nullable || b.nullable}
}

// star is f repeated any number of times, plus at least once, quest f or
// nothing; greedy prefers more. A star of what can match the empty string
// is (f+)?, as Go compiles it: a loop entered at its split would let the
// empty way out outrank an empty match of f, which Go's submatches record.
func (c *compiler) star(f frag, greedy bool) frag {
	if f.nullable {
		return c.quest(c.plus(f, greedy), greedy)
	}
	return c.loop(f, greedy)
}

func (c *compiler) plus(f frag, greedy bool) frag {
	return frag{f.entry, c.loop(f, greedy).outs, f.nullable}
}

// loop is a split choosing between f, which comes back to it, and going on.
func (c *compiler) loop(f frag, greedy bool) frag {
	pc := c.emit(inst{op: iSplit})
	c.patch(f.outs, pc)
	if greedy {
		c.p.inst[pc].x = f.entry
		return frag{pc, []patch{{pc, true}}, true}
	}
	c.p.inst[pc].y = f.entry
	return frag{pc, []patch{{pc, false}}, true}
}

func (c *compiler) quest(f frag, greedy bool) frag {
	pc := c.emit(inst{op: iSplit})
	if greedy {
		c.p.inst[pc].x = f.entry
		return frag{pc, append([]patch{{pc, true}}, f.outs...), true}
	}
	c.p.inst[pc].y = f.entry
	return frag{pc, append([]patch{{pc, false}}, f.outs...), true}
}

func (c *compiler) node(n *node) frag {
	switch n.op {
	case opEmpty:
		return c.empty()
	case opLiteral:
		f := c.empty()
		for i, r := range n.runes {
			var g frag
			if n.fold {
				g = c.one(inst{op: iRune, runes: foldSet(r)})
			} else {
				g = c.one(inst{op: iRune, runes: []rune{r, r}})
			}
			if i == 0 {
				f = g
			} else {
				f = c.cat(f, g)
			}
		}
		return f
	case opClass:
		return c.one(inst{op: iRune, runes: n.runes})
	case opAnyNotNL:
		return c.one(inst{op: iAnyNotNL})
	case opAnyChar:
		return c.one(inst{op: iAny})
	case opBeginLine, opEndLine, opBeginText, opEndText, opWordBoundary, opNoWordBoundary:
		return c.one(inst{op: iAssert, arg: int(n.op)})
	case opCapture:
		return c.cat(c.save(2*n.cap), c.cat(c.node(n.sub[0]), c.save(2*n.cap+1)))
	case opStar:
		return c.star(c.node(n.sub[0]), n.greedy)
	case opPlus:
		return c.plus(c.node(n.sub[0]), n.greedy)
	case opQuest:
		return c.quest(c.node(n.sub[0]), n.greedy)
	case opRepeat:
		return c.repeat(n)
	case opConcat:
		f := c.node(n.sub[0])
		for _, s := range n.sub[1:] {
			f = c.cat(f, c.node(s))
		}
		return f
	case opAlternate:
		// the first alternative preferred: Split(a, Split(b, c))
		f := c.node(n.sub[len(n.sub)-1])
		for i := len(n.sub) - 2; i >= 0; i-- {
			f = c.alt(c.node(n.sub[i]), f)
		}
		return f
	}
	panic("regexp: unknown node")
}

// repeat expands x{min,max} as Go's simplifier does: min copies, then
// max-min optional ones nested (x(x(x)?)?)?; x{min,} is min-1 copies and x+
// (x* for x{0,}).
func (c *compiler) repeat(n *node) frag {
	sub := n.sub[0]
	var f frag
	have := false
	add := func(g frag) {
		if have {
			f = c.cat(f, g)
		} else {
			f, have = g, true
		}
	}
	if n.max < 0 {
		if n.min == 0 {
			return c.star(c.node(sub), n.greedy)
		}
		for i := 0; i < n.min-1; i++ {
			add(c.node(sub))
		}
		add(c.plus(c.node(sub), n.greedy))
		return f
	}
	for i := 0; i < n.min; i++ {
		add(c.node(sub))
	}
	if n.max > n.min {
		add(c.optionals(sub, n.max-n.min, n.greedy))
	}
	if !have {
		return c.empty()
	}
	return f
}

// optionals is (x(x(x)?)?)? with k copies of x.
func (c *compiler) optionals(sub *node, k int, greedy bool) frag {
	if k == 1 {
		return c.quest(c.node(sub), greedy)
	}
	return c.quest(c.cat(c.node(sub), c.optionals(sub, k-1, greedy)), greedy)
}

// foldSet is the ranges of r and its other cases.
func foldSet(r rune) []rune {
	set := []rune{r, r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		set = append(set, f, f)
	}
	return normalize(set)
}
