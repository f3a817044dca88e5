// container/heap: a priority queue with Push, Pop, Fix and Remove, and Init of
// an unordered slice; equal keys come out in the order Go's heap gives them.
package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type Item struct {
	name     string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*Item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

func main() {
	h := &IntHeap{9, 2, 7, 4, 4, 1, 8, 3, 3, 6}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, 0)
	heap.Push(h, 5)
	fmt.Println(*h, (*h)[0])
	fmt.Println(heap.Remove(h, 3), *h)
	(*h)[2] = -5
	heap.Fix(h, 2)
	(*h)[0] = 100
	heap.Fix(h, 0)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	names := []string{"banana", "apple", "pear", "kiwi", "fig", "plum"}
	pq := PQ{}
	for i, n := range names {
		heap.Push(&pq, &Item{name: n, priority: (i * 7) % 5})
	}
	it := pq[len(pq)-1]
	it.priority = 10
	heap.Fix(&pq, it.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%s:%d ", it.name, it.priority)
	}
	fmt.Println()
}
