package main

func pair() (int, int) { return 1, 2 }

func main() {
	a := pair()
	_ = a
}
