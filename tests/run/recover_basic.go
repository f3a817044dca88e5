package main

import (
	"errors"
	"fmt"
	"os"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func noPanic() {
	defer func() {
		fmt.Println("recover without panic:", recover())
	}()
}

func helper() any { return recover() }

func indirect() {
	defer func() {
		fmt.Println("indirect recover:", helper())
		fmt.Println("direct recover:", recover())
	}()
	panic("x")
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	noPanic()
	indirect()
	fmt.Println("after indirect", recover())
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(ok, err, errors.Is(err, os.ErrNotExist))
	}()
	panic(fmt.Errorf("wrapping: %w", os.ErrNotExist))
}
