// Every line of a panic message after its first is indented by a tab, as
// Go's printindented does: errors, strings and named string types alike.

package main

import (
	"errors"
	"fmt"
)

type Msg string

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		defer func() {
			r := recover()
			fmt.Println("again:", r)
			panic(Msg("named\nstring\n"))
		}()
		panic("plain\nstring")
	}()
	panic(errors.Join(errors.New("first"), errors.New("second\nthird")))
}
