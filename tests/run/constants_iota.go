package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
)

const big = 1 << 100
const pi = 3.14159265358979323846264338327950288

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

func main() {
	fmt.Println(Sunday, Monday, Thursday, int(Thursday))
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d)
	fmt.Println(big>>98, pi*2)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	var f float32 = pi
	fmt.Println(f)
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'x', "s")
}
