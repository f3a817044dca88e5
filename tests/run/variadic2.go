package main

import "fmt"

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func count(xs ...any) int { return len(xs) }

func pair() (int, int) { return 3, 4 }

func main() {
	fmt.Println(sum(1), sum(1, 2, 3), sum(0, []int{4, 5}...))
	s := []int{1, 1}
	fmt.Println(sum(10, s...))
	fmt.Println(join("-", "a", "b", "c"), join(","), join("+", []string{"x"}...))
	fmt.Println(count(), count(nil), count(1, "a", nil), count([]any{1, 2}...))
	fmt.Println(sum(pair()))
	var nilSlice []int
	fmt.Println(sum(5, nilSlice...))
	f := fmt.Sprint
	fmt.Println(f("a", 1, 2))
}
