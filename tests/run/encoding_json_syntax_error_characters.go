package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

func main() {
	for _, s := range []string{"é", "\xff", "[1é]", "\x7f", "[1 2]", `{"a":1 "b"}`, `{"a" 1}`, "[1,]", "{,}", `"\x01"`, "\u2028", "日本", "1\x00"} {
		var v any
		err := json.Unmarshal([]byte(s), &v)
		var b bytes.Buffer
		err2 := json.Indent(&b, []byte(s), "", " ")
		err3 := json.Compact(&b, []byte(s))
		fmt.Printf("%q: %v | %v | %v\n", s, err, err2, err3)
	}
}
