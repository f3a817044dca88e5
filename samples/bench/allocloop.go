// An allocation loop with a constant live set: a ring of 1,000,000 small
// records (about 80 MB with their slices), each replaced 20 times.
package main

import "fmt"

type rec struct {
	id   int
	tags []int
	name *string
}

func main() {
	const live = 1000000
	ring := make([]*rec, live)
	sum := 0
	for i := 0; i < 20*live; i++ {
		r := &rec{id: i, tags: make([]int, 4)}
		r.tags[i%4] = i
		if old := ring[i%live]; old != nil {
			sum += old.tags[old.id%4] % 7
		}
		ring[i%live] = r
	}
	fmt.Println(sum)
}
