// encoding/hex: encoding, decoding (and its errors, an invalid byte reported
// before an odd length), appending, and Dump's layout.
package main

import (
	"encoding/hex"
	"errors"
	"fmt"
)

func main() {
	src := []byte("Hello, Gopher!\x00\xff\x7f")
	enc := hex.EncodeToString(src)
	fmt.Println(enc, hex.EncodedLen(len(src)), hex.DecodedLen(len(enc)))
	dst := make([]byte, hex.EncodedLen(3))
	fmt.Println(hex.Encode(dst, []byte{1, 0xab, 0xcd}), string(dst))
	fmt.Println(string(hex.AppendEncode([]byte("x="), []byte{0xde, 0xad})))
	for _, s := range []string{enc, "DEADbeef", "", "abc", "zz", "a", "0g", "g", "12345x", "1234567"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q -> %q %v", s, b, err)
		var ibe hex.InvalidByteError
		if errors.As(err, &ibe) {
			fmt.Printf(" (invalid byte %d)", byte(ibe))
		}
		fmt.Println(errors.Is(err, hex.ErrLength))
	}
	out, err := hex.AppendDecode([]byte("pre:"), []byte("41424x"))
	fmt.Printf("%q %v\n", out, err)
	n, err := hex.Decode(make([]byte, 4), []byte("0102ff"))
	fmt.Println(n, err)
	for _, n := range []int{0, 1, 7, 8, 9, 15, 16, 17, 40} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*37 + 30)
		}
		fmt.Print(hex.Dump(b))
	}
}
