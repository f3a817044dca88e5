package regexp

// The parser: a regular expression in Go's syntax (RE2's) to a tree of nodes.
// What it accepts and the errors it reports, with their wording, are Go's
// regexp/syntax's (Perl flags i, m, s and U; Perl, POSIX and Unicode classes;
// named captures; repetition counts up to 1000).

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A node of the parsed expression.
type node struct {
	op     nodeOp
	runes  []rune  // opLiteral: the runes; opClass: sorted, disjoint [lo, hi] pairs
	fold   bool    // opLiteral: match case-insensitively
	sub    []*node // opConcat, opAlternate: the parts; repetitions and opCapture: one
	min    int     // opRepeat: at least min times, at most max (-1: no bound)
	max    int
	greedy bool   // repetitions: prefer more
	cap    int    // opCapture: the group's number (1 for the first)
	name   string // opCapture: the group's name, if any
}

type nodeOp uint8

const (
	opEmpty nodeOp = iota
	opLiteral
	opClass
	opAnyNotNL
	opAnyChar
	opBeginLine
	opEndLine
	opBeginText
	opEndText
	opWordBoundary
	opNoWordBoundary
	opCapture
	opStar
	opPlus
	opQuest
	opRepeat
	opConcat
	opAlternate
)

// The parser's flags, as Perl's (?imsU) set them.
const (
	flagFold     = 1 << iota // i: case-insensitive
	flagMulti                // m: ^ and $ match at line boundaries
	flagDotNL                // s: . matches \n
	flagUngreedy             // U: repetitions prefer fewer
)

const (
	maxRepeat = 1000 // Go's bound on repetition counts
	maxRune   = unicode.MaxRune
)

// A syntaxError is Go's regexp/syntax.Error: what is wrong, and the part of
// the expression where.
type syntaxError struct {
	code string
	expr string
}

func (e *syntaxError) Error() string {
	return "error parsing regexp: " + e.code + ": `" + e.expr + "`"
}

// Go's error codes (regexp/syntax.ErrorCode's texts).
const (
	errInvalidCharRange = "invalid character class range"
	errInvalidEscape    = "invalid escape sequence"
	errInvalidNamedCap  = "invalid named capture"
	errInvalidPerlOp    = "invalid or unsupported Perl syntax"
	errInvalidRepeatOp  = "invalid nested repetition operator"
	errInvalidRepeatSz  = "invalid repeat count"
	errInvalidUTF8      = "invalid UTF-8"
	errMissingBracket   = "missing closing ]"
	errMissingParen     = "missing closing )"
	errMissingRepeatArg = "missing argument to repetition operator"
	errTrailingBackslsh = "trailing backslash at end of expression"
	errUnexpectedParen  = "unexpected )"
	errNestingDepth     = "expression nests too deeply"
)

// A parser reads expr from pos; ncap counts the capturing groups so far.
type parser struct {
	expr  string
	pos   int
	flags int
	ncap  int
	names []string // names[i]: group i's name ("" for none; names[0] is the whole match's)
	depth int
}

func parse(expr string, flags int) (*node, []string, error) {
	if !utf8.ValidString(expr) {
		return nil, nil, &syntaxError{errInvalidUTF8, expr}
	}
	p := &parser{expr: expr, flags: flags, names: []string{""}}
	n, err := p.alternation()
	if err != nil {
		return nil, nil, err
	}
	if p.pos < len(expr) { // only a ')' stops an alternation early
		return nil, nil, &syntaxError{errUnexpectedParen, expr}
	}
	return n, p.names, nil
}

func (p *parser) more() bool { return p.pos < len(p.expr) }

// peek is the rune at pos and its width.
func (p *parser) peek() (rune, int) { return utf8.DecodeRuneInString(p.expr[p.pos:]) }

