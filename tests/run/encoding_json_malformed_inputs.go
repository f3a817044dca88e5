// Malformed and well-formed JSON through Valid, Unmarshal (into any, a
// struct, a map), Indent, a Decoder's Token stream and Marshal: errors,
// offsets and results as Go's.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
)

type S struct {
	N int               `json:"n"`
	A []any             `json:"a"`
	M map[string]string `json:"m"`
	P *S                `json:"p"`
}

func main() {
	// each line of the input is a Go-escaped byte string to decode
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line, err := strconv.Unquote(`"` + sc.Text() + `"`)
		if err != nil {
			line = sc.Text()
		}
		data := []byte(line)
		var v any
		e1 := json.Unmarshal(data, &v)
		var s S
		e2 := json.Unmarshal(data, &s)
		var buf bytes.Buffer
		e3 := json.Indent(&buf, data, "", " ")
		var m map[string]int
		e4 := json.Unmarshal(data, &m)
		dec := json.NewDecoder(bytes.NewReader(data))
		var toks []string
		for i := 0; i < 20; i++ {
			t, err := dec.Token()
			if err != nil {
				toks = append(toks, err.Error())
				break
			}
			toks = append(toks, fmt.Sprint(t))
		}
		out, e5 := json.Marshal(v)
		fmt.Printf("%q %v %v|%v %v|%v %q|%v %v|%q|%s %v\n", line, json.Valid(data), e1, v, e2, s.N, e3, buf.String(), e4, toks, out, e5)
	}
}
