package main

import "fmt"

func Kind[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprint("int ", v+1)
	case string:
		return "string " + v
	case fmt.Stringer:
		return "stringer " + v.String()
	case []T:
		return fmt.Sprint("slice of T ", len(v))
	case nil:
		return "nil"
	}
	return fmt.Sprintf("other %T", x)
}

type name string

func (n name) String() string { return "name(" + string(n) + ")" }

// Is reports whether x holds a U.
func Is[U, T any](x T) bool {
	_, ok := any(x).(U)
	return ok
}

// Conv converts between type parameters through their core types.
func Conv[To ~float64 | ~int, From ~int | ~float64](x From) To { return To(x) }

type meters float64

func Zero[T any]() (z T) { return }

func main() {
	fmt.Println(Kind(41), Kind("s"), Kind(name("n")), Kind(2.5), Kind([]int{1}))
	var e error
	fmt.Println(Kind(e))
	fmt.Println(Is[int](3), Is[string](3), Is[fmt.Stringer](name("x")))
	fmt.Println(Conv[meters](3), Conv[int](2.9), Conv[float64](meters(1.25)))
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[*int](), Zero[[2]bool](), Zero[struct{ a int }]())
}
