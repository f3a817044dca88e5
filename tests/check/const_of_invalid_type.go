// A constant whose type is no constant type, or invalid (an error reported
// already), is declared without its value being looked at, as types2 does:
// no error in the value, and not one more for the type of a named type whose
// underlying type is invalid.
package main

type iota int

type Bad undefinedBase

const (
	Sunday Weekday = iota
	Monday
)

const x Bad = 1 + "s"

const y []int = nil

func main() {
	const local Undefined = iota
	const z struct{} = undefinedValue
	_ = Sunday
}
