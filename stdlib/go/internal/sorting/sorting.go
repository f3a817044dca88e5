// Package sorting holds the sorting algorithms of packages sort and slices, written
// once over any type with Less and Swap: pattern-defeating quicksort with the same
// pivot choices, pattern breaking and thresholds as Go's implementation (so that
// elements that compare equal end up in the same order as with gc), and the
// stable insertion-sort-and-SymMerge sort.
//
// Each caller instantiates them with its own data type (sort's closures, slices'
// element slices), so the comparisons are direct calls of that type's methods.
package sorting

// Data is a collection of n elements indexed 0..n-1.
type Data interface {
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts the first n elements of d; it is not stable.
func Sort[D Data](d D, n int) {
	if n > 1 {
		pdqsort(d, 0, n, bitLen(uint(n)))
	}
}

// Stable sorts the first n elements of d, keeping equal elements in order.
func Stable[D Data](d D, n int) {
	stable(d, n)
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

func insertionSort[D Data](d D, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && d.Less(j, j-1); j-- {
			d.Swap(j, j-1)
		}
	}
}

func siftDown[D Data](d D, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && d.Less(first+child, first+child+1) {
			child++
		}
		if !d.Less(first+root, first+child) {
			return
		}
		d.Swap(first+root, first+child)
		root = child
	}
}

func heapSort[D Data](d D, a, b int) {
	first, hi := a, b-a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(d, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		d.Swap(first, first+i)
		siftDown(d, 0, i, first)
	}
}

func pdqsort[D Data](d D, a, b, limit int) {
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
		if a > 0 && !d.Less(a-1, pivot) {
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

func partition[D Data](d D, a, b, pivot int) (int, bool) {
	d.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && d.Less(i, a) {
		i++
	}
	for i <= j && !d.Less(j, a) {
		j--
	}
	if i > j {
		d.Swap(j, a)
		return j, true
	}
	d.Swap(i, j)
	i++
	j--
	for {
		for i <= j && d.Less(i, a) {
			i++
		}
		for i <= j && !d.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		d.Swap(i, j)
		i++
		j--
	}
	d.Swap(j, a)
	return j, false
}

func partitionEqual[D Data](d D, a, b, pivot int) int {
	d.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !d.Less(a, i) {
			i++
		}
		for i <= j && d.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		d.Swap(i, j)
		i++
		j--
	}
}

func partialInsertionSort[D Data](d D, a, b int) bool {
	const maxSteps, shortestShifting = 5, 50
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !d.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		d.Swap(i, i-1)
		if i-a >= 2 {
			for j := i - 1; j >= 1 && d.Less(j, j-1); j-- {
				d.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b && d.Less(j, j-1); j++ {
				d.Swap(j, j-1)
			}
		}
	}
	return false
}

func breakPatterns[D Data](d D, a, b int) {
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
		d.Swap(idx, a+other)
	}
}

func choosePivot[D Data](d D, a, b int) (int, sortedHint) {
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

func order2[D Data](d D, a, b int, swaps *int) (int, int) {
	if d.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

func median[D Data](d D, a, b, c int, swaps *int) int {
	a, b = order2(d, a, b, swaps)
	b, c = order2(d, b, c, swaps)
	a, b = order2(d, a, b, swaps)
	return b
}

func medianAdjacent[D Data](d D, a int, swaps *int) int {
	return median(d, a-1, a, a+1, swaps)
}

func reverseRange[D Data](d D, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		d.Swap(i, j)
	}
}

func stable[D Data](d D, n int) {
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
func symMerge[D Data](d D, a, m, b int) {
	if m-a == 1 {
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if d.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			d.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !d.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			d.Swap(k, k-1)
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
		if !d.Less(p-c, c) {
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

func swapRange[D Data](d D, a, b, n int) {
	for i := 0; i < n; i++ {
		d.Swap(a+i, b+i)
	}
}

// rotate turns the blocks d[a:m] d[m:b] into d[m:b] d[a:m].
func rotate[D Data](d D, a, m, b int) {
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
