// Method tables hold one wrapper per method whose receiver is the interface's
// data word: the value itself for pointer-shaped types, a pointer to a copy
// otherwise. Each kind of receiver, promoted through each kind of embedding,
// called through an interface from one call site that cycles through them.
package main

import "fmt"

type namer interface{ name() string }

type big struct{ a, b int }

func (b big) name() string { return fmt.Sprint("big ", b.a+b.b) }

type onePtr struct{ p *int }

func (o onePtr) name() string { return fmt.Sprint("onePtr ", *o.p) }

type inner struct{ n int }

func (i *inner) name() string { return fmt.Sprint("*inner ", i.n) }

type byValue struct {
	big
	extra int
}

type byPointer struct {
	*inner
	extra int
}

type byIface struct {
	namer
	extra string
}

type single struct{ *inner }

type word int

func (w word) name() string { return fmt.Sprint("word ", int(w)) }

func main() {
	seven := 7
	values := []namer{
		big{1, 2},
		onePtr{&seven},
		&inner{3},
		byValue{big{4, 5}, 0},
		byPointer{&inner{6}, 0},
		byIface{word(8), "x"},
		single{&inner{9}},
		word(10),
		&big{11, 12},
		&byValue{big{13, 14}, 0},
	}
	counts := map[string]int{}
	for round := 0; round < 3; round++ {
		for _, v := range values {
			counts[v.name()]++
		}
	}
	for _, v := range values {
		fmt.Println(v.name(), counts[v.name()])
	}
	// a copy is made when the value goes into the interface: later changes to
	// the original are not seen through it
	b := big{1, 1}
	var n namer = b
	b.a = 100
	fmt.Println(n.name(), b.name())
	// method values and expressions share the wrappers
	f := n.name
	g := (*big).name
	fmt.Println(f(), g(&b), namer.name(byIface{word(2), ""}))
	// a nil *big in an interface: its wrapper has no big to copy (called
	// through a slice, where Go cannot see the dynamic type and devirtualize)
	var nilBig *big
	values = append(values[:0], nilBig)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(values[0].name())
}
