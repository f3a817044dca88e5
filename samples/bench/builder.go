// strings.Builder of ten million pieces (words, numbers, bytes, runes).
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	var b strings.Builder
	for i := 0; i < 10_000_000; i++ {
		switch i % 4 {
		case 0:
			b.WriteString(words[i%len(words)])
		case 1:
			b.WriteString(strconv.Itoa(i))
		case 2:
			b.WriteByte(' ')
		case 3:
			b.WriteRune('é')
		}
	}
	s := b.String()
	fmt.Println(len(s), strings.Count(s, "gamma"), s[len(s)-20:])
}
