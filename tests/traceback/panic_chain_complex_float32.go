// Panic values of complex and float32 kinds, named and not, as a chain of
// panics raised while unwinding: each printed as Go's runtime prints it
// (main.MyF32(0.1), not its float64 digits; complex values in parentheses).
package main

type MyF32 float32
type MyC complex128
type MyC64 complex64

func main() {
	defer func() { panic(complex(1, 2)) }()
	defer func() { panic(MyC64(-0.5i)) }()
	defer func() { panic(MyC(1 + 2i)) }()
	defer func() { panic(MyF32(0.1)) }()
	panic(complex64(1.5i))
}
