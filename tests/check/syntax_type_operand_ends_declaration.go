package main

var pats = []string string{
	"a",
}

func main() {
	f([]int int{1})
	if x := []int int{}; x {
	}
}
