package unicode

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set. The ranges are listed in two slices to save
// space: a slice of 16-bit ranges and a slice of 32-bit ranges. The two
// slices must be in sorted order and non-overlapping. Also, R32 should
// contain only values >= 0x10000 (1<<16).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points. The range runs
// from Lo to Hi inclusive and has the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one or
// more of the values will not fit in 16 bits. The range runs from Lo to Hi
// inclusive and has the specified stride. Lo and Hi must always be >= 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges defines the set of printable characters according to Go.
// ASCII space, U+0020, is handled separately.
var PrintRanges = []*RangeTable{L, M, N, P, S}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	// compared as uint32: a negative rune is in no table
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// isExcludingLatin is Is for a rune above Latin-1, which it need not search
// the table's Latin-1 ranges for.
func isExcludingLatin(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if off := rangeTab.LatinOffset; len(r16) > off && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16[off:], uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// is16 reports whether r is in the sorted, non-overlapping ranges.
func is16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := &ranges[m]
		switch {
		case r < rg.Lo:
			hi = m
		case r > rg.Hi:
			lo = m + 1
		default:
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

// is32 is is16 for 32-bit ranges (a twin, as in Go: a generic function
// cannot read the fields of its type parameter's two structs, and a closure
// per probe would cost IsLetter more than the copy).
func is32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := &ranges[m]
		switch {
		case r < rg.Lo:
			hi = m
		case r > rg.Hi:
			lo = m + 1
		default:
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in
// preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool { return In(r, ranges...) }

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool { return Is(Mark, r) }

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool { return Is(Symbol, r) }

// foldPair is an entry of caseOrbit: the next rune after From in its orbit
// under simple case folding.
type foldPair struct {
	From uint32
	To   uint32
}

// SimpleFold iterates over Unicode code points equivalent under the
// Unicode-defined simple case folding: the smallest rune > r if one exists,
// or else the smallest rune >= 0. If r is not a valid rune, it returns r.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	lo, hi := 0, len(caseOrbit)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rune(caseOrbit[m].From) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(caseOrbit) && rune(caseOrbit[lo].From) == r {
		return rune(caseOrbit[lo].To)
	}
	// a one- or two-element orbit: r and its other case
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
