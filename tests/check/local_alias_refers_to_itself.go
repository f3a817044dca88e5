package main

func main() {
	type T = T
	type U = []U
	type V struct{ v *V }
	var v V
	_ = v
}
