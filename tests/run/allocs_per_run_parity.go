package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
)

// Heap allocations per call, as testing.AllocsPerRun counts them, for the
// everyday operations whose counts gc's escape analysis and runtime fix:
// arguments packed for fmt stay in the caller's frame, a local
// strings.Builder, `p := &T{}` and constant-sized `make` that stay local cost
// nothing, one-byte strings and the decimal forms of 0..99 are static.

var (
	sinkS string
	sinkI = 1000
	small = 7
	sinkE error
	sinkF = 2.5
	sinkP *pt
	words = []string{"b", "a", "c"}
)

type pt struct{ X, Y int }

func (p *pt) norm() int { return p.X*p.X + p.Y*p.Y }

func variadic(xs ...int) int { return len(xs) }

func main() {
	cases := []struct {
		name string
		f    func()
	}{
		{"Sprint big int", func() { sinkS = fmt.Sprint(sinkI) }},
		{"Sprint small int", func() { sinkS = fmt.Sprint(small) }},
		{"Sprintf float", func() { sinkS = fmt.Sprintf("%.2f", sinkF) }},
		{"Sprintf strings", func() { sinkS = fmt.Sprintf("%s-%s", sinkS[:1], "x") }},
		{"Println to Discard", func() { fmt.Fprintln(io.Discard, "a", 1, 2.5) }},
		{"Fprintf to Discard", func() { fmt.Fprintf(io.Discard, "%d %d", 1, 2) }},
		{"Errorf", func() { sinkE = fmt.Errorf("bad %d", 3) }},
		{"errors.New", func() { sinkE = errors.New("x") }},
		{"Itoa small", func() { sinkS = strconv.Itoa(small) }},
		{"Itoa", func() { sinkS = strconv.Itoa(sinkI) }},
		{"Atoi", func() { sinkI, _ = strconv.Atoi("1234") }},
		{"Quote", func() { sinkS = strconv.Quote("a\tb") }},
		{"concat", func() { sinkS = sinkS[:1] + "abc" }},
		{"one-byte string", func() { b := []byte{'x'}; sinkS = string(b) }},
		{"local slice literal", func() { b := []int{1, 2, sinkI}; sinkI = len(b) + b[2] }},
		{"Join", func() { sinkS = strings.Join(words, ",") }},
		{"Split", func() { sinkI = len(strings.Split("a,b,c", ",")) }},
		{"Fields", func() { sinkI = len(strings.Fields(" a b c ")) }},
		{"ToUpper", func() { sinkS = strings.ToUpper("abc") }},
		{"Repeat", func() { sinkS = strings.Repeat("ab", 3) }},
		{"ReplaceAll", func() { sinkS = strings.ReplaceAll("abcabc", "b", "x") }},
		{"Clone", func() { sinkS = strings.Clone("abc") }},
		{"Builder", func() {
			var sb strings.Builder
			sb.WriteString("ab")
			sb.WriteByte('c')
			sinkS = sb.String()
		}},
		{"local pointer", func() { p := &pt{sinkI, 2}; sinkI = p.norm() }},
		{"escaping pointer", func() { sinkP = &pt{1, 2} }},
		{"local make", func() { s := make([]int, 8); s[sinkI%8] = 1; sinkI = len(s) }},
		{"variadic", func() { sinkI = variadic(1, 2, 3) }},
		{"strconv range", func() {
			for _, c := range []byte(sinkS) {
				sinkI += int(c)
			}
		}},
	}
	for _, c := range cases {
		fmt.Println(c.name, testing.AllocsPerRun(200, c.f))
	}
}
