package main

import (
	"errors"
	"fmt"
	"strconv"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

func work(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("negative")
	}
	if n == 0 {
		return 0, &MyErr{42}
	}
	return n * 2, nil
}

var ErrBase = errors.New("base")

func main() {
	for _, n := range []int{3, -1, 0} {
		v, err := work(n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("ok:", v)
	}
	e := fmt.Errorf("wrapped: %w", ErrBase)
	fmt.Println(e, errors.Is(e, ErrBase), errors.Unwrap(e) == ErrBase)
	_, err := strconv.Atoi("12x")
	fmt.Println(err)
	var me *MyErr
	fmt.Println(errors.As(&MyErr{1}, &me), me)
}
