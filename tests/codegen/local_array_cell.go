package main

// A local array indexed by a variable lives in a heap cell: its zero value is
// allocated once, as the cell (not allocated, then copied into another), and
// so is a composite literal whose address is taken.
type big struct{ a, b, c, d int }

func digit(i int) byte {
	var a [64]byte
	a[i] = '0' + byte(i)
	return a[i]
}

func mk(x int) *big { return &big{x, x, x, x} }

func main() { println(digit(7), mk(3).d) }
