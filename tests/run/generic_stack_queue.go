package main

import "fmt"

// Stack is a LIFO of any element type.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

// Queue is a FIFO ring buffer that grows.
type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] {
	return &Queue[T]{buf: make([]T, capacity)}
}

func (q *Queue[T]) Push(v T) {
	if q.size == len(q.buf) {
		nb := make([]T, 2*len(q.buf)+1)
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if q.size == 0 {
		return zero, false
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

type point struct{ x, y int }

func main() {
	var s Stack[string]
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := s.Pop()
	fmt.Println("empty pop:", ok)

	q := NewQueue[point](1)
	for i := 0; i < 5; i++ {
		q.Push(point{i, i * i})
	}
	for {
		p, ok := q.Pop()
		if !ok {
			break
		}
		fmt.Printf("%v ", p)
	}
	fmt.Println()
	fmt.Printf("%T %T\n", s, q)
	var sp Stack[*point]
	sp.Push(&point{1, 2})
	p, _ := sp.Pop()
	fmt.Println(p.x, p.y)
}
