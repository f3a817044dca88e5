package main

// A closure that escapes captures its variable in a heap box.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c := counter()
	c()
	println(c())
}
