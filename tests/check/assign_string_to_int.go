package main

func main() {
	var n int
	n = "hello"
	_ = n
}
