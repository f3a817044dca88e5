// A package variable whose initializer reaches it again through functions
// and methods: gc reports the path, from the variable, in source order.
package main

type T struct{}

func (T) m() int { return x }

var x = T{}.m()

var a = f()
var b = 2

func f() int { return g() + b }
func g() int { return a }

var p, q = two()

func two() (int, int) { return q, 1 }

func main() { println(x, a, b, p, q) }
