package main

func main() {
	var b int8 = 200
	_ = b
}
