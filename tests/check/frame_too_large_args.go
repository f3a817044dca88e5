// Arguments and results count toward gc's 1 GB frame: each function whose
// receiver, parameters and results take more is gc's back-end error, at the
// token after `func` (of a literal too), reported before the linker's (no main
// function here).
package main

type large struct {
	b [1500000000]byte
}

type half struct {
	b [600000000]byte
}

func (x large) f1() int {
	return 5
}

func f2(x large) int {
	return 5
}

func f3() (x large, i int) {
	return
}

// two halves: 1144 MB in all
func f4(a half, b half) {}

// one half: fine
func f5(a half) {}

func f6(p *large) int {
	return len(p.b)
}

// function literals too, at their func
var g = func(x large) {}

func f7() {
	h := func() (r [2]half) { return }
	_ = h
}
