// The parameter of a finalizer may be the pointer's type, an unnamed pointer
// type with the same element (when neither has methods), an interface the pointer implements, or any; its
// results are ignored. A finalizer may resurrect its object, which then needs a
// new finalizer to be finalized again. Pointers to package variables and
// zero-sized values are accepted and never finalized.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
)

type T struct {
	name string
	data []int
}

// U has no methods, so *U and PU are both types without methods: a finalizer
// for one takes the other.
type U struct{ name string }

type PU *U

func (t *T) Name() string { return t.name }

type Namer interface{ Name() string }

var (
	ran       []string
	saved     *T
	global    T
	zerosized struct{}
)

func set() {
	runtime.SetFinalizer(&T{name: "ptr"}, func(t *T) { ran = append(ran, t.name) })
	runtime.SetFinalizer(&U{name: "named pointer"}, func(u PU) { ran = append(ran, (*u).name) })
	runtime.SetFinalizer(&T{name: "iface"}, func(n Namer) { ran = append(ran, n.Name()) })
	runtime.SetFinalizer(&T{name: "any", data: []int{1, 2, 3}}, func(x any) (int, error) {
		t := x.(*T)
		ran = append(ran, fmt.Sprint(t.name, t.data))
		return len(t.data), nil
	})
	runtime.SetFinalizer(&T{name: "resurrect"}, func(t *T) {
		ran = append(ran, t.name)
		saved = t
	})
	runtime.SetFinalizer(&global, func(t *T) { ran = append(ran, "global") })
	runtime.SetFinalizer(&zerosized, func(p *struct{}) { ran = append(ran, "zero-sized") })
}

func collect(want int) {
	for i := 0; i < 50 && len(ran) < want; i++ {
		runtime.GC()
	}
	sort.Strings(ran)
	fmt.Println(strings.Join(ran, " "))
	ran = nil
}

func main() {
	set()
	collect(5)
	fmt.Println("resurrected:", saved.name)
	runtime.SetFinalizer(saved, func(t *T) { ran = append(ran, "again "+t.name) })
	saved = nil
	collect(1)
	x := &T{name: "kept"}
	runtime.SetFinalizer(x, func(t *T) { ran = append(ran, t.name) })
	runtime.GC()
	runtime.GC()
	fmt.Println("kept alive:", len(ran) == 0, x.name)
	runtime.KeepAlive(x)
}
