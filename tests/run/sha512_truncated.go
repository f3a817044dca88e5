package main

import (
	"crypto/sha512"
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"", "abc", strings.Repeat("x", 111), strings.Repeat("y", 112), strings.Repeat("z", 1000)} {
		fmt.Printf("%x\n%x\n%x\n%x\n", sha512.Sum512([]byte(s)), sha512.Sum384([]byte(s)), sha512.Sum512_224([]byte(s)), sha512.Sum512_256([]byte(s)))
	}
	h := sha512.New512_224()
	h.Write([]byte("part one, "))
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	h.Write([]byte("part two"))
	fmt.Printf("%x\n", h.Sum([]byte("prefix")))
	h.Reset()
	h.Write([]byte("abc"))
	fmt.Printf("%x\n", h.Sum(nil))
	h2 := sha512.New512_256()
	h2.Write([]byte("abc"))
	fmt.Printf("%x %d\n", h2.Sum(nil), sha512.Size256+sha512.Size224)
}
