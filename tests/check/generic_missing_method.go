package main

type Stringer interface{ String() string }

func Show[T Stringer](x T) string { return x.String() }

type point struct{ x, y int }

func main() {
	println(Show(point{1, 2}))
}
