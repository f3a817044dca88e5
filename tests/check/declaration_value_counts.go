// Declarations with more or fewer values than names: gc's arity errors,
// for package and local variables and constants, values inherited included.
package main

var a, b int = 1, 2, 3
var c, d, e = 1, 2

const (
	f, g = 1, 2, 3
	h, i = 4, 5
	j, k, l
)

const (
	m, n, o = 1, 2, 3
	p, q
)

func main() {
	var r, s = 1, 2, 3
	var t, u, v int = 1, 2
	const w, x = 1
	_, _, _, _, _ = r, s, t, u, v
}
