// Conditions of if and for statements evaluate && and || left to right and
// stop as soon as the result is known, through !, parentheses, constants and
// defined boolean types.
package main

import "fmt"

type flag bool

var trace []string

func t(name string) bool { trace = append(trace, name); return true }
func f(name string) bool { trace = append(trace, name); return false }

func show(label string, taken bool) {
	fmt.Println(label, taken, trace)
	trace = nil
}

const debug = false

func main() {
	cases := []struct {
		name string
		cond func() bool
	}{
		{"t&&f", func() bool { return t("a") && f("b") }},
		{"f&&t", func() bool { return f("a") && t("b") }},
		{"t||f", func() bool { return t("a") || f("b") }},
		{"f||t", func() bool { return f("a") || t("b") }},
	}
	for _, c := range cases {
		show(c.name, c.cond())
	}
	if t("a") && (f("b") || t("c")) && !f("d") {
		show("if nested", true)
	} else {
		show("if nested", false)
	}
	if !(f("a") || f("b")) && !!t("c") {
		show("if not", true)
	}
	if debug && t("never") {
		show("const", true)
	} else {
		show("const", false)
	}
	var on flag = true
	if on && !flag(!on) || flag(f("x")) {
		show("defined", true)
	}
	n := 0
	for i := 0; i < 10 && (i%3 != 2 || f("skip")); i++ {
		n++
	}
	show(fmt.Sprint("for ", n), n == 2)
	i, j := 0, 5
	s := []int{1, 2, 3, 9, 9, 9}
	for i <= j && s[i] < 5 {
		i++
	}
	fmt.Println(i)
	x := []int{}
	for len(x) > 0 && x[0] == 1 {
		x = x[1:]
	}
	if len(x) == 0 || x[0] == 1 {
		fmt.Println("guarded")
	}
}
