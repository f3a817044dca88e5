package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	n := 0
	for _, _ = range m {
		n++
	}
	for _ = range "héllo" {
		n++
	}
	var k string
	for k, _ = range map[string]bool{"z": true} {
	}
	var v int
	for _, v = range []int{4, 5} {
	}
	var i int
	for i = range 3 {
	}
	fmt.Println(n, k, v, i)
}
