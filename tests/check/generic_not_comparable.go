package main

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	println(Eq([]int{1}, []int{1}))
}
