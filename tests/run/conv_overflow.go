package main

import "fmt"

func main() {
	f := 3.99
	g := -3.99
	fmt.Println(int(f), int(g), uint8(int(f)), int64(f*1e10))
	var h float32 = 16777217
	fmt.Println(h, float64(h), float32(0.1), float64(float32(0.1)))
	i := 1 << 62
	fmt.Println(float64(i), float32(i))
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), uint64(float64(u)/2))
	x := 300
	fmt.Println(byte(x), int8(x), rune(x), string(rune(x)))
}
