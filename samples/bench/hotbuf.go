// hotbuf: a local buffer indexed with a variable, in a function called a
// million times (gc keeps it on the stack; minigo on the side stack).
package main

import "fmt"

func digits(n int) int {
	var buf [1000]int
	k := 0
	for n > 0 && k < len(buf) {
		buf[k] = n % 10
		n /= 10
		k++
	}
	s := 0
	for i := 0; i < k; i++ {
		s = s*3 + buf[k-1-i]
	}
	return s
}

func main() {
	t := 0
	for i := 0; i < 5_000_000; i++ {
		t += digits(i)
	}
	fmt.Println(t)
}
