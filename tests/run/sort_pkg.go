package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 8))
	strs := []string{"pear", "apple", "fig"}
	sort.Strings(strs)
	fmt.Println(strs)
	people := []Person{{"A", 30}, {"B", 25}, {"C", 35}, {"D", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	sort.Ints(big)
	fmt.Println(big[:10], sort.IntsAreSorted(big))
	idx := sort.Search(100, func(i int) bool { return big[i] >= 50 })
	fmt.Println(idx)
}
