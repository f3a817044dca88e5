// Each variable of a spec is initialized with its own value, so one may use
// a sibling declared before or after it in the same spec.
package main

import "fmt"

var a, b = 1, a + 1
var c, d = d * 2, 5

func pair() (int, int) { return 7, 8 }

var e, f = pair()

func main() {
	g, h := 3, 4
	var i, j = h, g
	fmt.Println(a, b, c, d, e, f, i, j)
}
