package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		var a []int
		return a[n+3]
	}
	return depth(n-1) + 1
}

func sum(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + sum(xs[1:])
}

type T struct{ l, r *T }

func (t *T) count() int {
	if t == nil {
		return 0
	}
	return 1 + t.l.count() + t.r.count()
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func main() {
	fmt.Println(sum([]int{1, 2, 3, 4, 5}), ack(2, 3))
	t := &T{&T{nil, &T{}}, &T{}}
	fmt.Println(t.count())
	defer func() { fmt.Println("rec", recover()) ; depth(5) }()
	depth(4)
}
