package main

import "fmt"

type stack []int

func (s *stack) push(v int) { *s = append(*s, v) }

func main() {
	var s stack
	func() {
		for i := range 5 {
			defer s.push(i * i)
		}
	}()
	fmt.Println(s)
	total := 0
	func() {
		defer func() { total += 100 }()
		for _, v := range s {
			total += v
		}
	}()
	fmt.Println(total)
	fns := map[string]func() int{}
	for _, k := range []string{"a", "b"} {
		fns[k] = func() int {
			r := 0
			defer func() { r += len(k) }()
			return r
		}
	}
	fmt.Println(fns["a"](), fns["b"]())
}
