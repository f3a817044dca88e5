package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type A struct {
	X int
	Y string `json:"y"`
}
type B struct {
	X int
	Z bool
}
type C struct {
	A
	B
	W float64
}
type D struct {
	*A
	Tagged B `json:"tb"`
	priv   int
	Pub    int
}

type Temp float64

func (t *Temp) UnmarshalJSON(b []byte) error {
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return fmt.Errorf("temp: %w", err)
	}
	*t = Temp(f * 10)
	return nil
}

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte([]string{"low", "high"}[l]), nil }
func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 0
	case "high":
		*l = 1
	default:
		return fmt.Errorf("bad level %q", b)
	}
	return nil
}

type Node struct {
	Val  int
	Next *Node `json:",omitempty"`
}

type Config struct {
	Name   string          `json:"name"`
	Levels map[Level]Temp  `json:"levels"`
	Lv     Level           `json:"lv"`
	T      Temp            `json:"t"`
	When   time.Time       `json:"when"`
	Dur    time.Duration   `json:"dur"`
	Extra  map[string]any  `json:"extra,omitempty"`
	Ptrs   []*int          `json:"ptrs"`
	Iface  fmt.Stringer    `json:"iface"`
	Anon   struct{ Q int } `json:"anon"`
	Empty  struct{}        `json:"empty,omitempty"`
	ZeroT  time.Time       `json:"zt,omitzero"`
}

func main() {
	b, err := json.Marshal(C{A{1, "a"}, B{2, true}, 3})
	fmt.Println(string(b), err)
	var c C
	fmt.Println(json.Unmarshal([]byte(`{"X":9,"y":"yy","Z":true,"W":1}`), &c), c)
	b, err = json.Marshal(D{Pub: 1})
	fmt.Println(string(b), err)
	b, err = json.Marshal(D{A: &A{5, "five"}, Pub: 1})
	fmt.Println(string(b), err)
	var d D
	fmt.Println(json.Unmarshal([]byte(`{"X":3,"y":"q","tb":{"X":4},"priv":5,"Pub":6}`), &d), *d.A, d.Tagged, d.priv, d.Pub)
	n := &Node{1, &Node{2, nil}}
	b, err = json.Marshal(n)
	fmt.Println(string(b), err)
	n.Next.Next = n
	b, err = json.Marshal(n)
	fmt.Println(string(b), err)
	cfg := Config{Name: "c", Levels: map[Level]Temp{1: 2.5, 0: -1}, Lv: 1, T: 3, When: time.Date(2024, 1, 2, 3, 4, 5, 6, time.UTC), Dur: time.Second, Ptrs: []*int{nil, new(int)}}
	b, err = json.MarshalIndent(cfg, "", "  ")
	fmt.Println(string(b), err)
	var cfg2 Config
	err = json.Unmarshal(b, &cfg2)
	fmt.Println(err, cfg2.Levels, cfg2.Lv, cfg2.T, cfg2.When, cfg2.Dur)
	fmt.Println(json.Unmarshal([]byte(`{"lv":"medium"}`), &cfg2))
	fmt.Println(json.Unmarshal([]byte(`{"t":"hot"}`), &cfg2))
	fmt.Println(json.Unmarshal([]byte(`{"when":"yesterday"}`), &cfg2))
	var anyv any = &A{}
	fmt.Println(json.Unmarshal([]byte(`{"X":7}`), &anyv), anyv.(*A).X)
	var arr []any
	dec := json.NewDecoder(strings.NewReader(`[1, 2.5, -3e2, "x"]`))
	dec.UseNumber()
	fmt.Println(dec.Decode(&arr), arr)
	for _, x := range arr {
		fmt.Printf("%T ", x)
	}
	fmt.Println()
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("#", "--")
	enc.Encode([]any{map[string]any{"k": []int{1}}, "s", nil})
	var m map[string]*A
	fmt.Println(json.Unmarshal([]byte(`{"a":{"X":1},"b":null}`), &m), *m["a"], m["b"])
	var mi map[int]bool
	fmt.Println(json.Unmarshal([]byte(`{"1":true,"-2":false}`), &mi), mi)
	var u8 []uint8
	fmt.Println(json.Unmarshal([]byte(`[1,2,3]`), &u8), u8)
	fmt.Println(json.Unmarshal([]byte(`"AQID"`), &u8), u8)
	var ia [2]any
	fmt.Println(json.Unmarshal([]byte(`[{"a":1},[true]]`), &ia), ia)
	type Rec struct {
		Name string
		Kids []Rec
	}
	var r Rec
	fmt.Println(json.Unmarshal([]byte(`{"name":"root","kids":[{"Name":"k1"},{"NAME":"k2","Kids":[]}]}`), &r), r)
	b, _ = json.Marshal(r)
	fmt.Println(string(b))
}
