package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type S struct {
	I  int     `json:",string"`
	B  bool    `json:",string"`
	F  float64 `json:",string"`
	St string  `json:",string"`
	P  *int    `json:",string"`
}

type Bad struct{ X int }

func (Bad) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type PBad struct{ X int }

func (*PBad) MarshalJSON() ([]byte, error) { return nil, errors.New("pboom") }

type TBad int

func (TBad) MarshalText() ([]byte, error) { return nil, errors.New("tboom") }

type W struct {
	B  Bad
	PB PBad
	T  TBad
}

func try(data string) {
	var s S
	err := json.Unmarshal([]byte(data), &s)
	p := "nil"
	if s.P != nil {
		p = fmt.Sprint(*s.P)
	}
	s.P = nil
	fmt.Printf("%-24s err=%v %+v %s\n", data, err, s, p)
	if te, ok := err.(*json.UnmarshalTypeError); ok {
		fmt.Printf("  %q %v %d %q %q %v\n", te.Value, te.Type, te.Offset, te.Struct, te.Field, te.Err)
	}
}

func main() {
	for _, d := range []string{`{"I":"12"}`, `{"I":12}`, `{"I":"abc"}`, `{"I":""}`, `{"I":null}`, `{"I":"null"}`, `{"I":"1.5"}`,
		`{"B":"true"}`, `{"B":"yes"}`, `{"B":true}`, `{"F":"2.5"}`, `{"F":"x"}`, `{"St":"\"q\""}`, `{"St":"q"}`, `{"St":5}`, `{"P":"7"}`, `{"I":[1]}`, `{"I":{}}`, `{"I":" 1"}`} {
		try(d)
	}
	for _, v := range []any{Bad{}, &Bad{}, W{}, &W{}, []Bad{{}}, map[string]Bad{"a": {}}, PBad{}, &PBad{}, TBad(1), map[TBad]int{1: 1}} {
		b, err := json.Marshal(v)
		fmt.Printf("%s %v\n", b, err)
	}
	b, err := json.Marshal(S{I: 5, B: true, F: 1.5, St: "x<y", P: new(int)})
	fmt.Printf("%s %v\n", b, err)
}
