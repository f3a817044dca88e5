package main

var b = [...]byte("abc")

func main() {
	_ = [...]int(4)
	var c [...]int
	println(len(b), c)
}
