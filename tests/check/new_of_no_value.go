package main

func f() {}

func main() {
	_ = new(f())
}
