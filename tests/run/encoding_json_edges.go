package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

type inner struct{ V int }
type Outer struct {
	*inner
	W int
}
type Weird struct {
	A int `json:"a-b.c"`
	B int `json:"b"`
	C int `json:"日本"`
	D int `json:",omitempty"`
	E int `json:"e,unknownopt"`
	F int `json:"F"`
	G int `json:"f"`
}

func main() {
	var o Outer
	fmt.Println(json.Unmarshal([]byte(`{"V":1,"W":2}`), &o), o.W, o.inner)
	b, err := json.Marshal(Weird{1, 2, 3, 0, 5, 6, 7})
	fmt.Println(string(b), err)
	var w Weird
	fmt.Println(json.Unmarshal([]byte(`{"A-B.C":1,"日本":3,"f":9,"F":8,"E":5}`), &w), w)
	deep := strings.Repeat("[", 5000) + strings.Repeat("]", 5000)
	var x any
	fmt.Println(json.Unmarshal([]byte(deep), &x))
	deeper := strings.Repeat("[", 10001) + strings.Repeat("]", 10001)
	err = json.Unmarshal([]byte(deeper), &x)
	fmt.Println(err)
	m := map[string]int{"keep": 1, "a": 5}
	fmt.Println(json.Unmarshal([]byte(`{"a":2,"b":3}`), &m), m)
	s := []int{9, 9, 9, 9}
	s = s[:1]
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &s), s, s[:4])
	var n json.Number
	fmt.Println(json.Unmarshal([]byte(`"12"`), &n), n)
	fmt.Println(json.Unmarshal([]byte(`"1x"`), &n), n)
	b, err = json.Marshal(json.Number("bad"))
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[string]any{"<k>": "&", "nested": map[int]float64{1: 0.000001, 2: 1e21, 3: -0.0}})
	fmt.Println(string(b), err)
	var buf bytes.Buffer
	fmt.Println(json.Indent(&buf, []byte(`{"a":1,}`), "", " "), buf.Len())
	fmt.Println(json.Indent(&buf, []byte("  [1, {\"b\" : \"c d\"}]  \n"), "> ", "\t"), buf.String())
	dec := json.NewDecoder(strings.NewReader(`{"a":1} x {"b":2}`))
	for i := 0; i < 3; i++ {
		var v any
		err := dec.Decode(&v)
		fmt.Println(v, err)
	}
	dec = json.NewDecoder(strings.NewReader(`[1,2] {"x": [true]}`))
	for {
		t, err := dec.Token()
		if err != nil {
			fmt.Println("end", err)
			break
		}
		fmt.Printf("%v:%d ", t, dec.InputOffset())
	}
	dec = json.NewDecoder(strings.NewReader(`{"a" 1}`))
	for i := 0; i < 3; i++ {
		t, err := dec.Token()
		fmt.Println(t, err)
	}
	dec = json.NewDecoder(strings.NewReader(`[1 2]`))
	for i := 0; i < 4; i++ {
		t, err := dec.Token()
		fmt.Println(t, err)
	}
	var iface any
	fmt.Println(json.Unmarshal([]byte(`123456789012345678901234567890`), &iface), iface)
	var f32 float32
	fmt.Println(json.Unmarshal([]byte(`0.1`), &f32), f32)
	var ui uint
	fmt.Println(json.Unmarshal([]byte(`1e3`), &ui), ui)
	var pp **int
	fmt.Println(json.Unmarshal([]byte(`5`), &pp), **pp)
	fmt.Println(json.Unmarshal([]byte(`null`), &pp), pp)
	var str string = "keep"
	fmt.Println(json.Unmarshal([]byte(`null`), &str), str)
	var arr [3]string
	fmt.Println(json.Unmarshal([]byte(` [ "a" , "b" ] `), &arr), arr, len(arr[2]))
	type E struct{}
	b, err = json.Marshal(map[string]E{"z": {}, "a": {}})
	fmt.Println(string(b), err)
	b, err = json.Marshal([]any{int8(-5), uint64(1 << 63), float32(1.1), "é\u2029", []byte{}, [0]byte{}, [2]byte{1, 2}})
	fmt.Println(string(b), err)
}
