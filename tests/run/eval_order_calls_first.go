// The operands of an expression list in gc's order: its calls (and receives,
// allocations, logical operations, builtins) first, left to right, then the
// plain operands, which therefore see what the calls changed.
package main

import "fmt"

var gx = 1

func setg() int { gx = 10; return 0 }

type T struct{ v int }

func (t *T) bump() int { t.v = 10; return 0 }

type P struct{ x int }

func shrink(a *[]int) int { *a = (*a)[:1]; return 0 }

func two(a, b int) { fmt.Println(a, b) }

func main() {
	x := 1
	f := func() int { x = 10; return 1 }
	fmt.Println(x + f())
	x = 1
	y := x + f()
	fmt.Println(y)
	x = 1
	fmt.Println([]int{x, f(), x})
	x = 1
	a, b := x, f()
	fmt.Println(a, b)

	fmt.Println(gx, setg())
	gx = 1
	two(gx+1, setg())
	gx = 1
	fmt.Println(-gx, float64(gx), setg())
	gx = 1
	fmt.Println(P{gx}, setg())
	gx = 1
	fmt.Println(&P{gx}, setg())
	gx = 1
	fmt.Println(gx, gx+setg())
	gx = 1
	var q [2]int
	q[0], q[1] = gx, setg()
	fmt.Println(q)

	t := &T{1}
	fmt.Println(t.v, t.bump())
	arr := []int{1, 2, 3}
	fmt.Println(len(arr), shrink(&arr))
	arr = []int{1, 2, 3}
	fmt.Println(arr, shrink(&arr))
	s := "a"
	app := func() string { s = "b"; return "!" }
	fmt.Println(s+"x", app())
	m := map[string]int{"k": 1}
	h := func() int { m["k"] = 5; return 0 }
	fmt.Println(m["k"], h())

	ch := make(chan int, 1)
	ch <- 7
	x = 1
	fmt.Println(x, <-ch, f())
	gx = 1
	fmt.Println(gx, gx == 1 && setg() == 0, gx)
	gx = 1
	if gx == 1 && setg() == 0 {
		fmt.Println("and", gx)
	}
}
