// floatacc: float accumulators in loops whose values are printed afterwards, a
// type switch and an append on the way (whether a value live across the calls
// after a loop, or on its cold paths, stays in a register inside it).
package main

import "fmt"

type shape interface{ area() float64 }

type square struct{ s float64 }
type circle struct{ r float64 }

func (s square) area() float64 { return s.s * s.s }
func (c circle) area() float64 { return 3.14159 * c.r * c.r }

func main() {
	shapes := make([]shape, 0, 1000)
	for i := 0; i < 1000; i++ {
		if i%3 == 0 {
			shapes = append(shapes, circle{float64(i)})
		} else {
			shapes = append(shapes, square{float64(i)})
		}
	}
	sides, areas := 0.0, 0.0
	var large []int
	for round := 0; round < 200000; round++ {
		for i, s := range shapes {
			switch v := s.(type) {
			case square:
				sides += v.s
			case circle:
				areas += v.area()
			}
			if round == 0 && i%100 == 0 {
				large = append(large, i)
			}
		}
	}
	fmt.Println(sides, areas, len(large))
}
