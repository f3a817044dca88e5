package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Inner struct {
	N int     `json:"n"`
	F float64 `json:"f"`
}

type T struct {
	Name            string         `json:"name"`
	Age             int8           `json:"age"`
	Tags            []string       `json:"tags"`
	M               map[string]int `json:"m"`
	P               *Inner         `json:"p"`
	I               any            `json:"i"`
	Q               int            `json:"q,string"`
	B               []byte         `json:"b"`
	Arr             [2]int         `json:"arr"`
	Inners          []Inner        `json:"inners"`
	IK              map[int]string `json:"ik"`
	Raw             json.RawMessage
	Num             json.Number
	U               uint8
	CaseInsensitive string
}

func try(data string, v any) {
	err := json.Unmarshal([]byte(data), v)
	fmt.Printf("%-40q err=%v\n", data, err)
	if err != nil {
		if se, ok := err.(*json.SyntaxError); ok {
			fmt.Println("  offset", se.Offset)
		}
		if te, ok := err.(*json.UnmarshalTypeError); ok {
			fmt.Println("  type err", te.Value, te.Type, te.Offset, te.Struct, te.Field)
		}
	}
}

func main() {
	var t T
	err := json.Unmarshal([]byte(`{"name":"Bob","age":30,"tags":["a","b"],"m":{"x":1},"p":{"n":5,"f":2.5},
	"i":{"k":[1,"s",null,true,{"z":1.5}]},"q":"17","b":"aGVsbG8=","arr":[1,2,3],"inners":[{"n":1},{"n":2}],
	"ik":{"3":"three"},"Raw":{"a": 1},"Num":12.50,"U":255,"caseinsensitive":"yes","unknown":1}`), &t)
	fmt.Printf("%v\n%+v\n", err, *t.P)
	t.P = nil
	fmt.Printf("%+v\n", t)
	fmt.Printf("%s %v\n", t.B, t.I)
	for _, s := range []string{``, ` `, `{`, `{"a"`, `{"a":`, `{"a":1`, `{"a":1,`, `[1,2`, `[1,]`, `{,}`, `{"a" 1}`, `{"a":1 "b":2}`,
		`[1 2]`, `tru`, `trux`, `nul`, `fals`, `-`, `-a`, `01`, `1.`, `1.e5`, `1e`, `1e+`, `"abc`, "\"a\x01\"", `"\x"`, `"\u12"`, `"\u12g4"`,
		`1 2`, `{} x`, `[] ]`, `'a'`, `{"a":1}}`, `nulll`, `{"a":tru}`, `[true false]`, `{1:2}`, `  `, `[`} {
		var v any
		try(s, &v)
	}
	var n int
	try(`"x"`, &n)
	try(`1.5`, &n)
	try(`99999999999999999999`, &n)
	try(`true`, &n)
	try(`[1]`, &n)
	try(`{}`, &n)
	try(`null`, &n)
	var t2 T
	try(`{"age":300}`, &t2)
	try(`{"age":"x","name":5}`, &t2)
	try(`{"p":{"n":"str"}}`, &t2)
	try(`{"inners":[{"n":1},{"n":"bad"}]}`, &t2)
	try(`{"q":17}`, &t2)
	try(`{"q":"abc"}`, &t2)
	try(`{"ik":{"x":"y"}}`, &t2)
	try(`{"m":{"a":"b"}}`, &t2)
	try(`{"tags":"notarray"}`, &t2)
	try(`{"b":"!!!"}`, &t2)
	try(`{"U":-1}`, &t2)
	try(`{"U":256}`, &t2)
	try(`[1,2]`, &t2)
	try(`{}`, nil)
	try(`{}`, t2)
	var np *T
	try(`{}`, np)
	try(`{bad`, nil)
	var arr [2]int
	try(`[7,8,9]`, &arr)
	fmt.Println(arr)
	try(`[7]`, &arr)
	fmt.Println(arr)
	var sl = []int{1, 2, 3}
	try(`[]`, &sl)
	fmt.Println(sl, sl == nil)
	try(`null`, &sl)
	fmt.Println(sl, sl == nil)
	var mm map[string]any
	try(`{"a":{"b":[1,2,{"c":null}]},"d":1e400}`, &mm)
	try(`{"a":"\ud83d\ude00 \ud800 \u00e9 \"q\" \\ \/ \b\f\n\r\t"}`, &mm)
	fmt.Printf("%q\n", mm["a"])
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2} [3] "s" 4 `))
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			fmt.Println("decode end:", err)
			break
		}
		fmt.Println(v, dec.InputOffset())
	}
	dec = json.NewDecoder(strings.NewReader(`{"a":1} {"a":`))
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			fmt.Println("decode end:", err)
			break
		}
		fmt.Println(v)
	}
	dec = json.NewDecoder(strings.NewReader(`[{"n":1,"x":2},{"n":2}]`))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	tok, err := dec.Token()
	fmt.Println(tok, err)
	for dec.More() {
		var in Inner
		fmt.Println(dec.Decode(&in), in)
	}
	tok, err = dec.Token()
	fmt.Println(tok, err)
	tok, err = dec.Token()
	fmt.Println(tok, err)
	dec = json.NewDecoder(strings.NewReader(`{"a": [1, "two", true, null, {"b": 2.5}]}`))
	for {
		tok, err := dec.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T %v\n", tok, tok)
	}
	var nv any
	d2 := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	d2.UseNumber()
	fmt.Println(d2.Decode(&nv), nv)
}
