package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	i, ok := slices.BinarySearch(xs, 8)
	fmt.Println(i, ok)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int { return strings.Compare(b.Name, a.Name) })
	fmt.Println(people)
	fmt.Println(slices.Index(xs, 9), slices.Contains(xs, 4), slices.Max(xs), slices.Min(xs))
	ys := slices.Insert(xs, 2, 100, 200)
	fmt.Println(ys, len(ys), cap(ys))
	ys = slices.Delete(ys, 1, 3)
	fmt.Println(ys)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Equal(xs, slices.Clone(xs)), slices.Compare([]int{1, 2}, []int{1, 3}))
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	sort.Ints(vals)
	fmt.Println(vals)
	fmt.Println(cmp.Compare("a", "b"), cmp.Less(2.0, 1.0), cmp.Or("", "x", "y"))
	r := slices.Repeat([]string{"a", "b"}, 3)
	fmt.Println(r, len(r))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	s := []int{1, 2, 3, 4, 5}
	slices.Reverse(s)
	fmt.Println(s)
	for c := range 1 {
		_ = c
	}
	slices.Chunk(s, 2)(func(c []int) bool { fmt.Println(c); return true })
	m2 := maps.Clone(m)
	fmt.Println(maps.Equal(m, m2))
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 17
	}
	slices.SortFunc(big, func(a, b int) int { return cmp.Compare(a%5, b%5) })
	fmt.Println(big[:20])
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Insert(xs, 10, 1)
}
