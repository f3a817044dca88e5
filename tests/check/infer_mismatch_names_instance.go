// An inference failure names the function as the call wrote it, with the
// type arguments given.
package main

func Map[E, R any](s []E, f func(E) R) []R { return nil }

func F[A, B, C any](a A) C {
	var c C
	return c
}

func main() {
	_ = Map[int]([]int{1}, func(s string) int { return 0 })
	_ = F[int](1)
}
