package main

// Branches around one value become branch-free code, as gc makes them: a
// count of true flags adds each flag (no branch to mispredict, one cycle a
// flag), a running minimum is a conditional move; a branch whose result is a
// load's address stays a branch.
func count(flags []bool) int {
	n := 0
	for _, f := range flags {
		if f {
			n++
		}
	}
	return n
}

func minimum(xs []int) int {
	m := xs[0]
	for _, x := range xs {
		if x < m {
			m = x
		}
	}
	return m
}

func pick(xs []int, i, j int, first bool) int {
	k := j
	if first {
		k = i
	}
	return xs[k]
}

func main() {
	println(count([]bool{true, false, true}), minimum([]int{3, 1, 2}), pick([]int{5, 6}, 0, 1, true))
}
