package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	try("max", func() { slices.Max([]int{}) })
	try("minfunc", func() { slices.MinFunc([]string{}, strings.Compare) })
	try("delete", func() { slices.Delete([]int{1, 2, 3}, 2, 1) })
	try("insert", func() { slices.Insert([]int{1}, 3, 9) })
	try("grow", func() { slices.Grow([]int{}, -1) })
	try("repeat", func() { slices.Repeat([]int{1}, -2) })
	try("chunk", func() { slices.Chunk([]int{1}, 0) })
	try("replace", func() { slices.Replace([]int{1, 2}, 1, 3) })

	fs := []float64{2, math.NaN(), -1}
	slices.Sort(fs)
	fmt.Println(fs, slices.Max([]float64{1, math.NaN()}), slices.Min([]float64{3, 1}))
	i, ok := slices.BinarySearch([]string{"a", "c", "e"}, "d")
	fmt.Println(i, ok)
	s := make([]int, 2, 10)
	s = slices.Insert(s, 1, 7, 8)
	fmt.Println(s, len(s), cap(s))
	g := slices.Grow([]int{1, 2}, 5)
	fmt.Println(len(g), cap(g) >= 7)
	r := slices.Replace([]int{1, 2, 3, 4}, 1, 3, 9)
	fmt.Println(r)
	d := []int{1, 2, 3, 4}
	e := slices.DeleteFunc(d, func(x int) bool { return x%2 == 0 })
	fmt.Println(e, d)
	fmt.Println(slices.Clip(make([]int, 1, 5)), cap(slices.Clip(make([]int, 1, 5))))
	fmt.Println(slices.Clone([]int(nil)) == nil, slices.Compact([]string{"a", "a"}))
	fmt.Println(slices.IndexFunc([]int{1, 4}, func(x int) bool { return x > 2 }), slices.ContainsFunc([]int{1}, func(x int) bool { return x > 2 }))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
}
