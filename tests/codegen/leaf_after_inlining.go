package main

// A comparison function whose calls were all inlined is a leaf: it has no
// entry stack check (its caller's check covers it, as it covers any leaf).
func compare(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

func byTwoKeys(a, b [2]int) int {
	if c := compare(a[0], b[0]); c != 0 {
		return c
	}
	return compare(a[1], b[1])
}

func main() {
	f := byTwoKeys
	println(f([2]int{1, 2}, [2]int{1, 3}))
}
