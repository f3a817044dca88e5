package main

// Errors that only follow from an earlier one (their message names an
// invalid type) are not reported, as gc does not report them.

type I interface {
	m() int
}

type T int

var _ I = T(0)

func (T) m(buf []byte) (a int, b xxxx) {
	return 0, nil
}

type J interface{ M() }

func F() J { return nil }

var _ = F().(*Y)

func main() {}
