package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func three() (int, string, bool) { return 1, "two", true }

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(swap("a", "b"))
	x, y, z := three()
	fmt.Println(x, y, z)
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	fmt.Println(divmod(9, 2))
	_, r2 := divmod(7, 3)
	fmt.Println(r2)
}
