package main

func main() {
	for a, b, c := range []int{1} {
		_, _, _ = a, b, c
	}
}
