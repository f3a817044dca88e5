package main

import "fmt"

func F[T any](n int, x T) {
	if n > 0 {
		G(n-1, &x)
	}
	fmt.Println(x)
}

func G[U any](n int, u U) {
	F(n, u)
}

func main() { F(2, 1) }
