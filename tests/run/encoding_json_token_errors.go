package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{`{-1}`, `{:}`, `{1"}`, `[1 2]`, `[1,,2]`, `{"a" 1}`, `{"a":1 "b":2}`, `{"a":1,}`, `[1,]`, `]`, `}`, `[}`, `{]`, `{"a"]`, `[1:2]`, `{"a":}`, `tru`, `"abc`, `[1,`, `[`, `{"a":"b",`, `1 2`, `x`, `[x]`, `{"a":x}`, `[1]]`, `,1`, `:`, `{"a",1}`, `{"a"::1}`, `["a":1]`, `[1.]`, `[-]`, `["\x"]`, "[\"\x01\"]", `{"a":1}}`, `[tx]`} {
		dec := json.NewDecoder(strings.NewReader(s))
		var toks []string
		for i := 0; i < 10; i++ {
			t, err := dec.Token()
			if err != nil {
				toks = append(toks, fmt.Sprintf("ERR(%v @%d)", err, dec.InputOffset()))
				break
			}
			toks = append(toks, fmt.Sprint(t))
		}
		fmt.Printf("%-12s %q\n", s, toks)
	}
}
