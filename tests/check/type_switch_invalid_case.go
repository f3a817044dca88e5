package main

type Stringer interface {
	String() string
}

func main() {
	var e interface{}
	switch e := e.(type) {
	case G:
		e.M()
	case Stringer:
		_ = e.(T)
	case int, H:
		e.N()
	}
}
