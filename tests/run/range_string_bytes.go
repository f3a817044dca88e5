// Ranging over []byte(s) reads s's bytes (no copy is observable); the loop
// variables, blank forms and defined byte-slice types.
package main

import "fmt"

type B []byte

func main() {
	s := "héllo"
	for i, c := range []byte(s) {
		fmt.Println(i, c)
	}
	for i := range []byte("abc") {
		fmt.Println(i)
	}
	for _, c := range B(s + "!") {
		fmt.Print(c, " ")
	}
	fmt.Println()
	n := 0
	for range []byte(s) {
		n++
	}
	fmt.Println(n)
}
