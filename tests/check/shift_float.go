package main

func main() {
	var f float64 = 2
	_ = f << 1
}
