// Package sort provides primitives for sorting slices and user-defined collections.
//
// The unstable sorts use pattern-defeating quicksort with the same pivot choices,
// pattern breaking and thresholds as Go's implementation, so that elements that
// compare equal end up in the same order as with gc.
package sort

import "internal/rt"

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

// Sort sorts data in ascending order as determined by the Less method.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(lessSwap{data.Less, data.Swap}, 0, n, bitLen(uint(n)))
}

// Stable sorts data, keeping the original order of equal elements.
func Stable(data Interface) {
	stable(lessSwap{data.Less, data.Swap}, data.Len())
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
	n := rt.SliceLen(x)
	pdqsort(lessSwap{less, func(i, j int) { rt.SliceSwap(x, i, j) }}, 0, n, bitLen(uint(n)))
}

// SliceStable sorts the slice x, keeping the original order of equal elements.
func SliceStable(x any, less func(i, j int) bool) {
	stable(lessSwap{less, func(i, j int) { rt.SliceSwap(x, i, j) }}, rt.SliceLen(x))
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

// Float64Slice attaches the methods of Interface to []float64 (NaNs first).
type Float64Slice []float64

func (x Float64Slice) Len() int           { return len(x) }
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()              { Sort(x) }

// StringSlice attaches the methods of Interface to []string.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()              { Sort(x) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts a slice of float64s in increasing order (NaNs first).
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

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

func bitLen(x uint) int {
	n := 0
	for ; x != 0; x >>= 1 {
		n++
	}
	return n
}

type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

type xorshift uint64

func (r *xorshift) next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

func insertionSort(d lessSwap, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && d.less(j, j-1); j-- {
			d.swap(j, j-1)
		}
	}
}

func siftDown(d lessSwap, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && d.less(first+child, first+child+1) {
			child++
		}
		if !d.less(first+root, first+child) {
			return
		}
		d.swap(first+root, first+child)
		root = child
	}
}

func heapSort(d lessSwap, a, b int) {
	first, hi := a, b-a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(d, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		d.swap(first, first+i)
		siftDown(d, 0, i, first)
	}
}

func pdqsort(d lessSwap, a, b, limit int) {
	const maxInsertion = 12
	wasBalanced, wasPartitioned := true, true
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSort(d, a, b)
			return
		}
		if limit == 0 {
			heapSort(d, a, b)
			return
		}
		if !wasBalanced {
			breakPatterns(d, a, b)
			limit--
		}
		pivot, hint := choosePivot(d, a, b)
		if hint == decreasingHint {
			reverseRange(d, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if wasBalanced && wasPartitioned && hint == increasingHint && partialInsertionSort(d, a, b) {
			return
		}
		if a > 0 && !d.less(a-1, pivot) {
			a = partitionEqual(d, a, b, pivot)
			continue
		}
		mid, already := partition(d, a, b, pivot)
		wasPartitioned = already
		left, right := mid-a, b-mid
		threshold := length / 8
		if left < right {
			wasBalanced = left >= threshold
			pdqsort(d, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = right >= threshold
			pdqsort(d, mid+1, b, limit)
			b = mid
		}
	}
}

func partition(d lessSwap, a, b, pivot int) (int, bool) {
	d.swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && d.less(i, a) {
		i++
	}
	for i <= j && !d.less(j, a) {
		j--
	}
	if i > j {
		d.swap(j, a)
		return j, true
	}
	d.swap(i, j)
	i++
	j--
	for {
		for i <= j && d.less(i, a) {
			i++
		}
		for i <= j && !d.less(j, a) {
			j--
		}
		if i > j {
			break
		}
		d.swap(i, j)
		i++
		j--
	}
	d.swap(j, a)
	return j, false
}

func partitionEqual(d lessSwap, a, b, pivot int) int {
	d.swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !d.less(a, i) {
			i++
		}
		for i <= j && d.less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		d.swap(i, j)
		i++
		j--
	}
}

func partialInsertionSort(d lessSwap, a, b int) bool {
	const maxSteps, shortestShifting = 5, 50
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !d.less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		d.swap(i, i-1)
		if i-a >= 2 {
			for j := i - 1; j >= 1 && d.less(j, j-1); j-- {
				d.swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b && d.less(j, j-1); j++ {
				d.swap(j, j-1)
			}
		}
	}
	return false
}

func breakPatterns(d lessSwap, a, b int) {
	length := b - a
	if length < 8 {
		return
	}
	random := xorshift(length)
	modulus := uint(1) << uint(bitLen(uint(length)))
	for idx := a + (length/4)*2 - 1; idx <= a+(length/4)*2+1; idx++ {
		other := int(uint(random.next()) & (modulus - 1))
		if other >= length {
			other -= length
		}
		d.swap(idx, a+other)
	}
}

func choosePivot(d lessSwap, a, b int) (int, sortedHint) {
	const shortestNinther, maxSwaps = 50, 4 * 3
	l := b - a
	swaps := 0
	i, j, k := a+l/4*1, a+l/4*2, a+l/4*3
	if l >= 8 {
		if l >= shortestNinther {
			i = medianAdjacent(d, i, &swaps)
			j = medianAdjacent(d, j, &swaps)
			k = medianAdjacent(d, k, &swaps)
		}
		j = median(d, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

func order2(d lessSwap, a, b int, swaps *int) (int, int) {
	if d.less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

func median(d lessSwap, a, b, c int, swaps *int) int {
	a, b = order2(d, a, b, swaps)
	b, c = order2(d, b, c, swaps)
	a, b = order2(d, a, b, swaps)
	return b
}

func medianAdjacent(d lessSwap, a int, swaps *int) int {
	return median(d, a-1, a, a+1, swaps)
}

func reverseRange(d lessSwap, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		d.swap(i, j)
	}
}

func stable(d lessSwap, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(d, a, b)
		a = b
		b += blockSize
	}
	insertionSort(d, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMerge(d, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMerge(d, a, m, n)
		}
		blockSize *= 2
	}
}

// symMerge merges the sorted runs d[a:m] and d[m:b] in place (Kim and Kutzner's
// SymMerge), with a < m < b.
func symMerge(d lessSwap, a, m, b int) {
	if m-a == 1 {
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if d.less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			d.swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !d.less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			d.swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !d.less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(d, start, m, end)
	}
	if a < start && start < mid {
		symMerge(d, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(d, mid, end, b)
	}
}

func swapRange(d lessSwap, a, b, n int) {
	for i := 0; i < n; i++ {
		d.swap(a+i, b+i)
	}
}

// rotate turns the blocks d[a:m] d[m:b] into d[m:b] d[a:m].
func rotate(d lessSwap, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(d, m-i, m, j)
			i -= j
		} else {
			swapRange(d, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(d, m-i, m, i)
}
