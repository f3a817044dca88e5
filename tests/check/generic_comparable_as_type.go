package main

func main() {
	var c comparable
	_ = c
}
