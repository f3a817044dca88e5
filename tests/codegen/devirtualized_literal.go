package main

// A function literal that captures nothing, passed to a small function that
// is inlined into its caller, is called directly there and inlined in turn:
// sum has no call_indirect, and no call of main.sum.func1.
func each(xs []int, f func(int) int) int {
	t := 0
	for _, x := range xs {
		t += f(x)
	}
	return t
}

func sum(xs []int) int {
	return each(xs, func(x int) int { return x * 2 })
}

func main() { println(sum([]int{1, 2, 3})) }
