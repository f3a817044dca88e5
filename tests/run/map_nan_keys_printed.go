// A map key that is NaN cannot be looked up: fmt prints its element all the
// same, and reflect's MapRange yields it, with its element.
package main

import (
	"fmt"
	"math"
	"reflect"
)

type K struct {
	A float64
	B string
}

func main() {
	m := map[float64]string{math.NaN(): "nan", 1: "one", -2: "minus two"}
	fmt.Println(m)
	fmt.Printf("%v %d\n", m, len(m))
	it := reflect.ValueOf(m).MapRange()
	n := 0
	for it.Next() {
		if it.Key().Float() != it.Key().Float() {
			fmt.Println("NaN key ->", it.Value())
		}
		n++
	}
	fmt.Println(n)
	mk := map[K]int{{math.NaN(), "x"}: 1, {2, "y"}: 2}
	fmt.Println(mk)
	// deletion during MapRange
	d := map[int]int{1: 10, 2: 20, 3: 30}
	it2 := reflect.ValueOf(d).MapRange()
	sum := 0
	for it2.Next() {
		delete(d, 1)
		delete(d, 2)
		delete(d, 3)
		d[4] = 0
		sum += int(it2.Value().Int())
		break
	}
	fmt.Println(sum >= 0, len(d))
}
