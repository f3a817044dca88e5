package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	n := 0
	for k := range m {
		if k%2 == 0 {
			n++
		}
	}
	fmt.Println(n)
	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i*7] = i
	}
	s := 0
	for k, v := range big {
		s += k - v
	}
	fmt.Println(len(big), s, big[700], big[701])
}
