package main

import "fmt"

// A float summed in a loop stays in a register although it is boxed for
// fmt.Println afterwards and the loop appends: the allocation and growth that
// the boxing and append fall back on preserve every register, so no call
// clobbers it and the loop neither stores nor reloads it.
func sum(xs []float64) ([]int, float64) {
	var big []int
	t := 0.0
	for i, x := range xs {
		t += x
		if x > 100 {
			big = append(big, i)
		}
	}
	fmt.Println(t)
	return big, t
}

func main() { sum([]float64{1, 200}) }
