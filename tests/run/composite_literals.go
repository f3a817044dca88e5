package main

import "fmt"

type Point struct{ X, Y int }
type Line struct{ A, B Point }

func main() {
	pts := []Point{{1, 2}, {X: 3}, {}}
	fmt.Println(pts)
	ptrs := []*Point{{5, 6}}
	fmt.Println(*ptrs[0])
	m := map[string]Point{"o": {}, "x": {1, 0}}
	fmt.Println(m)
	lines := [...]Line{{Point{0, 0}, Point{1, 1}}, {B: Point{2, 2}}}
	fmt.Println(lines, len(lines))
	mm := map[Point][]string{{1, 1}: {"a", "b"}}
	fmt.Println(mm)
	nested := [][]Point{{{1, 1}}, {{2, 2}, {3, 3}}}
	fmt.Println(nested)
	arr := [5]int{1, 3: 4, 2}
	fmt.Println(arr)
	if p := (Point{1, 2}); p.X == 1 {
		fmt.Println("paren literal in if")
	}
	for _, p := range []Point{{7, 8}} {
		fmt.Println(p)
	}
}
