// Package sort provides primitives for sorting slices and user-defined collections.
// The algorithms are package internal/sorting's, shared with package slices.
package sort

import (
	"internal/rt"
	"internal/sorting"
)

// Interface is what Sort needs of a collection: its length, an order, and a swap.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type lessSwap struct {
	less func(i, j int) bool
	swap func(i, j int)
}

func (d lessSwap) Less(i, j int) bool { return d.less(i, j) }
func (d lessSwap) Swap(i, j int)      { d.swap(i, j) }

// Sort sorts data in ascending order as determined by the Less method.
func Sort(data Interface) {
	sorting.Sort(data, data.Len())
}

// Stable sorts data, keeping the original order of equal elements.
func Stable(data Interface) {
	sorting.Stable(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// Slice sorts the slice x given the provided less function.
func Slice(x any, less func(i, j int) bool) {
	sorting.Sort(lessSwap{less, func(i, j int) { rt.SliceSwap(x, i, j) }}, rt.SliceLen(x))
}

// SliceStable sorts the slice x, keeping the original order of equal elements.
func SliceStable(x any, less func(i, j int) bool) {
	sorting.Stable(lessSwap{less, func(i, j int) { rt.SliceSwap(x, i, j) }}, rt.SliceLen(x))
}

// SliceIsSorted reports whether the slice x is sorted according to less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	for i := rt.SliceLen(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// IntSlice attaches the methods of Interface to []int.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// Float64Slice attaches the methods of Interface to []float64 (NaNs first).
type Float64Slice []float64

func (x Float64Slice) Len() int           { return len(x) }
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()              { Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice attaches the methods of Interface to []string.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()              { Sort(x) }

// Search returns the result of applying SearchStrings to the receiver and x.
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts a slice of ints in increasing order. (As Go's, which calls
// slices.Sort: the sort is instantiated with the slice type, so its
// comparisons are direct calls, inlined, rather than calls through
// Interface. The order of equal elements is the same either way.)
func Ints(x []int) { sorting.Sort(IntSlice(x), len(x)) }

// Float64s sorts a slice of float64s in increasing order (NaNs first).
func Float64s(x []float64) { sorting.Sort(Float64Slice(x), len(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { sorting.Sort(StringSlice(x), len(x)) }

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// Float64sAreSorted reports whether x is sorted in increasing order.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface { return &reverse{data} }

type reverse struct{ Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Search returns the smallest index i in [0, n) at which f(i) is true, assuming
// that f(i) == true implies f(i+1) == true; n if there is none.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find returns the smallest index i in [0, n) at which cmp(i) <= 0, assuming
// cmp is positive, then zero, then negative over the range; found reports
// whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// SearchInts searches for x in a sorted slice of ints.
func SearchInts(a []int, x int) int { return Search(len(a), func(i int) bool { return a[i] >= x }) }

// SearchStrings searches for x in a sorted slice of strings.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s searches for x in a sorted slice of float64s.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