// alternation parses concatenations separated by '|', up to a ')' or the end.
func (p *parser) alternation() (*node, error) {
	p.depth++
	if p.depth > 1000 {
		return nil, &syntaxError{errNestingDepth, p.expr}
	}
	defer func() { p.depth-- }()
	var alts []*node
	for {
		c, err := p.concatenation()
		if err != nil {
			return nil, err
		}
		alts = append(alts, c)
		if !p.more() || p.expr[p.pos] != '|' {
			break
		}
		p.pos++
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &node{op: opAlternate, sub: alts}, nil
}

// concatenation parses repeated atoms up to a '|', a ')' or the end.
func (p *parser) concatenation() (*node, error) {
	var parts []*node
	for p.more() {
		c := p.expr[p.pos]
		if c == '|' || c == ')' {
			break
		}
		start := p.pos
		if c == '*' || c == '+' || c == '?' {
			_, w := p.repeatOp()
			return nil, &syntaxError{errMissingRepeatArg, p.expr[start : start+w]}
		}
		if c == '{' {
			if _, _, w, ok := p.repeatCount(); ok {
				return nil, &syntaxError{errMissingRepeatArg, p.expr[start : start+w]}
			}
		}
		if strings.HasPrefix(p.expr[p.pos:], `\Q`) {
			// literal text: a repetition after it applies to its last rune
			lits := p.quoted()
			for i, l := range lits {
				if i == len(lits)-1 {
					var err error
					if l, err = p.repetitions(l); err != nil {
						return nil, err
					}
				}
				parts = append(parts, l)
			}
			continue
		}
		a, err := p.atom()
		if err != nil {
			return nil, err
		}
		if a == nil { // a flag group (?i) alone: nothing to match
			continue
		}
		a, err = p.repetitions(a)
		if err != nil {
			return nil, err
		}
		parts = append(parts, a)
	}
	switch len(parts) {
	case 0:
		return &node{op: opEmpty}, nil
	case 1:
		return parts[0], nil
	}
	return &node{op: opConcat, sub: parts}, nil
}

// repeatOp reads '*', '+' or '?' at pos with an optional '?' after it,
// without consuming them: the node op, and the operator's width.
func (p *parser) repeatOp() (nodeOp, int) {
	op := opQuest
	switch p.expr[p.pos] {
	case '*':
		op = opStar
	case '+':
		op = opPlus
	}
	w := 1
	if p.pos+1 < len(p.expr) && p.expr[p.pos+1] == '?' {
		w = 2
	}
	return op, w
}

// repeatCount reads {n}, {n,} or {n,m} at pos without consuming it (plus an
// optional '?' after it); ok is false when the text there is not one (then
// '{' is a literal, as in Go).
func (p *parser) repeatCount() (min, max, width int, ok bool) {
	s := p.expr[p.pos:]
	end := strings.IndexByte(s, '}')
	if end < 0 {
		return 0, 0, 0, false
	}
	body := s[1:end]
	lo, hi, comma := body, "", false
	if i := strings.IndexByte(body, ','); i >= 0 {
		lo, hi, comma = body[:i], body[i+1:], true
	}
	digits := func(t string) bool {
		if t == "" {
			return false
		}
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return false
			}
		}
		return true
	}
	if !digits(lo) || (hi != "" && !digits(hi)) {
		return 0, 0, 0, false
	}
	num := func(t string) int {
		n, err := strconv.Atoi(t)
		if err != nil || n > maxRepeat {
			return maxRepeat + 1 // too big either way
		}
		return n
	}
	min, max = num(lo), num(lo)
	if comma {
		max = -1
		if hi != "" {
			max = num(hi)
		}
	}
	width = end + 1
	if width < len(s) && s[width] == '?' {
		width++
	}
	return min, max, width, true
}

