// Generated objects decoded into a struct of many field types: what is
// stored and the first type error (with its path), as Go.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

type Sub struct {
	A int
	B string
}

type T struct {
	A int8              `json:"a"`
	B uint              `json:"b"`
	C float32           `json:"c"`
	D string            `json:"d"`
	E bool              `json:"e"`
	F []int             `json:"f"`
	G map[string]uint16 `json:"g"`
	H *Sub              `json:"h"`
	X [2]any            `json:"x"`
	Q int               `json:"B,string"`
	I any
	By []byte
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		var t T
		err := json.Unmarshal(sc.Bytes(), &t)
		h := "nil"
		if t.H != nil {
			h = fmt.Sprintf("%+v", *t.H)
		}
		t.H = nil
		fmt.Printf("%s\n  %v\n  %+v %s\n", sc.Text(), err, t, h)
		if te, ok := err.(*json.UnmarshalTypeError); ok {
			fmt.Println("  ", te.Offset, te.Struct, te.Field)
		}
	}
}
