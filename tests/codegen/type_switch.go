package main

// A type switch on a non-empty interface reads the dynamic type from the
// itab behind a branch on nil (predicted: nil is rare), and compares it with
// each case's descriptor; the float sums stay in registers. The call of
// area is inlined, so the loop polls for preemption every 1024 iterations
// (strip-mined), not on each.
type shape interface{ area() float64 }

type square struct{ s float64 }
type circle struct{ r float64 }

func (s square) area() float64 { return s.s * s.s }
func (c circle) area() float64 { return 3 * c.r * c.r }

func sides(shapes []shape) (float64, float64) {
	s, a := 0.0, 0.0
	for _, sh := range shapes {
		switch v := sh.(type) {
		case square:
			s += v.s
		case circle:
			a += v.area()
		}
	}
	return s, a
}

func main() {
	s, a := sides([]shape{square{1}, circle{2}, nil})
	println(s, a)
}
