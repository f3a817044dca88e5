package main

// Loops poll g.preempt at their back-edges (a cold call to rt_preempt when it
// is set), except that innermost loops without calls poll less often:
//   - sum counts up to a bound the body cannot change, so it is strip-mined:
//     the back-edge compares i with a limit at most 1024 iterations ahead
//     (no more instructions than an unpolled loop); at the limit the loop
//     tests its condition, polls and sets the next limit;
//   - down counts down: it polls when its counter's low ten bits are zero (a
//     test of a register on the hot path);
//   - halve has no counter and polls every time.
// Loops are rotated: the head tests the condition once, on the way in, and
// the back-edge is the one conditional branch that tests it again. A leaf
// with no frame has no prologue check.
func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i * i
	}
	return s
}

func down(n int) int {
	s := 0
	for i := n; i > 0; i-- {
		s ^= i
	}
	return s
}

func halve(n int) int {
	k := 0
	for n > 1 {
		n /= 2
		k++
	}
	return k
}

func main() { println(sum(10), down(10), halve(1000)) }