// repetitions applies the repetition operators after an atom (one at most:
// a second is Go's "invalid nested repetition operator").
func (p *parser) repetitions(a *node) (*node, error) {
	start := -1
	for p.more() {
		c := p.expr[p.pos]
		var n *node
		var w int
		switch {
		case c == '*' || c == '+' || c == '?':
			var op nodeOp
			op, w = p.repeatOp()
			n = &node{op: op, sub: []*node{a}}
		case c == '{':
			min, max, width, ok := p.repeatCount()
			if !ok {
				return a, nil
			}
			w = width
			if min > maxRepeat || max > maxRepeat || (max >= 0 && min > max) {
				return nil, &syntaxError{errInvalidRepeatSz, p.expr[p.pos : p.pos+w]}
			}
			n = &node{op: opRepeat, min: min, max: max, sub: []*node{a}}
		default:
			return a, nil
		}
		if start >= 0 {
			return nil, &syntaxError{errInvalidRepeatOp, p.expr[start : p.pos+w]}
		}
		start = p.pos
		lazy := p.expr[p.pos+w-1] == '?' && w > 1
		n.greedy = lazy == (p.flags&flagUngreedy != 0)
		p.pos += w
		a = n
	}
	return a, nil
}

// atom parses one atom: a group, a class, an escape, '.', '^', '$' or a
// literal rune. A flag group alone gives nil.
func (p *parser) atom() (*node, error) {
	c := p.expr[p.pos]
	switch c {
	case '(':
		return p.group()
	case '[':
		return p.class()
	case '.':
		p.pos++
		if p.flags&flagDotNL != 0 {
			return &node{op: opAnyChar}, nil
		}
		return &node{op: opAnyNotNL}, nil
	case '^':
		p.pos++
		if p.flags&flagMulti != 0 {
			return &node{op: opBeginLine}, nil
		}
		return &node{op: opBeginText}, nil
	case '$':
		p.pos++
		if p.flags&flagMulti != 0 {
			return &node{op: opEndLine}, nil
		}
		return &node{op: opEndText}, nil
	case '\\':
		return p.escapeAtom()
	}
	r, w := p.peek()
	p.pos += w
	return p.literal(r), nil
}

func (p *parser) literal(r rune) *node {
	return &node{op: opLiteral, runes: []rune{r}, fold: p.flags&flagFold != 0 && canFold(r)}
}

// canFold reports whether r has other cases.
func canFold(r rune) bool { return unicode.SimpleFold(r) != r }

// group parses what follows '(': a capture, a non-capturing group, or flags.
func (p *parser) group() (*node, error) {
	start := p.pos
	p.pos++
	name := ""
	capture := true
	saved := p.flags
	if strings.HasPrefix(p.expr[p.pos:], "?") {
		t := p.expr[p.pos:]
		switch {
		case strings.HasPrefix(t, "?P<") || strings.HasPrefix(t, "?<"):
			skip := 3
			if t[1] == '<' {
				skip = 2
			}
			end := strings.IndexByte(t, '>')
			if end < 0 {
				return nil, &syntaxError{errInvalidNamedCap, p.expr[start:]}
			}
			name = t[skip:end]
			if !validName(name) {
				return nil, &syntaxError{errInvalidNamedCap, p.expr[start : p.pos+end+1]}
			}
			p.pos += end + 1
		default:
			group, err := p.flagGroup(start)
			if err != nil {
				return nil, err
			}
			if !group {
				return nil, nil
			}
			capture = false
		}
	}
	idx := 0
	if capture {
		p.ncap++
		idx = p.ncap
		p.names = append(p.names, name)
	}
	sub, err := p.alternation()
	if err != nil {
		return nil, err
	}
	if !p.more() || p.expr[p.pos] != ')' {
		return nil, &syntaxError{errMissingParen, p.expr}
	}
	p.pos++
	p.flags = saved
	if !capture {
		return sub, nil
	}
	return &node{op: opCapture, cap: idx, name: name, sub: []*node{sub}}, nil
}

