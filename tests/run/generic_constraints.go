package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

// StringableNumber mixes methods and type terms.
type StringableNumber interface {
	~int | ~float64
	String() string
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type Count int

func (c Count) String() string { return "#" + strconv.Itoa(int(c)) }

func Describe[T StringableNumber](xs []T) string {
	var sum T
	s := ""
	for _, x := range xs {
		sum += x
		s += x.String() + " "
	}
	return s + "= " + sum.String()
}

func Join[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

// Index works on any comparable type, interfaces included.
func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type Number interface {
	int | int64 | float64
}

func SumAll[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

type Ptr[T any] interface {
	*T
	Set(string)
}

type Config struct{ name string }

func (c *Config) Set(s string) { c.name = s }

// FromStrings uses a pointer-method constraint to build values.
func FromStrings[T any, PT Ptr[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

func main() {
	fmt.Println(Describe([]Celsius{1.5, 2, 3.25}))
	fmt.Println(Describe([]Count{1, 2, 3}))
	fmt.Println(Join([]Count{4, 5}, ", "))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]any{1, "x", 2.5}, any(2.5)), Index([]Count{1}, 2))
	fmt.Println(SumAll(1, 2, 3), SumAll(1.5, 2), SumAll[int64]())
	cs := FromStrings[Config]([]string{"x", "y"})
	fmt.Println(cs, len(cs))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Index([]any{[]int{1}}, any([]int{1})))
}
