package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a&b, a|b, a^b, a&^b)
	fmt.Println(a<<3, a>>1, -a>>1)
	var u8 uint8 = 250
	u8 += 10
	fmt.Println(u8)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u uint = 0
	u--
	fmt.Println(u)
	var i64 int64 = -9223372036854775808
	fmt.Println(i64, -i64, i64/-1)
	x := 1
	fmt.Println(x<<63, x<<64, uint32(1)<<31)
}
