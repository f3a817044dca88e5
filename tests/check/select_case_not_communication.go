package main

func main() {
	x := 0
	select {
	case x = 1:
	}
	_ = x
}
