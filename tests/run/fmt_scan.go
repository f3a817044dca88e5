// fmt's scanning functions on strings: values of every basic kind, defined
// types, custom Scanners, Scanf formats, and the errors of each.
package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Name string
type Level int8

// pair scans itself from "(a,b)".
type pair struct{ a, b int }

func (p *pair) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(runeState{st}, "(%d,%d)", &p.a, &p.b)
	return err
}

// runeState lets a ScanState be read by Fscanf.
type runeState struct{ fmt.ScanState }

func main() {
	var i int
	var s string
	var f float64
	var b bool
	n, err := fmt.Sscan("42 hello 3.5 true", &i, &s, &f, &b)
	fmt.Println(n, err, i, s, f, b)

	var i8 int8
	var u16 uint16
	var u uint
	var f32 float32
	n, err = fmt.Sscan("-12\n\n 65535 0x1f 1e3", &i8, &u16, &u, &f32)
	fmt.Println(n, err, i8, u16, u, f32)

	var c Celsius
	var nm Name
	var lv Level
	n, err = fmt.Sscan("36.6 Ada 7", &c, &nm, &lv)
	fmt.Println(n, err, c, nm, lv)

	var bs []byte
	n, err = fmt.Sscan("bytes!", &bs)
	fmt.Println(n, err, string(bs))

	// errors
	n, err = fmt.Sscan("1", &i, &s)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("-5", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x1.5", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("maybe", &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", i)
	fmt.Println(n, err)

	// Sscanln stops at a newline
	var x, y int
	n, err = fmt.Sscanln("1 2\n3", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanln("1\n2", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3", &x, &y)
	fmt.Println(n, err)

	// Sscanf
	var name string
	var age int
	n, err = fmt.Sscanf("name=Bob age=31", "name=%s age=%d", &name, &age)
	fmt.Println(n, err, name, age)
	var h, m, sec int
	n, err = fmt.Sscanf("12:34:56", "%d:%d:%d", &h, &m, &sec)
	fmt.Println(n, err, h, m, sec)
	var hx, oc, bn int
	n, err = fmt.Sscanf("ff 17 101", "%x %o %b", &hx, &oc, &bn)
	fmt.Println(n, err, hx, oc, bn)
	var r1, r2 rune
	n, err = fmt.Sscanf("ab", "%c%c", &r1, &r2)
	fmt.Println(n, err, string(r1), string(r2))
	var w1, w2 int
	n, err = fmt.Sscanf("12345", "%2d%3d", &w1, &w2)
	fmt.Println(n, err, w1, w2)
	var q string
	n, err = fmt.Sscanf(`"quoted \"text\"" rest`, "%q %s", &q, &s)
	fmt.Println(n, err, q, s)
	n, err = fmt.Sscanf("100%", "%d%%", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("7 apples", "%d oranges", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("3.25", "%d", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &x, &y)
	fmt.Println(n, err, x, y)

	var p pair
	n, err = fmt.Sscan("(3,4)", &p)
	fmt.Println(n, err, p)

	// reading a stream of numbers
	rd := strings.NewReader("5 1 2 3 4 5")
	var count int
	fmt.Fscan(rd, &count)
	total := 0
	for k := 0; k < count; k++ {
		var v int
		fmt.Fscan(rd, &v)
		total += v
	}
	fmt.Println("total", total)
	var extra int
	n, err = fmt.Fscan(rd, &extra)
	fmt.Println(n, err)
}
