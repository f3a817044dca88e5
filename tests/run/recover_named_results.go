package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			n = -1
			err = fmt.Errorf("parse %q: %v", s, r)
		}
	}()
	v, e := strconv.Atoi(s)
	if e != nil {
		panic(e)
	}
	if v < 0 {
		panic(errors.New("negative"))
	}
	return v * 2, nil
}

func unnamed() int {
	defer func() { recover() }()
	panic("lost")
}

func main() {
	for _, s := range []string{"21", "x", "-3"} {
		fmt.Println(parse(s))
	}
	fmt.Println(unnamed())
}
