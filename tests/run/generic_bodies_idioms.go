package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strconv"
	"unsafe"
)

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + v
	case fmt.Stringer:
		return "stringer " + v.String()
	}
	return fmt.Sprintf("other %v", x)
}

type Setter interface{ Set(string) }

type Box struct{ s string }

func (b *Box) Set(s string)    { b.s = s }
func (b Box) String() string { return "<" + b.s + ">" }

func Make[T any, PT interface {
	*T
	Set(string)
}](s string) T {
	var t T
	PT(&t).Set(s)
	return t
}

func All[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Collect[T any](seq iter.Seq2[int, T]) []T {
	var out []T
	for _, v := range seq {
		out = append(out, v)
	}
	return out
}

type Ordered[T cmp.Ordered] struct{ items []T }

func (o *Ordered[T]) Add(v T) {
	o.items = append(o.items, v)
	slices.Sort(o.items)
}

func (o *Ordered[T]) Max() T { return slices.Max(o.items) }

func SortBy[T any, K cmp.Ordered](xs []T, key func(T) K) {
	sort.Slice(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

type Num interface{ ~int | ~int32 | ~float64 }

func Scale[T Num](xs []T, f T) []T {
	out := make([]T, 0, len(xs))
	for _, x := range xs {
		out = append(out, x*f+1)
	}
	return out
}

func Half[T Num](x T) T       { return x / 2.0 }
func IsZero[T Num](x T) bool  { return x == 0 }
func ToF[T Num](x T) float64  { return float64(x) }
func Big[T Num](a, b T) T     { return max(a, b, 0) }
func Size[T any](x T) uintptr { return unsafe.Sizeof(x) }

type StringInt interface {
	~int
	String() string
}

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

func Show[T StringInt](x T) string { return x.String() + strconv.Itoa(int(x)+1) }

func Recur[T any](n int, x T) []T {
	if n == 0 {
		return nil
	}
	return append(Recur(n-1, x), x)
}

func Merge[T any](cs ...<-chan T) []T {
	var out []T
	for _, c := range cs {
		for v := range c {
			out = append(out, v)
		}
	}
	return out
}

func Gen[T any](xs ...T) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for _, x := range xs {
			c <- x
		}
	}()
	return c
}

type Err[T any] struct{ v T }

func (e *Err[T]) Error() string { return fmt.Sprint("err ", e.v) }

func AsErr[T any](err error) (T, bool) {
	var e *Err[T]
	if errors.As(err, &e) {
		return e.v, true
	}
	var zero T
	return zero, false
}

func Ptrs[T any](xs []T) []*T {
	ps := make([]*T, len(xs))
	for i := range xs {
		ps[i] = &xs[i]
	}
	return ps
}

func NewOf[T any]() *T { return new(T) }

type Matrix[T Num] [][]T

func (m Matrix[T]) Sum() (s T) {
	for _, row := range m {
		for _, v := range row {
			s += v
		}
	}
	return
}

func Sel[T any](a, b chan T) T {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return v
	}
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0)
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func main() {
	fmt.Println(Describe(3), Describe("s"), Describe(Box{"b"}), Describe(2.5))
	fmt.Println(Make[Box]("made"))
	fmt.Println(Collect(All([]string{"a", "b"})))
	var o Ordered[string]
	o.Add("q")
	o.Add("b")
	fmt.Println(o.items, o.Max())
	xs := []string{"ccc", "a", "bb"}
	SortBy(xs, func(s string) int { return len(s) })
	fmt.Println(xs, Scale([]float64{1, 2}, 1.5), Half(7), Half(7.0), IsZero(0.0), ToF(int32(3)), Big(-1, -2))
	fmt.Println(Size(int8(1)), Size("s"), Show(MyInt(4)), len(Recur(3, "x")))
	fmt.Println(Merge(Gen(1, 2), Gen(3)))
	v, ok := AsErr[int](fmt.Errorf("wrap: %w", &Err[int]{7}))
	fmt.Println(v, ok)
	ps := Ptrs([]int{1, 2})
	*ps[0] = 9
	fmt.Println(*ps[0], *NewOf[int](), Matrix[int]{{1, 2}, {3}}.Sum())
	a := make(chan int, 1)
	a <- 5
	fmt.Println(Sel(a, make(chan int)), len(Keys(map[int]bool{1: true})))
}
