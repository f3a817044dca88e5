package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Queue struct{ items []string }

func (q *Queue) Enqueue(v string) { q.items = append(q.items, v) }
func (q *Queue) Dequeue() string {
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	var s Stack
	for i := 0; i < 5; i++ {
		s.Push(i * i)
	}
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	q := &Queue{}
	q.Enqueue("a")
	q.Enqueue("b")
	fmt.Println(q.Dequeue(), q.Dequeue(), len(q.items))
}
