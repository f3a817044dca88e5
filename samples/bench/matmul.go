// matmul: a dense matrix product over slices of rows (bounds checks in the
// inner loop, floating-point multiply-add).
package main

import "fmt"

func matrix(n int, seed float64) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			m[i][j] = seed * float64(i-j) * float64(i+j)
		}
	}
	return m
}

func mul(a, b [][]float64) [][]float64 {
	n := len(a)
	c := make([][]float64, n)
	for i := range c {
		c[i] = make([]float64, n)
		ci := c[i]
		for k, aik := range a[i] {
			bk := b[k]
			for j := range ci {
				ci[j] += aik * bk[j]
			}
		}
	}
	return c
}

func main() {
	n := 300
	a, b := matrix(n, 1.0/float64(n)/float64(n)), matrix(n, 2.0/float64(n)/float64(n))
	var c [][]float64
	for r := 0; r < 25; r++ {
		c = mul(a, b)
	}
	fmt.Printf("%.6f\n", c[n/2][n/2])
}
