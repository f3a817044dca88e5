package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }

func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Try(f(r.Val))
}

func Find[T comparable](xs []T, v T) Option[int] {
	for i, x := range xs {
		if x == v {
			return Some(i)
		}
	}
	return None[int]()
}

var errNeg = errors.New("negative")

func half(n int) (int, error) {
	if n < 0 {
		return 0, errNeg
	}
	return n / 2, nil
}

func main() {
	fmt.Println(Find([]string{"a", "b"}, "b"), Find([]int{1}, 2))
	fmt.Println(Find([]int{1}, 2).OrElse(-1))
	o := Some(3.5)
	v, ok := o.Get()
	fmt.Println(v, ok, o)
	r := Then(Try(strconv.Atoi("42")), half)
	fmt.Printf("%+v\n", r)
	r = Then(Try(strconv.Atoi("-8")), half)
	fmt.Println(r.Err, errors.Is(r.Err, errNeg))
	r2 := Then(Try(strconv.Atoi("x")), func(n int) (string, error) { return fmt.Sprint(n), nil })
	fmt.Println(r2.Err)
	fmt.Printf("%T %T\n", r2, None[[]Option[bool]]())
}
