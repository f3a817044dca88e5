// gc rejects types whose size does not fit its address space (1<<50 bytes on amd64).
package main

func main() {
	var x [1 << 50]int64
	x[1] = 2
	println(x[1])
}
