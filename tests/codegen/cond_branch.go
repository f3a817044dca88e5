package main

// A loop condition joined by && branches on each compare: no boolean is
// materialized and tested again.
func scan(s []int, i, j, p int) int {
	for i <= j && s[i] < p {
		i++
	}
	return i
}

func main() { println(scan([]int{1, 2, 9}, 0, 2, 5)) }
