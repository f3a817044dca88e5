package main

func main() {
	switch {
	case true:
		)
		println(1)
	}
	x := 1
	)
	println(x)
}
