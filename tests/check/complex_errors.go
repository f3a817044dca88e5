// Complex numbers: which operators, conversions and built-in calls gc rejects.
package main

func main() {
	var c complex128 = 1 + 2i
	var f float64 = 2
	var i int = 3
	_ = c < c
	_ = c % c
	_ = float64(c)
	_ = complex128(f)
	_ = complex(f, i)
	_ = complex(i, i)
	_ = real(f)
	_ = imag(i)
	var g float64 = 1i
	var h int = 1.5 + 0i
	_ = c + f
	_ = 1i / 0
	const k = real(1i) + imag(2)
	var u uint8 = 300 + 0i
	_ = c << 1
	_ = complex(1, 2i)
	println(g, h, k, u)
}
