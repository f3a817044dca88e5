package main

func main() {
	_ = len(5)
}
