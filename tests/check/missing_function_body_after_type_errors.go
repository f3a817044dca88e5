package main

func f(int)

func main() {
	var x int = "s"
	f(1)
}
