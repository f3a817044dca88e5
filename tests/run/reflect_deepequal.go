// reflect.DeepEqual as Go defines it: identical types, element by element,
// NaN unequal to itself, nil and empty slices and maps unequal, funcs equal
// only when nil, pointers by what they point to, cycles assumed equal.
package main

import (
	"fmt"
	"math"
	"reflect"
)

type node struct {
	val  int
	next *node
}

type pair struct {
	a any
	b []string
}

func main() {
	nan := math.NaN()
	cases := []struct {
		name string
		x, y any
	}{
		{"ints", 1, 1},
		{"int vs int64", 1, int64(1)},
		{"strings", "a", "a"},
		{"nil nil", nil, nil},
		{"nil vs typed nil", nil, (*int)(nil)},
		{"slices", []int{1, 2}, []int{1, 2}},
		{"slices differ", []int{1, 2}, []int{2, 1}},
		{"nil vs empty slice", []int(nil), []int{}},
		{"nil slices", []int(nil), []int(nil)},
		{"maps", map[string]int{"a": 1, "b": 2}, map[string]int{"b": 2, "a": 1}},
		{"maps differ", map[string]int{"a": 1}, map[string]int{"a": 2}},
		{"nil vs empty map", map[int]int(nil), map[int]int{}},
		{"NaN", nan, nan},
		{"NaN in slice", []float64{nan}, []float64{nan}},
		{"arrays", [3]int{1, 2, 3}, [3]int{1, 2, 3}},
		{"structs with any", pair{1, []string{"x"}}, pair{1, []string{"x"}}},
		{"structs differ in any type", pair{1, nil}, pair{int8(1), nil}},
		{"pointers to equal", &node{1, nil}, &node{1, nil}},
		{"nil funcs", (func())(nil), (func())(nil)},
		{"funcs", func() {}, func() {}},
		{"nested maps", map[string][]int{"a": {1}}, map[string][]int{"a": {1}}},
		{"bytes", []byte("hi"), []byte("hi")},
		{"complex", complex(1, 2), complex(1, 2)},
	}
	for _, c := range cases {
		fmt.Printf("%-28s %v\n", c.name, reflect.DeepEqual(c.x, c.y))
	}
	// cycles
	a := &node{1, nil}
	a.next = a
	b := &node{1, nil}
	b.next = b
	fmt.Println("cycle", reflect.DeepEqual(a, b))
	b.next = &node{2, b}
	fmt.Println("cycle differs", reflect.DeepEqual(a, b))
	s := []any{nil}
	s[0] = s
	fmt.Println("same slice", reflect.DeepEqual(s, s))
	m := map[string]any{}
	m["self"] = m
	fmt.Println("same map", reflect.DeepEqual(m, m))
}
