package main

func main() {
	var a []int = {1, 2}
	b := func(x int) { return x }
	c = 1 +
	d := []int{1,,2}
}
