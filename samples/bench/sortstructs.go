// sortstructs: sort.Sort of structs through sort.Interface, then sort.Ints
// (interface method calls in the comparison, swaps of two-word elements).
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int { return len(a) }
func (a byAge) Less(i, j int) bool {
	return a[i].age < a[j].age || a[i].age == a[j].age && a[i].name < a[j].name
}
func (a byAge) Swap(i, j int) { a[i], a[j] = a[j], a[i] }

func main() {
	names := []string{"ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal"}
	x := uint32(7)
	next := func() int {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return int(x)
	}
	people := make([]person, 1_000_000)
	ints := make([]int, 2_000_000)
	for i := range people {
		people[i] = person{names[next()%len(names)], next() % 100}
	}
	for i := range ints {
		ints[i] = next()
	}
	sort.Sort(byAge(people))
	sort.Ints(ints)
	fmt.Println(people[0], people[len(people)/2], people[len(people)-1], ints[len(ints)/2])
}
