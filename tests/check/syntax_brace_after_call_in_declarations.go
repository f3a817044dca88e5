package main

var x = f() { 1 }

func f() int { return 1 }

func main() {
	y := []int{ f(){2} }
}
