// A range loop whose value variable is blank does not read the elements: a
// nil pointer to an array gives its indices, and an array is not copied.
package main

import "fmt"

type big [1 << 16]int

func main() {
	var arr *[10]int
	s := 0
	for i, _ := range arr {
		s += i
	}
	for i := range arr {
		s += i
	}
	var j int
	for j, _ = range arr {
	}
	fmt.Println(s, j)
	var b big
	n := 0
	for i, _ := range b {
		b[i] = i // not a copy: later elements see the writes
		n++
	}
	m := map[string]int{"a": 1, "b": 2}
	keys := 0
	for k, _ := range m {
		keys += len(k)
	}
	fmt.Println(n, b[1<<16-1], keys)
	for i, _ := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	defer func() { fmt.Println("recovered:", recover()) }()
	for _, v := range arr {
		fmt.Println(v)
	}
}
