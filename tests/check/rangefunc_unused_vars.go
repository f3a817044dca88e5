// Variables of a range-over-func loop must be used, as those of any loop.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	for i := range slices.All([]int{1, 2}) {
	}
	for _, v := range slices.All([]int{1, 2}) {
		fmt.Println(v)
	}
	var k string
	var n int
	for k, n = range maps.All(map[string]int{"a": 1}) {
	}
	for x := range slices.Values([]int{3}) {
		func() { fmt.Println(x) }()
	}
	for a, b := range maps.All(map[string]int{"a": 1}) {
		_ = a
	}
}
