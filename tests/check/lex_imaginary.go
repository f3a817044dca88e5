package main

func main() {
	c := 3i
	_ = c
}

// minigo rejects this program on purpose: minigo has no complex numbers; Go accepts this program.
// minigo-want: lex_imaginary.go:4:7: minigo does not support complex numbers
