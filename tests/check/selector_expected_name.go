package main

func g(x ...int) {}

func main() {
	f := 1
	g(f..3)
}
