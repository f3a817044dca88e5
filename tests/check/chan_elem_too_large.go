// Channel elements of 64 KiB or more are rejected, as gc does: at each
// declaration whose type reaches such a channel, but once for a named type.
package main

type Big struct{ a [100000]int }

type Holder struct {
	c chan [1 << 16]byte
}

var global chan [70000]byte

func f(c chan Big) {}

func main() {
	ch := make(chan Big, 1)
	var h *Holder
	ok := make(chan [65535]byte)
	_, _, _ = ch, h, ok
}
