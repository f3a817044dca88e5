// append(s, x...) needs x assignable to []E, not to s's type: two named slice
// types with the same element type mix; the result has the first one's type.
package main

import "fmt"

type T1 []int
type T2 []int

func main() {
	t1 := T1{1}
	t2 := T2{2, 3}
	r := append(t1, t2...)
	fmt.Printf("%T %v\n", r, r)
	b := append([]byte("a"), "bc"...)
	type Bytes []byte
	c := append(Bytes("x"), b...)
	fmt.Printf("%T %s\n", c, c)
}
