package main

import (
	"cmp"
	"fmt"
)

// Heap is a binary min-heap ordered by less.
type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func NewOrderedHeap[T cmp.Ordered]() *Heap[T] { return NewHeap(cmp.Less[T]) }

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	n := len(h.data) - 1
	h.data[0] = h.data[n]
	h.data = h.data[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < n && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top
}

type task struct {
	prio int
	name string
}

// TopK returns the k largest values.
func TopK[T cmp.Ordered](xs []T, k int) []T {
	h := NewOrderedHeap[T]()
	for _, x := range xs {
		h.Push(x)
		if h.Len() > k {
			h.Pop()
		}
	}
	out := make([]T, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = h.Pop()
	}
	return out
}

func main() {
	h := NewHeap(func(a, b task) bool { return a.prio < b.prio || (a.prio == b.prio && a.name < b.name) })
	for i, n := range []string{"write", "test", "ship", "plan", "fix"} {
		h.Push(task{(i * 7) % 4, n})
	}
	for h.Len() > 0 {
		fmt.Print(h.Pop(), " ")
	}
	fmt.Println()
	fmt.Println(TopK([]int{5, 1, 9, 3, 7, 9, 2}, 3))
	fmt.Println(TopK([]string{"pear", "apple", "fig", "kiwi"}, 2))
	fmt.Println(TopK([]float64{0.5, -1, 2.25}, 5))
}
