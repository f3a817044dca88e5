package main

import (
	"encoding/json"
	"fmt"
)

type Inner struct {
	N int `json:"n"`
}
type Emb struct{ E int }
type Outer struct {
	Emb
	*Inner
	L     []Inner
	M     map[string]Inner
	A     [2]Inner
	I     any
	Named MyMap
}
type MyMap map[string]int

func try(data string, v any) {
	err := json.Unmarshal([]byte(data), v)
	fmt.Printf("%-30s err=%v\n", data, err)
	if te, ok := err.(*json.UnmarshalTypeError); ok {
		fmt.Printf("  %q %v %d %q %q\n", te.Value, te.Type, te.Offset, te.Struct, te.Field)
	}
	if se, ok := err.(*json.SyntaxError); ok {
		fmt.Println("  offset", se.Offset)
	}
}

func main() {
	var li []Inner
	try(`[{"n":1},{"n":"x"}]`, &li)
	var mm MyMap
	try(`{"a":"x"}`, &mm)
	var o Outer
	try(`{"E":"x"}`, &o)
	try(`{"n":"x"}`, &o)
	try(`{"L":[{"n":true}]}`, &o)
	try(`{"M":{"k":{"n":[]}}}`, &o)
	try(`{"A":[{},{"n":{}}]}`, &o)
	try(`{"Named":{"z":null, "y":"s"}}`, &o)
	var po *Outer
	try(`{"E":"x"}`, &po)
	var x any
	for _, s := range []string{`[1.`, `{"a":-`, `1ex`, `[tru`, `"\ud800"`, `[1.5x]`, `-01`, `[-]`, `{"a":1.}`, `"\u"`, `"\uzzzz"`, "\"\\", `"\`, `[1,2,3`, `{"a":"b`, `00`, `2.`, `[2.]`, `{"a" : 1, }`} {
		try(s, &x)
	}
	var r json.RawMessage
	fmt.Printf("%T\n", r)
	var n json.Number
	fmt.Printf("%T %T\n", n, json.Delim('['))
	var f float32
	try(`1e39`, &f)
	var i8 int8
	try(`1.0`, &i8)
	try(`-129`, &i8)
	var s string
	try(`{"a":1}`, &s)
	try(`[1]`, &s)
	var b bool
	try(`"true"`, &b)
	try(`1`, &b)
	var ifc fmt.Stringer
	try(`"x"`, &ifc)
	try(`{}`, &ifc)
	var mk map[float64]int
	try(`{"1":1}`, &mk)
}
