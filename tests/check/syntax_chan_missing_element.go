package main

type xyz struct {
	ch chan
}

func main() {}
