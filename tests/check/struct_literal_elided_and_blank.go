package main

type Inner struct{ n int }

type Outer struct {
	_   int
	in  Inner
	ins []Inner
}

func main() {
	_ = Outer{ins: {{1}, {2}}}
	_ = Outer{in: {n: 1}}
	_ = Outer{_: 3}
	_ = []Outer{{in: Inner{2}}}
}
