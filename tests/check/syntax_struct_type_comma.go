package main

func main() {
	type T struct { a int, b int }
	_ = T{}
}
