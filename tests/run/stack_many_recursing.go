package main

import "fmt"

type tree struct {
	left, right *tree
	val         int
}

func build(d int) *tree {
	if d == 0 {
		return nil
	}
	return &tree{build(d - 1), build(d - 1), d}
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.val + t.left.sum() + t.right.sum()
}

func chain(n int, f func(int) int) int {
	if n == 0 {
		return f(0)
	}
	return chain(n-1, func(x int) int { return f(x) + 1 })
}

func main() {
	const n = 1000
	ch := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			// every goroutine grows its stack several times
			ch <- chain(2000+i, func(x int) int { return x }) + build(6).sum()
		}(i)
	}
	total := 0
	for i := 0; i < n; i++ {
		total += <-ch
	}
	fmt.Println(total)
}