// flagGroup parses (?flags) or (?flags: at pos (the '?'), flags from imsU
// with at most one '-' before those to clear: whether it opens a group
// (the ':' form), having set the flags either way.
func (p *parser) flagGroup(start int) (bool, error) {
	flags := p.flags
	on, sawMinus, sawFlag := true, false, false
	for i := p.pos + 1; i < len(p.expr); i++ {
		c := p.expr[i]
		switch c {
		case 'i', 'm', 's', 'U':
			f := flagUngreedy
			switch c {
			case 'i':
				f = flagFold
			case 'm':
				f = flagMulti
			case 's':
				f = flagDotNL
			}
			if on {
				flags |= f
			} else {
				flags &^= f
			}
			sawFlag = true
			continue
		case '-':
			if !sawMinus {
				sawMinus, on, sawFlag = true, false, false
				continue
			}
		case ':', ')':
			if !sawMinus || sawFlag {
				p.pos = i + 1
				p.flags = flags
				return c == ':', nil
			}
		}
		return false, &syntaxError{errInvalidPerlOp, p.expr[start : i+1]}
	}
	return false, &syntaxError{errInvalidPerlOp, p.expr[start:]}
}

// validName reports whether name is a group name: letters, digits and '_'.
func validName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if c != '_' && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// escapeAtom parses an escape outside a class.
func (p *parser) escapeAtom() (*node, error) {
	if p.pos+1 >= len(p.expr) {
		return nil, &syntaxError{errTrailingBackslsh, ""}
	}
	switch c := p.expr[p.pos+1]; c {
	case 'A':
		p.pos += 2
		return &node{op: opBeginText}, nil
	case 'z':
		p.pos += 2
		return &node{op: opEndText}, nil
	case 'b':
		p.pos += 2
		return &node{op: opWordBoundary}, nil
	case 'B':
		p.pos += 2
		return &node{op: opNoWordBoundary}, nil
	case 'd', 'D', 's', 'S', 'w', 'W', 'p', 'P':
		ranges, err := p.classEscape()
		if err != nil {
			return nil, err
		}
		return &node{op: opClass, runes: ranges}, nil
	}
	r, err := p.escapeRune()
	if err != nil {
		return nil, err
	}
	return p.literal(r), nil
}

// quoted parses \Q...\E (or \Q to the end): a literal per rune.
func (p *parser) quoted() []*node {
	t := p.expr[p.pos+2:]
	lit := t
	if i := strings.Index(t, `\E`); i >= 0 {
		lit = t[:i]
		p.pos += 2 + i + 2
	} else {
		p.pos = len(p.expr)
	}
	var lits []*node
	for _, r := range lit {
		lits = append(lits, p.literal(r))
	}
	return lits
}

// escapeRune parses an escape standing for one rune (at pos, a backslash).
func (p *parser) escapeRune() (rune, error) {
	start := p.pos
	p.pos++
	c, w := p.peek()
	p.pos += w
	bad := func() (rune, error) { return 0, &syntaxError{errInvalidEscape, p.expr[start:p.pos]} }
	switch {
	case c == '1' || c == '2' || c == '3' || c == '4' || c == '5' || c == '6' || c == '7':
		// octal: \1-\7 only followed by more octal digits (a backreference otherwise)
		if p.pos >= len(p.expr) || p.expr[p.pos] < '0' || p.expr[p.pos] > '7' {
			return bad()
		}
		fallthrough
	case c == '0':
		r := c - '0'
		for i := 1; i < 3 && p.pos < len(p.expr) && p.expr[p.pos] >= '0' && p.expr[p.pos] <= '7'; i++ {
			r = r*8 + rune(p.expr[p.pos]-'0')
			p.pos++
		}
		return r, nil
	case c == 'x':
		if p.pos >= len(p.expr) {
			return bad()
		}
		if p.expr[p.pos] == '{' {
			end := strings.IndexByte(p.expr[p.pos:], '}')
			if end < 0 {
				p.pos = len(p.expr)
				return bad()
			}
			hex := p.expr[p.pos+1 : p.pos+end]
			p.pos += end + 1
			v, err := strconv.ParseUint(hex, 16, 32)
			if err != nil || hex == "" || v > maxRune {
				return bad()
			}
			return rune(v), nil
		}
		if p.pos+2 > len(p.expr) {
			p.pos = len(p.expr)
			return bad()
		}
		hex := p.expr[p.pos : p.pos+2]
		p.pos += 2
		v, err := strconv.ParseUint(hex, 16, 8)
		if err != nil {
			return bad()
		}
		return rune(v), nil
	case c == 'a':
		return '\a', nil
	case c == 'f':
		return '\f', nil
	case c == 'n':
		return '\n', nil
	case c == 'r':
		return '\r', nil
	case c == 't':
		return '\t', nil
	case c == 'v':
		return '\v', nil
	case c < utf8.RuneSelf && !('0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'):
		return c, nil // escaped punctuation
	}
	return bad()
}

