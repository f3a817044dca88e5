package main

import (
	"fmt"
	"runtime"
	"strings"
)

// `p := &T{...}` and `p := new(T)` whose pointer never leaves the frame: gc
// keeps the memory on its stack, minigo on its side stack. The memory must be
// initialized afresh on every iteration, survive stack growth, collections and
// recovered panics, hold pointers the collector must see, and pointers that do
// leave the frame (returned, stored, captured, sent, boxed) must stay valid
// after later frames reuse that memory. Big literals declared as values are
// built in their variable's place.

type pair struct{ a, b int }

func (p *pair) sum() int   { return p.a + p.b }
func (p *pair) bump(n int) { p.a += n }
func (p pair) String() string {
	return fmt.Sprintf("<%d %d>", p.a, p.b)
}

type node struct {
	name string
	next *node
	buf  [8]int
}

type big struct {
	vals [24]int
	tag  string
}

var kept *pair

func deep(p *pair, n int) int {
	if n == 0 {
		return p.sum()
	}
	var pad [16]int
	pad[n%16] = n
	p.bump(1)
	return deep(p, n-1) + pad[n%16] - n
}

func local(i int) int {
	p := &pair{i, 2 * i}
	q := new(pair)
	q.a = p.sum()
	p.bump(q.a)
	return deep(p, 100) + q.a
}

func returned(i int) *pair { p := &pair{a: i}; return p }

func stored(i int) { p := &pair{b: i}; kept = p }

func captured(i int) func() int {
	p := &pair{a: i}
	return func() int { p.a++; return p.a }
}

func sent(ch chan *pair, i int) { p := &pair{i, i}; ch <- p }

func boxed(i int) fmt.Stringer { p := &pair{i, -i}; return p }

func reassigned(i int) *pair {
	p := &pair{a: i}
	if i > 0 {
		p = &pair{a: -i}
	}
	q := p
	return q
}

func loop() string {
	var sb strings.Builder
	for i := 0; i < 4; i++ {
		p := &pair{a: i}
		n := new(node)
		n.name = fmt.Sprint("n", i)
		n.buf[i] = p.a + 1
		p.b += 10
		fmt.Fprintf(&sb, "%v/%s/%v ", p.sum(), n.name, n.buf)
	}
	return sb.String()
}

func collected() string {
	head := &node{name: "head", next: &node{name: strings.Repeat("x", 3)}}
	h2 := new(node)
	h2.next = &node{name: fmt.Sprint("heap", 42)}
	for i := 0; i < 5; i++ {
		_ = make([]byte, 1<<20)
		runtime.GC()
	}
	return head.name + head.next.name + h2.next.name
}

func recovered(i int) (s int) {
	defer func() {
		if r := recover(); r != nil {
			s = -1
		}
	}()
	p := &pair{a: i}
	if i == 3 {
		var m map[string]int
		m["x"] = p.sum()
	}
	return p.sum()
}

func bigValues(i int) string {
	v := big{tag: "v"}
	v.vals[i%24] = i
	{
		v := big{vals: [24]int{1: v.vals[i%24] + 1}, tag: v.tag + "w"}
		v.vals[2] = 7
		return fmt.Sprint(v.vals[:3], v.tag, len(v.vals))
	}
}

func bigLoop() []string {
	var out []string
	for i := 0; i < 3; i++ {
		v := big{vals: [24]int{i, i + 1}, tag: fmt.Sprint(i)}
		w := v
		w.vals[0] = 99
		out = append(out, fmt.Sprint(v.vals[:2], w.vals[:2], v.tag))
	}
	return out
}

func main() {
	fmt.Println(local(1), local(5))
	a, b := returned(1), returned(2)
	fmt.Println(*a, *b, local(3), *a, *b)
	stored(7)
	fmt.Println(local(4), *kept)
	f, g := captured(10), captured(20)
	fmt.Println(f(), g(), local(2), f(), g())
	ch := make(chan *pair, 2)
	sent(ch, 1)
	sent(ch, 2)
	x, y := <-ch, <-ch
	fmt.Println(*x, *y, local(6))
	s1, s2 := boxed(3), boxed(4)
	fmt.Println(s1, s2, local(7), s1, s2)
	r1, r2 := reassigned(1), reassigned(0)
	fmt.Println(*r1, *r2, local(8), *r1, *r2)
	fmt.Println(loop())
	fmt.Println(collected())
	fmt.Println(recovered(2), recovered(3), recovered(4))
	fmt.Println(bigValues(5), bigValues(30))
	fmt.Println(bigLoop())
	done := make(chan string)
	for i := 0; i < 3; i++ {
		go func(i int) { done <- fmt.Sprint(local(i), bigValues(i)) }(i)
	}
	res := []string{<-done, <-done, <-done}
	fmt.Println(len(res))
}
