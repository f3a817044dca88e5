package main

//go:noinline
var x int = "s"

func main() {
	y := 1 //go:noinline
	//go:nosplit
	for {
	}
}

func g()
