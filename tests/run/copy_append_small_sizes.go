// copy and append of every length from 0 to 40 bytes (and of int and string
// elements), between distinct slices and within one slice in both directions
// (overlapping ranges), as short copies are done inline.
package main

import "fmt"

func main() {
	src := make([]byte, 64)
	for i := range src {
		src[i] = byte('a' + i%26)
	}
	sum := 0
	for n := 0; n <= 40; n++ {
		dst := make([]byte, n)
		k := copy(dst, src[3:3+n])
		buf := append([]byte("xy"), src[5:5+n]...)
		s := string(append([]byte(nil), string(src[1:1+n])...))
		// overlapping: shift right and left within one slice
		o := append([]byte(nil), src[:48]...)
		copy(o[1:], o[:n])
		p := append([]byte(nil), src[:48]...)
		copy(p[:n], p[2:])
		sum += k + len(buf) + len(s)
		if n%7 == 0 || n > 37 {
			fmt.Println(n, string(dst), string(buf), s, string(o[:n+1]), string(p[:n]))
		}
	}
	ints := []int{1, 2, 3, 4, 5}
	copy(ints[1:], ints)
	strs := append([]string{"a"}, []string{"b", "c"}...)
	copy(strs, strs[1:])
	fmt.Println(sum, ints, strs)
}
