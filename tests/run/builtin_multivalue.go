// copy and delete take their two operands from one call returning both.
package main

import "fmt"

func pair(a []byte) ([]byte, []byte) { return a, []byte("xyz") }

func withString(a []byte) ([]byte, string) { return a, "hi" }

func entry(m map[any]int) (map[any]int, int) { return m, 1 }

func main() {
	a := []byte("abcdef")
	n := copy(pair(a))
	fmt.Println(n, string(a))
	n = copy(withString(a))
	fmt.Println(n, string(a))
	m := map[any]int{1: 10, 2: 20, "1": 30}
	delete(entry(m))
	fmt.Println(len(m), m[2], m["1"])
}
