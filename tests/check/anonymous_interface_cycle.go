package main

// An anonymous interface that contains itself through the method set of an
// interface it embeds (go.dev/issue/56103).

type I interface {
	m() interface{ I }
}

type num int

func (n num) m() interface{ I } { return n }

func main() {
	var i I = num(1)
	_ = i.m()
}
