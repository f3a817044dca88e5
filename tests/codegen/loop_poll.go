package main

// Loops poll g.preempt at their back-edges (a cold call to rt_preempt when it
// is set), except innermost loops without calls:
//   - sum counts up to a bound the body cannot change, so it is strip-mined:
//     the back-edge compares i with a limit at most 1024 iterations ahead
//     (no more instructions than an unpolled loop); at the limit the loop
//     tests its condition, polls and sets the next limit;
//   - down and halve make no call at all and do not poll: their code is
//     marked async-safe (locations with bit 30 set, @4000...) and a signal
//     stops them; a sequence_point at the loop's head (no machine code) keeps
//     Cranelift from reusing a load of g.m across the loop. halve, polling
//     nowhere, is a leaf and has no prologue check.
// Loops are rotated: the head tests the condition once, on the way in, and
// the back-edge is the one conditional branch that tests it again.
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
