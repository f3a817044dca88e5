package main

func main() {
	s := []int{}
	defer len(s)
}
