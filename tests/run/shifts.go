package main

import "fmt"

func main() {
	var x int32 = 1
	for _, s := range []uint{0, 1, 31, 32, 33, 64, 100} {
		fmt.Println(s, x<<s, int32(-8)>>s, uint32(0x80000000)>>s)
	}
	var y int64 = -1
	var n int = 63
	fmt.Println(y<<n, y>>n, uint64(y)>>n)
	var k uint8 = 200
	fmt.Println(k<<1, k>>1, int8(k)>>1)
	s := 3
	fmt.Println(1<<s, 1.0*float64(int(1)<<s))
}
