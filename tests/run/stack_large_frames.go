package main

import "fmt"

// Many values live across the recursive call: big frames.
func wide(n int, a, b, c, d, e, f, g, h float64) float64 {
	if n == 0 {
		return a + b + c + d + e + f + g + h
	}
	x1, x2, x3, x4 := a*1.5, b*0.5, c+1, d-1
	x5, x6, x7, x8 := e*2, f/2, g+h, h-g
	y1, y2, y3, y4 := float64(n), float64(n*2), float64(n*3), float64(n*4)
	r := wide(n-1, b, c, d, e, f, g, h, a)
	return r + x1 - x2 + x3 - x4 + x5 - x6 + x7 - x8 + y1 - y2 + y3 - y4
}

type big struct {
	a, b, c, d, e, f, g, h, i, j int
}

func structs(n int, s big) big {
	if n == 0 {
		return s
	}
	t := big{s.b, s.c, s.d, s.e, s.f, s.g, s.h, s.i, s.j, s.a + n}
	u := structs(n-1, t)
	u.a += s.a
	return u
}

func arrays(n int, arr [16]int) int {
	if n == 0 {
		s := 0
		for _, v := range arr {
			s += v
		}
		return s
	}
	arr[n%16] += n
	return arrays(n-1, arr) + arr[0]
}

func main() {
	fmt.Println(wide(200000, 1, 2, 3, 4, 5, 6, 7, 8))
	fmt.Println(structs(300000, big{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}))
	fmt.Println(arrays(200000, [16]int{}))
	done := make(chan float64)
	go func() { done <- wide(100000, 8, 7, 6, 5, 4, 3, 2, 1) }()
	fmt.Println(<-done)
}
