// gc rejects types whose size does not fit its address space (1<<50 bytes on amd64).
package main

type T struct {
	a [1 << 49]int64
	b [1 << 49]int64
}

func main() { var p *T; println(p == nil) }
