package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	pairs := [][2]string{{"\u212A", "k"}, {"ſ", "S"}, {"Straße", "STRASSE"}, {"σ", "ς"}, {"ǅ", "ǆ"}, {"Go", "GO"}, {"ß", "ẞ"}, {"İ", "i"}}
	for _, p := range pairs {
		fmt.Println(strings.EqualFold(p[0], p[1]), bytes.EqualFold([]byte(p[0]), []byte(p[1])))
	}
}
