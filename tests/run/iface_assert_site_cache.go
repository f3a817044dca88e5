// Assertions to interfaces remember their last dynamic type per site: the
// answer must stay right when the type changes at every execution, for types
// that do not implement the interface, for nil, and when many goroutines run
// the same sites at once.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Shape interface{ Area() int }
type Named interface{ Name() string }

type Sq struct{ s int }
type Rect struct{ w, h int }
type Dot struct{}

func (q Sq) Area() int       { return q.s * q.s }
func (q Sq) Name() string    { return "square" }
func (r *Rect) Area() int    { return r.w * r.h }
func (d Dot) String() string { return "." }

func classify(v any) string {
	s := ""
	if sh, ok := v.(Shape); ok {
		s += fmt.Sprint("shape:", sh.Area(), " ")
	}
	switch x := v.(type) {
	case Named:
		s += "named:" + x.Name()
	case fmt.Stringer:
		s += "stringer:" + x.String()
	case error:
		s += "error:" + x.Error()
	case nil:
		s += "nil"
	default:
		s += fmt.Sprintf("other:%T", x)
	}
	return s
}

func main() {
	values := []any{Sq{2}, &Rect{2, 3}, Dot{}, nil, errors.New("boom"), 7, Rect{1, 1}, Sq{3}, Sq{3}, Dot{}}
	for round := 0; round < 2; round++ {
		for _, v := range values {
			fmt.Println(classify(v))
		}
	}

	// converting between interfaces reuses the site too
	var shapes []Shape
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			shapes = append(shapes, Sq{i})
		} else {
			shapes = append(shapes, &Rect{i, 2})
		}
	}
	names := 0
	for _, s := range shapes {
		if n, ok := s.(Named); ok {
			names += len(n.Name())
		}
		var a any = s
		_ = a.(Shape)
	}
	fmt.Println(names)

	// many goroutines through the same sites, the types interleaved
	var wg sync.WaitGroup
	counts := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				v := values[(i*7+g)%len(values)]
				if _, ok := v.(Shape); ok {
					counts[g]++
				}
				if _, ok := v.(fmt.Stringer); ok {
					counts[g] += 1000
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(counts)

	defer func() { fmt.Println("recovered:", recover()) }()
	var v any = Dot{}
	_ = v.(Shape)
}
