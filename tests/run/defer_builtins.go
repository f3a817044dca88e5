// defer of copy, delete and clear: operands evaluated at the defer, the
// operation at return; delete of an unhashable key panics when it runs.
package main

import "fmt"

func f(m map[string]int, s []int) {
	defer delete(m, "a")
	defer copy(s, []int{7, 8, 9})
	defer clear(s[2:])
	k := "b"
	defer delete(m, k)
	k = "c"
	m["a"], m["b"], m["c"] = 1, 2, 3
	fmt.Println(len(m), s)
}

func kv() (map[string]int, string) { return map[string]int{"x": 1}, "x" }

func main() {
	m := map[string]int{}
	s := []int{1, 2, 3, 4}
	f(m, s)
	fmt.Println(m, s)
	mm, _ := kv()
	func() {
		defer delete(kv())
		defer delete(mm, "x")
	}()
	fmt.Println(mm)
	var any1 map[any]int = map[any]int{1: 1}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer delete(any1, []int{1})
	}()
}
