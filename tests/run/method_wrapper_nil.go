// A value method called through a nil pointer held in an interface: the
// method wrapper of *T panics with Go's panicwrap message; through an
// embedded nil pointer it is a nil dereference.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct{ *Celsius }

var (
	nilTemp *Celsius
	direct  fmt.Stringer = nilTemp
	nested  fmt.Stringer = Reading{}
)

func try(s fmt.Stringer) {
	defer func() {
		r := recover()
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Println("recovered:", r, isRuntime)
	}()
	fmt.Println(s.String())
}

func main() {
	try(direct)
	try(nested)
	fmt.Println(direct.String())
}
