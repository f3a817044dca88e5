package main

type T1 []int

func main() {
	var t T1
	_ = append(t, []string{"a"}...)
}
