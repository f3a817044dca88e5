// A type argument outside a constraint written as its terms: gc shows the
// constraint as those terms (an implicit interface), where an interface
// literal is shown as written.
package main

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Min[T interface{ ~int | ~string }](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func main() {
	_ = Max("a", "b")
	_ = Min(1.5, 2.5)
}
