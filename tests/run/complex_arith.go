// Complex numbers: constants, arithmetic, comparison, conversion, the
// complex/real/imag built-ins, and printing with println and fmt.
package main

import (
	"fmt"
	"math"
)

const (
	I     = 1i
	Big   = 1e300 + 1e300i
	Exact = (1 + 2i) * (3 - 4i) / (1 + 1i)
	Re    = real(Exact)
	Im    = imag(3.5)
)

type Point struct {
	Name string
	Z    complex128
	W    complex64
}

func div(a, b complex128) complex128 { return a / b }

func main() {
	// constants
	fmt.Println(I*I, Big, Exact, Re, Im)
	var f float64 = 1 + 0i
	var n int = 2.0 + 0i
	fmt.Println(f, n, 0x10i, 0o17i, 0b101i, 17i, 1_000i, 0x1p-2i, 1e3i)
	fmt.Printf("%T %T %T\n", I, Re, complex(1, 2))

	// arithmetic and assignment operators
	a, b := complex(1.5, -2), 3+4i
	fmt.Println(a+b, a-b, a*b, a/b, -a, +a)
	c := a
	c += b
	c *= 2i
	c -= 1
	c /= 2
	c++
	fmt.Println(c, real(c), imag(c))

	// complex64: each operation rounds to float32 parts
	var s complex64 = 1.0 / 3
	s *= s
	fmt.Println(s, complex128(s), complex64(1e10+1i), real(s)*3)
	println(s, a, I)

	// special values
	zero := 0.0
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(div(1, 0), div(0, 0), div(complex(inf, 1), 2), div(1, complex(inf, inf)))
	fmt.Println(div(complex(nan, 1), 1), complex(zero, -zero), -complex(zero, zero))
	fmt.Println(div(1e300+1e300i, 1e-300+1e-300i), div(1e-300+1e-300i, 1e300+1e-300i))

	// comparison
	x := complex(nan, 0)
	fmt.Println(a == complex(1.5, -2), a != b, x == x, complex(0, zero) == complex(-zero, 0))

	// in composite values, interfaces and maps
	pts := []Point{{"o", 0, 0}, {"p", 1 + 1i, 2 - 3i}}
	fmt.Println(pts)
	fmt.Printf("%v %+v\n", pts[1], pts[1])
	var e any = b
	if z, ok := e.(complex128); ok {
		fmt.Println("complex128", z, e == any(3+4i), e == any(complex64(3+4i)))
	}
	switch v := e.(type) {
	case complex64:
		fmt.Println("c64", v)
	case complex128:
		fmt.Println("c128", v)
	}
	m := map[complex128]string{1i: "i", -1: "minus one", complex(zero, 0): "zero"}
	m[complex(-zero, -zero)] += " (negative zero too)"
	m[x] = "nan"
	m[x] = "another nan"
	fmt.Println(len(m), m[1i], m[0], m[-1])
	arr := [3]complex64{1, 1i, -1}
	arr2 := arr
	arr2[1] = 1i
	fmt.Println(arr, arr == arr2)

	// formatting verbs, widths and flags apply to each part
	fmt.Printf("%v|%g|%.2f|%e|%E|%8.3f|%-8.1f|%+.1f|% .1f|%x\n", b, b, b, b, b, b, b, b, b, 1+2i)
	fmt.Printf("%d|%s\n", b, b)
	fmt.Println(fmt.Sprint(complex64(0.1+0.2i)), fmt.Sprintf("%v", complex(inf, nan)))
}
