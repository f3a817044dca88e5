package main

func main() {
	var n int = 3.7
	_ = n
}
