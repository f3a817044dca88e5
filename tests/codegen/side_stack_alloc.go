package main

// `p := &T{...}` whose pointer stays in the frame (used through its fields and
// passed to a method whose receiver does not leak) takes its memory from the
// side stack, as gc's escape analysis keeps it on the stack: no call of the
// allocator, the memory zeroed and the fields stored at the literal. A big
// struct literal declared as a value is built in its variable's side-stack
// place, not in heap memory copied there. The slice packed for a variadic
// parameter that does not leak is the caller's too.
type pt struct{ x, y int }

func (p *pt) norm1() int { return p.x + p.y }

type wide struct{ v [20]int }

func area(x, y int) int {
	p := &pt{x, y}
	p.x *= 2
	return p.norm1()
}

func spread(i int) int {
	w := wide{v: [20]int{1, i}}
	return w.v[i%20]
}

func total(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

//go:noinline
func three(a, b int) int { return total(a, b, 3) }

func main() { println(area(3, 4), spread(1), three(1, 2)) }
