// A field 1 GiB into a package variable: its address is beyond what a 32-bit
// displacement from the code may reach, so large data is addressed absolutely.
package main

import "fmt"

var big struct {
	pad [1 << 30]byte
	x   int
	arr [4]int
}

func main() {
	big.x = 5
	big.arr[3] = big.x * 2
	big.pad[len(big.pad)-1] = 9
	fmt.Println(big.x, big.arr[3], big.pad[len(big.pad)-1], len(big.pad))
}
