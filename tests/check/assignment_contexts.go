// Assignment errors name their context as types2 does: a multiple
// assignment, the results of a multi-valued call by position, a comma-ok's
// second value, the blank identifier.
package main

func f() (int, int)          { return 1, 2 }
func f3() (int, int, string) { return 1, 2, "" }

func main() {
	x, err := 1, nil
	var a, b int
	a, b = "s", 2
	var c string
	c, b = f()
	var s string
	_, s, b = f3()
	var m map[string]int
	b, s = m["x"]
	_ = nil
	var d int
	_, d = nil, 1
	_, _, _, _, _, _ = x, err, a, c, s, d
}
