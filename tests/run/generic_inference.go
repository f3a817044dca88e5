package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8
}

// Scale needs constraint type inference: E comes from S's core type.
func Scale[S ~[]E, E Integer](s S, c E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v * c
	}
	return r
}

type Point []int32

func (p Point) String() string { return fmt.Sprintf("Point%v", []int32(p)) }

func Pair[A, B any](a A, b B) string { return fmt.Sprintf("%T/%T", a, b) }

func First[T any](xs ...T) T { return xs[0] }

func Apply[T, U any](x T, f func(T) U) U { return f(x) }

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

type Names map[string]bool

func Ptr[T any](v T) *T { return &v }

func Convert[To, From Integer](x From) To { return To(x) }

func main() {
	p := Point{1, 2, 3}
	sp := Scale(p, 2)
	fmt.Println(sp.String(), sp)
	fmt.Printf("%T\n", sp)
	// untyped constants: the "largest" kind wins
	fmt.Println(Pair(1, 2.5), Pair('a', "s"), Pair(1, 'x'))
	fmt.Printf("%T %T %T\n", First(1, 2), First(1, 2.5), First('a', 1))
	fmt.Println(Apply(21, func(i int) string { return fmt.Sprint(i * 2) }))
	fmt.Println(Keys(Names{"a": true, "b": false}))
	ip := Ptr(42)
	*ip++
	fmt.Println(*ip, *Ptr("s"))
	// explicit partial instantiation: From is inferred
	fmt.Println(Convert[int8](300), Convert[uint8, int](-1))
	f := Convert[int64, int16]
	fmt.Printf("%T %v\n", f, f(7))
	var g func(int, func(int) int) int = Apply[int, int]
	fmt.Println(g(3, func(i int) int { return -i }))
}
