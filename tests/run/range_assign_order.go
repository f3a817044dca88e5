package main

import "fmt"

// The left sides of a range (or receive) assignment are evaluated before any of
// them is assigned, as in an assignment statement.
func main() {
	x := []int{10, 20}
	i := 1
	for i, x[i] = range []int{99} {
		break
	}
	fmt.Println(i, x)

	m := map[string]int{}
	k := "old"
	for k, m[k] = range map[string]int{"new": 5} {
	}
	fmt.Println(k, m)

	arr := [3]string{}
	j := 2
	ch := make(chan string, 1)
	ch <- "v"
	var ok bool
	select {
	case arr[j], ok = <-ch:
		j = 0
	}
	fmt.Println(arr, ok, j)
}
