// Interfaces holding constants (boxed once in static data) and small
// integers (pointing into a table of 0..255) behave as any other: equality,
// map keys, type switches, copies out of the interface, and values from 255
// to 256 and negative ones of every integer size.
package main

import "fmt"

type Celsius float32
type Point struct{ X, Y int16 }
type Flag bool

func describe(vs ...any) {
	for _, v := range vs {
		switch x := v.(type) {
		case int8, int16, int32, int64, uint8, uint16, uint32, uint64, int, uint:
			fmt.Printf("%T=%v ", x, x)
		case Point:
			x.X++ // a copy: the boxed constant is unchanged
			fmt.Printf("%T=%v ", x, x)
		default:
			fmt.Printf("%T=%v ", x, x)
		}
	}
	fmt.Println()
}

func main() {
	describe(0, 1, 255, 256, -1, int8(-128), int8(127), uint8(200), int16(-2), uint16(255), uint16(256))
	describe(int32(-1), uint32(1<<31), int64(1)<<40, uint64(1<<63), uint(7), 'x', byte('y'))
	describe(1.5, float32(0.1), Celsius(-40), 2i, complex64(1+2i), true, Flag(false), "text", "")
	p := Point{1, 2}
	describe(Point{1, 2}, p, Point{})
	describe(p)

	// values computed at run time around the table's edge
	for _, n := range []int{254, 255, 256, 257, -1} {
		var a, b any = n, n
		fmt.Print(a == b, a == any(255), " ")
	}
	for i := int8(-2); i < 2; i++ {
		var a any = i
		fmt.Print(a, " ")
	}
	for i := uint16(254); i < 258; i++ {
		var a any = i
		fmt.Print(a, a == any(uint16(255)), " ")
	}
	fmt.Println()

	m := map[any]int{}
	for i := 0; i < 300; i++ {
		m[i%260]++
		m[fmt.Sprint(i%3)]++
	}
	fmt.Println(len(m), m[0], m[259], m["2"], m[any(int64(0))])

	// the same constant boxed at two places is one value to ==
	var x, y any = 42, 42
	var s, t any = "hello", "hel" + "lo"
	var f, g any = 0.5, 1.0 / 2
	fmt.Println(x == y, s == t, f == g, x == any(int64(42)))
	var st fmt.Stringer
	fmt.Println(st == nil, any(nil) == nil)
}
