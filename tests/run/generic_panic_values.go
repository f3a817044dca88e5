package main

import (
	"errors"
	"fmt"
)

type Pair[K comparable, V any] struct {
	K K
	V V
}

type MyErr[T any] struct{ v T }

func (e MyErr[T]) Error() string { return fmt.Sprint("myerr ", e.v) }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	defer func() {
		var x any = Pair[string, []int]{"a", nil}
		_ = x.(Pair[string, int])
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
		}()
		panic(Pair[int, string]{1, "a"})
	}()
	var e MyErr[int]
	fmt.Println(errors.As(fmt.Errorf("w: %w", MyErr[int]{3}), &e), e.v)
	fmt.Println(Must(42, nil))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Must("x", MyErr[string]{"bad"})
	}()
}
