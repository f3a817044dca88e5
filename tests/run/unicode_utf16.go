// unicode/utf16: encoding and decoding, surrogate pairs, invalid input.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	rs := []rune{'a', 'é', '世', 0xFFFF, 0x10000, '😀', 0x10FFFF, 0xD800, 0xDFFF, -1, 0x110000}
	for _, r := range rs {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%U len=%d surr=%v pair=%X,%X back=%U\n", r, utf16.RuneLen(r), utf16.IsSurrogate(r), r1, r2, utf16.DecodeRune(r1, r2))
	}
	enc := utf16.Encode(rs)
	fmt.Printf("%X\n", enc)
	fmt.Printf("%U\n", utf16.Decode(enc))
	bad := []uint16{0x61, 0xD83D, 0x62, 0xDE00, 0xD83D, 0xDE00, 0xD800}
	fmt.Printf("%U\n", utf16.Decode(bad))
	fmt.Printf("%X\n", utf16.AppendRune([]uint16{1}, '😀'))
	fmt.Printf("%X %d\n", utf16.Encode(nil), len(utf16.Decode(nil)))
	fmt.Println(string(utf16.Decode(utf16.Encode([]rune("héllo, 世界 😀")))))
}
