// Package slices provides generic functions on slices of any element type, and
// iterators over them.
//
// The sorts are package internal/sorting's (shared with package sort), so
// elements that compare equal end up where gc's slices.Sort puts them.
package slices

import (
	"cmp"
	"internal/sorting"
	"iter"
)

// Equal reports whether s1 and s2 have the same length and equal elements
// (NaNs are not equal to anything).
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is Equal with eq comparing the elements.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		if !eq(v1, s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares s1 and s2 element by element with cmp.Compare; a shorter
// slice that is a prefix of the other is less.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	return CompareFunc(s1, s2, cmp.Compare[E])
}

// CompareFunc is Compare with c comparing the elements.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, c func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if r := c(v1, s2[i]); r != 0 {
			return r
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Index returns the index of the first occurrence of v in s, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first element satisfying f, or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
//line slices.go:109
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether an element of s satisfies f.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
//line slices.go:125
	return IndexFunc(s, f) >= 0
}

// Insert inserts the values v at index i of s and returns the result; it panics
// if i is out of range.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
//line slices.go:137
	_ = s[i:] // the bounds check, with Go's panic
	m, n := len(v), len(s)
	if m == 0 {
		return s
	}
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		grown := append(s[:i], make(S, n+m-i)...)
		copy(grown[i:], v)
		copy(grown[i+m:], s[i:])
		return grown
	}
	// room in place; v may alias s, so keep a copy of it while the tail moves
	v = Clone(v)
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], v)
	return s
}

// Delete removes s[i:j] and returns the result, zeroing the elements past its
// end; it panics if s[i:j] is not a valid slice of s.
func Delete[S ~[]E, E any](s S, i, j int) S {
//line slices.go:225
	_ = s[i:j:len(s)] // the bounds check, with Go's panic
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):n])
	return s
}

// DeleteFunc removes the elements for which del returns true, zeroing the
// elements past the result's end.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	k := 0
	for _, v := range s {
		if !del(v) {
			s[k] = v
			k++
		}
	}
	clear(s[k:])
	return s[:k]
}

// Replace replaces s[i:j] with v and returns the result; it panics if s[i:j] is
// not a valid slice of s.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
//line slices.go:263
	_ = s[i:j] // the bounds check, with Go's panic
	if i == j {
		return Insert(s, i, v...)
	}
	n := len(s)
	total := i + len(v) + (n - j)
	if total > cap(s) {
		grown := append(s[:i], make(S, total-i)...)
		copy(grown[i:], v)
		copy(grown[i+len(v):], s[j:])
		return grown
	}
	v = Clone(v)
	r := s[:total]
	copy(r[i+len(v):], s[j:n])
	copy(r[i:], v)
	if total < n {
		clear(s[total:n])
	}
	return r
}

// Clone returns a copy of s (nil for nil).
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S([]E{}), s...)
}

// Compact replaces runs of equal elements by one copy of each, zeroing the
// elements past the result's end.
func Compact[S ~[]E, E comparable](s S) S {
	return CompactFunc(s, func(a, b E) bool { return a == b })
}

// CompactFunc is Compact with eq comparing neighbours; it keeps the first of
// each run.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	k := 1
	for i := 1; i < len(s); i++ {
		if !eq(s[k-1], s[i]) {
			s[k] = s[i]
			k++
		}
	}
	clear(s[k:])
	return s[:k]
}

// Grow makes room for n more elements without another allocation; it panics if
// n is negative.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Clip removes the unused capacity of s.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Reverse reverses the elements of s in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Concat returns a new slice of the elements of all the slices.
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	out := Grow[S](nil, size)
	for _, s := range slices {
		out = append(out, s...)
	}
	return out
}

// Repeat returns a new slice of count copies of x; it panics if count is
// negative or the length overflows.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = int(^uint(0) >> 1)
	if len(x) > 0 && count > maxInt/len(x) {
		panic("the result of (len(x) * count) overflows")
	}
	out := make(S, len(x)*count)
	n := copy(out, x)
	for n < len(out) {
		n += copy(out[n:], out[:n])
	}
	return out
}

