package main

import "fmt"

type Stage int

func (s Stage) String() string { return fmt.Sprintf("stage-%d", int(s)) }

type pt struct{ x, y int }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
		panic(pt{1, 2})
	}()
	panic(Stage(3))
}
