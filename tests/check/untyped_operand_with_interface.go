// An untyped constant meets an interface operand: converted to its default
// type for a comparison, a mismatch for arithmetic (types2's mayConvert).
package main

import "fmt"

func main() {
	var i interface{} = 1
	fmt.Println(i == 1, i != "x", 2 == i)
	fmt.Println(i + 1)
	fmt.Println("s" + i)
}