// Max returns the maximal element of x (a NaN if there is one); it panics if x is
// empty.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max(m, x[i])
	}
	return m
}

// MaxFunc returns the first maximal element of x by c; it panics if x is empty.
func MaxFunc[S ~[]E, E any](x S, c func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if c(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

// Min returns the minimal element of x (a NaN if there is one); it panics if x is
// empty.
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min(m, x[i])
	}
	return m
}

// MinFunc returns the first minimal element of x by c; it panics if x is empty.
func MinFunc[S ~[]E, E any](x S, c func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if c(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

// ordered sorts a slice of ordered elements (NaNs first).
type ordered[E cmp.Ordered] []E

// (cmp.Less written out: a leaf method is inlined into the sort's loops)
func (s ordered[E]) Less(i, j int) bool {
	x, y := s[i], s[j]
	return x < y || (x != x && y == y)
}
func (s ordered[E]) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

// byFunc sorts a slice by a comparison function.
type byFunc[E any] struct {
	s   []E
	cmp func(a, b E) int
}

func (d byFunc[E]) Less(i, j int) bool { return d.cmp(d.s[i], d.s[j]) < 0 }
func (d byFunc[E]) Swap(i, j int)      { d.s[i], d.s[j] = d.s[j], d.s[i] }

// Sort sorts x in ascending order (NaNs first).
func Sort[S ~[]E, E cmp.Ordered](x S) {
	sorting.Sort(ordered[E](x), len(x))
}

// SortFunc sorts x by c (negative: a before b); it is not stable.
func SortFunc[S ~[]E, E any](x S, c func(a, b E) int) {
	sorting.Sort(byFunc[E]{x, c}, len(x))
}

// SortStableFunc sorts x by c, keeping equal elements in their order.
func SortStableFunc[S ~[]E, E any](x S, c func(a, b E) int) {
	sorting.Stable(byFunc[E]{x, c}, len(x))
}

// IsSorted reports whether x is in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted by c.
func IsSortedFunc[S ~[]E, E any](x S, c func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if c(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch finds target in sorted x: the position where it is or would be
// inserted, and whether it is there.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	i, j := 0, len(x)
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp.Less(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < len(x) && cmp.Compare(x[i], target) == 0
}

// BinarySearchFunc is BinarySearch with c comparing an element to the target.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, c func(E, T) int) (int, bool) {
	i, j := 0, len(x)
	for i < j {
		h := int(uint(i+j) >> 1)
		if c(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < len(x) && c(x[i], target) == 0
}

// All is an iterator over the indexes and elements of s.
func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

// Backward is All from the last element to the first.
func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

// Values is an iterator over the elements of s.
func Values[Slice ~[]E, E any](s Slice) iter.Seq[E] {
	return func(yield func(E) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

// AppendSeq appends the values of seq to s.
func AppendSeq[Slice ~[]E, E any](s Slice, seq iter.Seq[E]) Slice {
	seq(func(v E) bool {
		s = append(s, v)
		return true
	})
	return s
}

// Collect returns a new slice of the values of seq.
func Collect[E any](seq iter.Seq[E]) []E {
	return AppendSeq([]E(nil), seq)
}

// Sorted returns a new, sorted slice of the values of seq.
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E {
	s := Collect(seq)
	Sort(s)
	return s
}

// SortedFunc returns a new slice of the values of seq, sorted by c.
func SortedFunc[E any](seq iter.Seq[E], c func(E, E) int) []E {
	s := Collect(seq)
	SortFunc(s, c)
	return s
}

// SortedStableFunc returns a new slice of the values of seq, stably sorted by c.
func SortedStableFunc[E any](seq iter.Seq[E], c func(E, E) int) []E {
	s := Collect(seq)
	SortStableFunc(s, c)
	return s
}

// Chunk is an iterator over consecutive sub-slices of s of n elements (the last
// may be shorter); it panics if n is less than 1.
func Chunk[Slice ~[]E, E any](s Slice, n int) iter.Seq[Slice] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(Slice) bool) {
		for i := 0; i < len(s); i += n {
			end := min(n, len(s[i:])) + i
			if !yield(s[i:end:end]) {
				return
			}
		}
	}
}
