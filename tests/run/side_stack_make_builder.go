package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Constant-sized `make([]T, n)` whose slice never leaves the frame, a
// strings.Builder used locally, and allocations inside function literals
// (goroutine bodies, closures, range-over-func bodies): gc keeps them on the
// stack, minigo on the side stack. Each must start zeroed on every iteration,
// and what does leave (the built string, a returned or appended slice) must
// stay valid after the frames are reused.

type item struct {
	name string
	n    int
}

var kept [][]int

func fill(buf []int, k int) int {
	s := 0
	for i := range buf {
		buf[i] += k * i
		s += buf[i]
	}
	return s
}

func scratch(k int) int {
	buf := make([]int, 5)
	tmp := make([]int, 3, 8)
	copy(tmp, buf[:0:0])
	n := copy(buf, []int{k, k})
	return fill(buf, k) + n + len(tmp) + cap(tmp)
}

func leaked(k int) []int {
	a := make([]int, 3)
	b := make([]int, 2)
	c := make([]int, 2)
	a[0], b[0], c[0] = k, -k, 10*k
	kept = append(kept, b)
	c = append(c, 1)
	return append(a[:1], c...)
}

func build(parts ...string) string {
	var sb strings.Builder
	for i, p := range parts {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(strings.ToUpper(p))
	}
	fmt.Fprintf(&sb, "(%d)", sb.Len())
	return sb.String()
}

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n && yield(i); i++ {
		}
	}
}

func main() {
	fmt.Println(scratch(1), scratch(2), scratch(3))
	x, y := leaked(1), leaked(2)
	fmt.Println(x, y, scratch(4), x, y, kept)
	s1 := build("a", "bc")
	s2 := build("d", "ef", "g")
	fmt.Println(s1, s2, build(), s1, s2)

	var out []string
	for i := 0; i < 3; i++ {
		buf := make([]byte, 4)
		buf[i] = 'a' + byte(i)
		p := &item{name: "it", n: i}
		p.n += len(buf)
		out = append(out, fmt.Sprintf("%q/%d", buf, p.n))
	}
	fmt.Println(out)

	var mu sync.Mutex
	var wg sync.WaitGroup
	res := make([]string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc := make([]int, 6)
			it := &item{name: fmt.Sprint("g", g)}
			for r := 0; r < 50; r++ {
				acc[r%6] += r
				it.n += scratch(r)
			}
			var sb strings.Builder
			fmt.Fprint(&sb, it.name, acc, it.n)
			mu.Lock()
			res[g] = sb.String()
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(res)

	total := 0
	for v := range seq(4) {
		w := make([]int, 2)
		w[v%2] = v
		q := new(item)
		q.n = w[0] + w[1]
		total += q.n
	}
	fmt.Println(total)

	f := func(k int) (r string) {
		defer func() {
			if e := recover(); e != nil {
				r = fmt.Sprint("recovered ", e)
			}
		}()
		t := make([]int, 2)
		return fmt.Sprint(t[k])
	}
	fmt.Println(f(1), f(2), f(0))

	items := []item{{"b", 2}, {"a", 1}, {"c", 3}}
	sort.Slice(items, func(i, j int) bool {
		k := make([]string, 2)
		k[0], k[1] = items[i].name, items[j].name
		return k[0] < k[1]
	})
	fmt.Println(items)
}
