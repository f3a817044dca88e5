package main

// An error in a constant's inherited value is reported at the constant.

const (
	ok = byte(iota + 253)
	bad
	barn
	bard
	lost
)

func main() {
	const (
		a int8 = 126 + iota
		b
		c
	)
}
