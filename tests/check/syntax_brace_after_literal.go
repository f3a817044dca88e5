package main

func main() {
	w := 1{<64 - 1
	_ = w
}
