// gc rejects types whose size does not fit its address space (1<<50 bytes on amd64).
package main

var a [1 << 62]int

func main() { a[0] = 1; a[1<<61] = 7; println(a[0]) }
