package main

// More than 8 integer results come back through g.retbuf.
func spread(x int) (int, int, int, int, int, int, int, int, int, int) {
	return x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9
}

func main() {
	a, _, _, _, _, _, _, _, _, j := spread(1)
	println(a, j)
}
