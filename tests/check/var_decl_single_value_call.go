package main

func pair() (int, string) { return 1, "a" }

var top = pair()

func main() {
	var local int = pair()
	x := pair()
	_ = append([]int{}, pair())
	_, _ = local, x
}
