package main

import "fmt"

// Loops of every kind of counter and condition: the back-edge tests the
// condition again (a rotated loop) and an innermost loop with an integer
// counter polls for preemption only now and then.
func main() {
	s := 0.0
	for x := 0.5; x < 10; x++ {
		s += x
	}
	var c complex128
	for z := complex(0, 1); real(z) < 5; z++ {
		c += z
	}
	n8 := 0
	for i := int8(-128); i < 127; i++ {
		n8++
	}
	var u uint16
	for i := uint16(3000); i > 0; i-- {
		u += i
	}
	fmt.Println(s, c, n8, u)

	// the condition's operands change in the body
	xs := []int{1, 2, 3}
	for i := 0; i < len(xs); i++ {
		if xs[i] == 2 {
			xs = append(xs, 10)
		}
	}
	fmt.Println(xs)
	words := []string{"a", "b", "c"}
	w := ""
	for i := 0; w < "b" && i < len(words); i++ {
		w = words[i]
	}
	fmt.Println(w)

	// continue, break and a labeled continue of the outer loop
	total := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 4 {
				break outer
			}
			if (i+j)%2 == 0 {
				continue
			}
			total += i * j
		}
	}
	fmt.Println(total)

	// a loop that never runs, one that runs once, one over an empty range
	for i := 5; i < 5; i++ {
		fmt.Println("never")
	}
	for i := 5; i < 6; i++ {
		fmt.Println("once", i)
	}
	for range []int{} {
		fmt.Println("never")
	}
	k := 0
	for range 3000 {
		k++
	}
	// the counter changed by the body: every iteration polls
	m := 0
	for i := 0; i < 100000; i++ {
		i++
		m++
	}
	fmt.Println(k, m)
}
