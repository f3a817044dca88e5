package main

func main() {
	x := 2
	switch x {
	case 1, 2:
	case 2:
	}
}
