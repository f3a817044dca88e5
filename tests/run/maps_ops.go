package main

import (
	"fmt"
	"sort"
)

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	v, ok := m["two"]
	fmt.Println(v, ok, len(m))
	v, ok = m["four"]
	fmt.Println(v, ok)
	delete(m, "two")
	delete(m, "nope")
	fmt.Println(len(m), m)
	m["one"] += 10
	m["new"]++
	fmt.Println(m)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
	clear(m)
	fmt.Println(len(m), m)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	type pt struct{ x, y int }
	grid := map[pt]string{{1, 2}: "a", {0, 0}: "o"}
	grid[pt{1, 2}] += "b"
	fmt.Println(grid[pt{1, 2}], grid[pt{5, 5}] == "", len(grid))
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	nested["b"] = append(nested["b"], 3)
	fmt.Println(nested)
	var ifm = map[any]int{1: 1, "a": 2, 2.5: 3}
	fmt.Println(ifm[1], ifm["a"], ifm[2.5], ifm[false])
}
