// gc rejects types whose size does not fit its address space (1<<50 bytes on amd64).
package main

type T struct {
	a [1 << 61]int
	b int
}

func main() { var t T; t.b = 1; println(t.a[0]) }
