package main

func main() {
	switch 1 {
	case 0;
	}
}
