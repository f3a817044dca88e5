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

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
)

type Flags uint8

const (
	F1 Flags = 1 << iota
	F2
	F3
)

const big = 1 << 100
const fl = big >> 98
const typed int32 = 7

func main() {
	fmt.Println(Sunday, Monday, Thursday, Weekday(2))
	fmt.Printf("%d %v %s\n", Tuesday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d)
	fmt.Println(F1|F3, F2, fl, typed*2)
	const local = "const" + "ant"
	fmt.Println(local, len(local))
	fmt.Println(1e3, 2.5e-3, 0x1p4, 'a', "\x41\u00e9", 07, 0b101, 0o17, 1_000_000)
	const x = 10 / 4
	const y = 10 / 4.0
	fmt.Println(x, y, 7%3, -7/2)
}
