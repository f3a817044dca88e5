package main

import "fmt"

func report(a, b, c, d, e, f, g, h int, s string, xs []int) {
	fmt.Println(a+b+c+d+e+f+g+h, s, xs)
}

type pair struct{ x, y float64 }

func show(p, q pair, m map[string]int) { fmt.Println(p, q, m["k"]) }

func main() {
	for i := 0; i < 3; i++ {
		defer report(i, 1, 2, 3, 4, 5, 6, 7, fmt.Sprint("iter", i), []int{i, i * i})
	}
	defer show(pair{1, 2}, pair{3, 4}, map[string]int{"k": 5})
	fmt.Println("body done")
}
