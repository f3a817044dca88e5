package main

// Ranging over a slice needs no bounds check; indexing with an unknown index does.
func total(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func at(xs []int, i int) int { return xs[i] }

func main() { println(total([]int{1, 2, 3}), at([]int{4}, 0)) }
