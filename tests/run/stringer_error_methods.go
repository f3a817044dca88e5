package main

import (
	"fmt"
	"strconv"
)

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°C" }

type Pair struct {
	K string
	V Temp
}

type Err struct{ msg string }

func (e Err) Error() string { return "err: " + e.msg }

type Both struct{}

func (Both) String() string { return "stringer" }
func (Both) Error() string  { return "error wins" }

func main() {
	var t Temp = 21.5
	fmt.Println(t)
	fmt.Printf("%v %s %d\n", t, t, 7)
	fmt.Println(Pair{"a", 3})
	fmt.Println([]Temp{1, 2})
	fmt.Println(Err{"boom"})
	fmt.Printf("%v|%s|%q\n", Err{"x"}, Err{"y"}, Err{"z"})
	fmt.Println(Both{})
	m := map[Temp]int{2: 1, 1: 2}
	fmt.Println(m)
	p := &Pair{"p", 0}
	fmt.Println(p)
}
