package main

// A local array indexed by a variable, which does not escape, lives on the
// goroutine's side stack: the frame bumps g.side.sp on entry (calling the
// runtime only when the segment is full), keeps the g.side.sp and g.side.hi
// it found in the frame's first 16 bytes, zeroes the array at its
// declaration, reaches it from g.side.sp (the frame's end while it runs), and
// puts g.side.sp and g.side.hi back on return. A composite
// literal whose address is taken is allocated once, on the heap.
type big struct{ a, b, c, d int }

func digit(i int) byte {
	var a [64]byte
	a[i] = '0' + byte(i)
	return a[i]
}

func mk(x int) *big { return &big{x, x, x, x} }

func main() { println(digit(7), mk(3).d) }
