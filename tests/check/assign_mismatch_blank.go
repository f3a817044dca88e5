package main

func main() {
	_ = 1, 2
	var a, b = 1, 2
	_ = a, b
	c, d := 1
	_, _ = c, d
}
