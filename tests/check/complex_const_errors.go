// Complex constants: representability, division by zero, shifts and mixed kinds.
package main

func main() {
	var c complex128 = 1 + 2i
	var f float64 = 2
	_ = c + f
	_ = 1i / 0
	const k = real(1i) + imag(2)
	var u uint8 = 300 + 0i
	_ = c << 1
	_ = complex(1, 2i)
	var v complex64 = 1e100i
	const big = 1e400 + 0i
	println(k, u, v, big)
}