// classEscape parses \d \s \w (and their negations) or \pX \p{Name} \PX.
func (p *parser) classEscape() ([]rune, error) {
	c := p.expr[p.pos+1]
	switch c {
	case 'd', 'D', 's', 'S', 'w', 'W':
		p.pos += 2
		r := perlClasses[unicode.ToLower(rune(c))]
		if c >= 'A' && c <= 'Z' {
			return negate(r), nil
		}
		return r, nil
	}
	start := p.pos
	p.pos += 2
	if p.pos >= len(p.expr) {
		return nil, &syntaxError{errInvalidCharRange, p.expr[start:]}
	}
	var name string
	if p.expr[p.pos] == '{' {
		end := strings.IndexByte(p.expr[p.pos:], '}')
		if end < 0 {
			return nil, &syntaxError{errInvalidCharRange, p.expr[start:]}
		}
		name = p.expr[p.pos+1 : p.pos+end]
		p.pos += end + 1
	} else {
		r, w := p.peek()
		name = string(r)
		p.pos += w
	}
	neg := c == 'P'
	if strings.HasPrefix(name, "^") {
		neg = !neg
		name = name[1:]
	}
	ranges, ok := unicodeClass(name)
	if !ok {
		return nil, &syntaxError{errInvalidCharRange, p.expr[start:p.pos]}
	}
	if p.flags&flagFold != 0 {
		ranges = foldRanges(ranges)
	}
	if neg {
		return negate(ranges), nil
	}
	return ranges, nil
}

// unicodeClass is the class \p{name} names: "Any", a category or a script.
func unicodeClass(name string) ([]rune, bool) {
	if name == "Any" {
		return []rune{0, maxRune}, true
	}
	t := unicode.Categories[name]
	if t == nil {
		t = unicode.Scripts[name]
	}
	if t == nil {
		return nil, false
	}
	var r []rune
	add := func(lo, hi, stride rune) {
		if stride == 1 {
			r = append(r, lo, hi)
			return
		}
		for c := lo; c <= hi; c += stride {
			r = append(r, c, c)
		}
	}
	for _, x := range t.R16 {
		add(rune(x.Lo), rune(x.Hi), rune(x.Stride))
	}
	for _, x := range t.R32 {
		add(rune(x.Lo), rune(x.Hi), rune(x.Stride))
	}
	return normalize(r), true
}

