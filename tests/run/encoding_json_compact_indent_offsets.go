// Compact and Indent report a syntax error at its offset, as Go 1.27 does.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

func main() {
	for _, s := range []string{"[1,]", "[1 2]", `{"a":x}`, "[1", `"\x"`} {
		var b bytes.Buffer
		err := json.Compact(&b, []byte(s))
		err2 := json.Indent(&b, []byte(s), "", " ")
		fmt.Println(s, err, err.(*json.SyntaxError).Offset, err2.(*json.SyntaxError).Offset)
	}
}
