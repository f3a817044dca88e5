package main

import (
	"errors"
	"fmt"
)

type P struct{ x, y int }

func (p P) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

type PP struct{ v int }

func (p *PP) String() string { return fmt.Sprint("PP", p.v) }

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

type Both struct{}

func (Both) Error() string  { return "error wins" }
func (Both) String() string { return "string loses" }

type G struct{}

func (G) GoString() string { return "G!" }

type Holder struct {
	Pub  P
	priv P
	Ptr  *PP
}

func main() {
	p := P{1, 2}
	fmt.Println(p, &p, []P{{3, 4}}, map[P]int{{0, 0}: 1})
	fmt.Printf("%v %s %d %+v %#v\n", p, p, p, p, p)
	pp := PP{5}
	fmt.Println(pp, &pp)
	fmt.Println(E{3}, Both{}, errors.New("plain"))
	fmt.Printf("%v %#v %+v\n", G{}, G{}, G{})
	fmt.Println(Holder{P{1, 1}, P{2, 2}, &PP{9}})
	var nilpp *PP
	fmt.Println(nilpp)
	fmt.Printf("%q %x\n", p, p)
	fmt.Println(fmt.Sprint(E{1}), fmt.Sprintf("%5s|%-6v|", p, E{2}))
}
