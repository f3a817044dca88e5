package main

var (
	a = len[3]byte{}
	b = 2
)

var f = func() {}

func () {
}

func main() {
	for j := 0; j j < 3; j++ {
	}
	x := 1
	println(a, b, f, x)
}
