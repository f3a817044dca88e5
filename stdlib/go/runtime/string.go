package runtime

import "unsafe"

// cmpstring orders strings for the operators < <= > >= and min and max: -1,
// 0 or +1 as a is less than, equal to or greater than b. The first byte that
// differs decides, else the shorter string is the lesser. Keys that differ
// early, as most keys compared by a sort or a search do, are settled by the
// loop here, on the goroutine's own stack; what is left of a common prefix
// longer than 16 bytes goes to the C library's vectorised memcmp (cmpbody),
// which runs on the system stack. Strings that share their bytes (substrings
// of one string, copies of one value) differ only in length.
func cmpstring(a, b string) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	if unsafe.StringData(a) == unsafe.StringData(b) {
		n = 0
	}
	for i := 0; i < n; i++ {
		if i == 16 {
			return cmpbody(a[i:], b[i:])
		}
		if x, y := a[i], b[i]; x != y {
			if x < y {
				return -1
			}
			return +1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return +1
	}
	return 0
}

// cmpbody is cmpstring for strings with a long common prefix.
func cmpbody(a, b string) int
