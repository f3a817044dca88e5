package main

func main() {
	x := 3
	x + 1
}
