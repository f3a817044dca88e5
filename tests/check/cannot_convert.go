package main

func main() {
	s := "12"
	n := int(s)
	_ = n
}
