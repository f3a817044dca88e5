package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	fmt.Println(popcount(0xFF), popcount(1<<63|1))
	var x uint8 = 0b1011_0110
	fmt.Printf("%08b %08b %08b %08b\n", x, ^x, x<<2, x>>3)
	y := int32(-8)
	fmt.Println(y>>1, uint32(y)>>1, y<<28)
	var s uint = 70
	fmt.Println(1<<s == 0, int64(1)<<(s-10))
	fmt.Printf("%x %X %#b\n", 0xdead_beef, uint16(0xABCD), 5)
	const mask = 1<<8 - 1
	fmt.Println(0x1234&mask, 0x1234|mask, 0x1234^mask)
}
