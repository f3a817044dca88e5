package main

func main() {
	var x int = 1 << 70
	_ = x
}
