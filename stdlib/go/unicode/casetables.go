package unicode

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// If the Delta field of a CaseRange is UpperLower, it means this CaseRange
// represents a sequence of the form (say) Upper Lower Upper Lower.
const UpperLower = MaxRune + 1

type d [MaxCase]rune

// CaseRange represents a range of Unicode code points for simple (one code
// point to one code point) case conversion. The range runs from Lo to Hi
// inclusive, with a fixed stride of 1. Deltas are the number to add to the
// code point to reach the code point for a different case for that character;
// they may be negative, and zero means map to itself.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish.
// Methods of SpecialCase customize (by overriding) the standard mappings.
type SpecialCase []CaseRange

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune { return special.to(UpperCase, r, ToUpper) }

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune { return special.to(TitleCase, r, ToTitle) }

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune { return special.to(LowerCase, r, ToLower) }

// to maps r to case c by the special ranges, else by the standard mapping.
func (special SpecialCase) to(c int, r rune, standard func(rune) rune) rune {
	if r1, ok := mapCase(c, r, special); ok {
		return r1
	}
	return standard(r)
}

// mapCase maps r to case c using the sorted ranges; whether a range held r.
func mapCase(c int, r rune, ranges []CaseRange) (rune, bool) {
	if c < 0 || c >= MaxCase {
		return ReplacementChar, false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := ranges[m]
		switch {
		case rune(cr.Lo) > r:
			hi = m
		case r > rune(cr.Hi):
			lo = m + 1
		default:
			delta := cr.Delta[c]
			if delta > MaxRune {
				// UpperLower: alternating upper and lower case, starting
				// with upper at Lo; title is upper
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(c&1)), true
			}
			return r + delta, true
		}
	}
	return r, false
}

// TurkishCase and AzeriCase map dotted and dotless I as Turkish and Azeri
// write them: i ↔ İ, ı ↔ I.
var (
	TurkishCase SpecialCase = turkishCase
	AzeriCase   SpecialCase = turkishCase
)

var turkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	r, _ = mapCase(_case, r, caseRanges)
	return r
}

// CaseRanges is the table describing case mappings for all letters with
// non-self mappings.
var CaseRanges = caseRanges
