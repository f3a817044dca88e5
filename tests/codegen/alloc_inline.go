package main

// new(T) of an escaping value bumps the M's allocation region inline; the
// runtime is called only on the cold path.
type point struct{ x, y int }

func mk(x, y int) *point { return &point{x, y} }

func main() { println(mk(1, 2).y) }
