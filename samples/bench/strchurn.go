// String churn: strings built by conversion and concatenation and dropped;
// the last 64 joined strings (about 40 MB) stay alive.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var window [64]string
	n := 0
	for round := 0; round < 300; round++ {
		parts := make([]string, 0, 10000)
		for i := 0; i < 10000; i++ {
			parts = append(parts, "item-"+strconv.Itoa(round*1000+i))
		}
		s := strings.Join(parts, ",")
		n += len(s) + strings.Count(s, "9")
		window[round%len(window)] = s
	}
	for _, s := range window {
		n += len(s)
	}
	fmt.Println(n)
}
