package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["four"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	_, ok = m["zero"]
	fmt.Println(ok)
	delete(m, "one")
	fmt.Println(m)
	var nilmap map[string]bool
	fmt.Println(nilmap["x"], len(nilmap))
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts)
	type key struct{ a, b int }
	km := map[key]string{{1, 2}: "x"}
	km[key{3, 4}] = "y"
	fmt.Println(km[key{1, 2}], km)
	clear(m)
	fmt.Println(len(m))
}
