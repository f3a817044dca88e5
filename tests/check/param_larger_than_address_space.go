// gc rejects types whose size does not fit its address space (1<<50 bytes on amd64).
package main

func f(x [1 << 60]byte) {}

func main() { println("y") }
