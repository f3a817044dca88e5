// gc rejects types whose size does not fit its address space (1<<50 bytes on amd64).
package main

type U [1 << 40][1 << 30]byte

func main() { var p *U; println(p == nil) }
