// Package cmp provides the Ordered constraint and comparisons of ordered values.
package cmp

// Ordered is the set of types whose values the operators < <= >= > order.
// Floating-point NaNs compare unordered; Compare and Less put them first.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x is less than y, a NaN being less than any non-NaN.
func Less[T Ordered](x, y T) bool {
	return x < y || (x != x && y == y)
}

// Compare returns -1, 0 or +1 as x is less than, equal to or greater than y. NaNs
// are equal to each other and less than any other value; -0.0 equals 0.0.
func Compare[T Ordered](x, y T) int {
	switch xnan, ynan := x != x, y != y; {
	case xnan && ynan:
		return 0
	case xnan:
		return -1
	case ynan:
		return +1
	case x < y:
		return -1
	case x > y:
		return +1
	}
	return 0
}

// Or returns the first of its arguments that is not the zero value, or the zero
// value if there is none.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
