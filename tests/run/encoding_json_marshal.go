package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
	"time"
)

type Inner struct {
	N  int     `json:"n"`
	F  float64 `json:"f,omitempty"`
	on bool
}

type Embedded struct {
	E1 string
	E2 int `json:"e2"`
}

type T struct {
	Name    string          `json:"name"`
	Age     int             `json:"age,omitempty"`
	Tags    []string        `json:"tags"`
	M       map[string]int  `json:"m,omitempty"`
	P       *Inner          `json:"p"`
	I       any             `json:"i"`
	Skip    string          `json:"-"`
	Dash    string          `json:"-,"`
	Quoted  int             `json:"q,string"`
	B       []byte          `json:"b"`
	Arr     [3]int          `json:"arr"`
	Inners  []Inner         `json:"inners"`
	IntKeys map[int]string  `json:"ik"`
	Raw     json.RawMessage `json:"raw"`
	Num     json.Number     `json:"num"`
	Html    string          `json:"html"`
	Zero    time.Duration   `json:"zero,omitzero"`
	Embedded
}

type Color int

func (c Color) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("color-%d", int(c))), nil }

func (c *Color) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "color-%d", (*int)(c))
	return err
}

type Custom struct{ X int }

func (c Custom) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`{"custom": %d}`, c.X)), nil }

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte(`{bad}`), nil }

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Printf("%s %v\n", b, err)
}

func main() {
	t := T{Name: "Ann", Tags: nil, P: &Inner{N: 3, F: 1.5}, I: []any{1, "x", nil, true, 2.5},
		Quoted: 42, B: []byte("hello"), Inners: []Inner{{1, 0, true}, {2, 1e-7, false}},
		IntKeys: map[int]string{10: "a", 2: "b", -1: "c"}, Raw: json.RawMessage(`{"a" : [1, 2]}`),
		Num: "12.5e3", Html: "<a href=\"x\">&</a>\u2028", Embedded: Embedded{"e", 7}, Dash: "dash"}
	show(t)
	b, _ := json.MarshalIndent(t, ">", "  ")
	fmt.Println(string(b))
	show(map[Color]Color{1: 2, 3: 4})
	show([]Custom{{1}, {2}})
	show(Bad{})
	show(math.NaN())
	show(math.Inf(-1))
	show(make(chan int))
	show(func() {})
	show(complex(1, 2))
	show([]float64{0, 1, -1, 1e20, 1e21, 1e-6, 1e-7, 123456789.125, 0.1, float64(float32(0.1))})
	show([]float32{0.1, 1e21, 3.4e38})
	show("\x00\x1f\t\n\r\b\f\"\\/\xff\xfe é 日本")
	show(nil)
	show([]int(nil))
	show(map[string]int(nil))
	show(struct{}{})
	show([0]int{})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode("<&>")
	enc.SetIndent("", "\t")
	enc.Encode(map[string]any{"z": 1, "a": []int{}, "m": map[string]int{}, "s": []int{1, 2}})
	fmt.Print(buf.String())
	fmt.Println(json.Valid([]byte(`{"a":1}`)), json.Valid([]byte(`{"a":}`)))
	var out bytes.Buffer
	fmt.Println(json.Compact(&out, []byte(" { \"a\" : [ 1 , 2 ] } ")), out.String())
	out.Reset()
	fmt.Println(json.Indent(&out, []byte(`[1,{"a":[]},{}]`), "", "  "), out.String())
	out.Reset()
	json.HTMLEscape(&out, []byte(`{"x":"<b>&amp;</b>"}`))
	fmt.Println(out.String())
	_ = os.Stdout
	_ = strings.ToUpper
}
