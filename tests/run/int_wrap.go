package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int16 = -32768
	c--
	var d uint16 = 65535
	d += 2
	var e int32 = 2147483647
	e *= 2
	var f uint32 = 1 << 31
	f <<= 1
	var g int64 = 9223372036854775807
	g++
	var h uint64 = 0
	h -= 1
	fmt.Println(a, b, c, d, e, f, g, h)
	var x int = -7
	fmt.Println(x/2, x%2, -x/2, x>>1, uint(x)>>60)
	var m int8 = -128
	fmt.Println(m/-1, m%-1, -m)
	var big int64 = -9223372036854775808
	n := int64(-1)
	fmt.Println(big/n, big%n)
	fmt.Println(^0, ^uint8(3), 5&^3, 6|9, 6^3)
	u := uint32(0xdeadbeef)
	fmt.Println(u>>4, int32(u), uint16(u), int8(u))
}