var perlClasses = map[rune][]rune{
	'd': {'0', '9'},
	's': {'\t', '\n', '\f', '\r', ' ', ' '},
	'w': {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'},
}

var posixClasses = map[string][]rune{
	"alnum":  {'0', '9', 'A', 'Z', 'a', 'z'},
	"alpha":  {'A', 'Z', 'a', 'z'},
	"ascii":  {0, 0x7f},
	"blank":  {'\t', '\t', ' ', ' '},
	"cntrl":  {0, 0x1f, 0x7f, 0x7f},
	"digit":  {'0', '9'},
	"graph":  {'!', '~'},
	"lower":  {'a', 'z'},
	"print":  {' ', '~'},
	"punct":  {'!', '/', ':', '@', '[', '`', '{', '~'},
	"space":  {'\t', '\r', ' ', ' '},
	"upper":  {'A', 'Z'},
	"word":   {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'},
	"xdigit": {'0', '9', 'A', 'F', 'a', 'f'},
}

// class parses a bracketed class, at pos a '['.
func (p *parser) class() (*node, error) {
	start := p.pos
	p.pos++
	neg := false
	if p.more() && p.expr[p.pos] == '^' {
		neg = true
		p.pos++
	}
	var r []rune
	first := true
	for {
		if !p.more() {
			return nil, &syntaxError{errMissingBracket, p.expr[start:]}
		}
		c := p.expr[p.pos]
		if c == ']' && !first {
			p.pos++
			break
		}
		first = false
		// [:alpha:] and [:^alpha:]
		if c == '[' && strings.HasPrefix(p.expr[p.pos:], "[:") {
			if end := strings.Index(p.expr[p.pos+2:], ":]"); end >= 0 {
				name := p.expr[p.pos+2 : p.pos+2+end]
				cneg := strings.HasPrefix(name, "^")
				cls, ok := posixClasses[strings.TrimPrefix(name, "^")]
				if !ok {
					return nil, &syntaxError{errInvalidCharRange, p.expr[p.pos : p.pos+2+end+2]}
				}
				p.pos += 2 + end + 2
				if cneg {
					cls = negate(cls)
				}
				r = append(r, cls...)
				continue
			}
		}
		if c == '\\' && p.pos+1 < len(p.expr) && strings.IndexByte("dDsSwWpP", p.expr[p.pos+1]) >= 0 {
			cls, err := p.classEscape()
			if err != nil {
				return nil, err
			}
			r = append(r, cls...)
			continue
		}
		rangeStart := p.pos
		lo, err := p.classRune()
		if err != nil {
			return nil, err
		}
		hi := lo
		if p.pos+1 < len(p.expr) && p.expr[p.pos] == '-' && p.expr[p.pos+1] != ']' {
			p.pos++
			if hi, err = p.classRune(); err != nil {
				return nil, err
			}
			if hi < lo {
				return nil, &syntaxError{errInvalidCharRange, p.expr[rangeStart:p.pos]}
			}
		}
		r = append(r, lo, hi)
	}
	r = normalize(r)
	if p.flags&flagFold != 0 {
		r = foldRanges(r)
	}
	if neg {
		r = negate(r)
	}
	return &node{op: opClass, runes: r}, nil
}

// classRune reads one rune of a class: a literal or an escape.
func (p *parser) classRune() (rune, error) {
	if p.expr[p.pos] == '\\' {
		if p.pos+1 >= len(p.expr) {
			return 0, &syntaxError{errTrailingBackslsh, ""}
		}
		return p.escapeRune()
	}
	r, w := p.peek()
	p.pos += w
	return r, nil
}

// normalize sorts [lo, hi] pairs and merges those that touch.
func normalize(r []rune) []rune {
	n := len(r) / 2
	for i := 1; i < n; i++ { // insertion sort: classes are short
		for j := i; j > 0 && r[2*j] < r[2*j-2]; j-- {
			r[2*j], r[2*j-2] = r[2*j-2], r[2*j]
			r[2*j+1], r[2*j-1] = r[2*j-1], r[2*j+1]
		}
	}
	var out []rune
	for i := 0; i < len(r); i += 2 {
		if k := len(out); k > 0 && r[i] <= out[k-1]+1 {
			if r[i+1] > out[k-1] {
				out[k-1] = r[i+1]
			}
			continue
		}
		out = append(out, r[i], r[i+1])
	}
	return out
}

// negate is the complement of normalized ranges in [0, maxRune].
func negate(r []rune) []rune {
	var out []rune
	next := rune(0)
	for i := 0; i < len(r); i += 2 {
		if r[i] > next {
			out = append(out, next, r[i]-1)
		}
		next = r[i+1] + 1
	}
	if next <= maxRune {
		out = append(out, next, maxRune)
	}
	return out
}

// foldRanges adds to normalized ranges every rune's other cases.
func foldRanges(r []rune) []rune {
	out := append([]rune(nil), r...)
	for i := 0; i < len(r); i += 2 {
		lo, hi := r[i], r[i+1]
		if lo <= 'A' && hi >= 0x1e943 { // covers every rune with cases
			continue
		}
		for c := lo; c <= hi; c++ {
			for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
				out = append(out, f, f)
			}
		}
	}
	return normalize(out)
}
