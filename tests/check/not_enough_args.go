package main

func f(a, b int, c string) {}

func main() {
	f(1, 2)
}
