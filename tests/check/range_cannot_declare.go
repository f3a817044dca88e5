// Range variables that are no identifiers, and range clauses that declare
// nothing new, over slices and over iterator functions alike.
package main

import "fmt"

func seq(yield func(int) bool) {
	for i := 0; i < 2; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	lines := []string{"a"}
	for 10, l := range lines {
		fmt.Println(l)
	}
	var a [2]int
	for a[0], x := range lines {
		fmt.Println(x)
	}
	for 3 := range seq {
	}
}

func blank() {
	for _ := range seq {
	}
	for _, _ = range []int{} {
	}
}
