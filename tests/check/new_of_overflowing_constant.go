package main

func main() {
	_ = new(1 << 70)
	x := 3
	_ = new(x, 4)
}
