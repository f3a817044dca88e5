package main

// A loop without calls polls g.preempt at its back-edge (a cold call to
// rt_preempt when it is set); an innermost loop with a counter polls only
// when the counter's low ten bits are zero (a test of a register on the hot
// path). The loop is rotated: its head tests the condition once, on the way
// in, and the back-edge is the one conditional branch that tests it again. A
// leaf with no frame has no prologue check.
func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i * i
	}
	return s
}

func add(a, b int) int { return a + b }

func main() { println(sum(10), add(1, 2)) }
