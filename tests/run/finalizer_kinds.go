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
	"sync"
	"time"
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

// ran lists the finalizers that ran; they run on another goroutine.
var (
	mu        sync.Mutex
	ran       []string
	saved     *T
	global    T
	zerosized struct{}
)

func record(s string) {
	mu.Lock()
	ran = append(ran, s)
	mu.Unlock()
}

func count() int {
	mu.Lock()
	defer mu.Unlock()
	return len(ran)
}

func set() {
	runtime.SetFinalizer(&T{name: "ptr"}, func(t *T) { record(t.name) })
	runtime.SetFinalizer(&U{name: "named pointer"}, func(u PU) { record((*u).name) })
	runtime.SetFinalizer(&T{name: "iface"}, func(n Namer) { record(n.Name()) })
	runtime.SetFinalizer(&T{name: "any", data: []int{1, 2, 3}}, func(x any) (int, error) {
		t := x.(*T)
		record(fmt.Sprint(t.name, t.data))
		return len(t.data), nil
	})
	runtime.SetFinalizer(&T{name: "resurrect"}, func(t *T) {
		record(t.name)
		mu.Lock()
		saved = t
		mu.Unlock()
	})
	runtime.SetFinalizer(&global, func(t *T) { record("global") })
	runtime.SetFinalizer(&zerosized, func(p *struct{}) { record("zero-sized") })
}

// rearm sets a finalizer on the resurrected object again, on a goroutine of
// its own: no copy of the pointer stays in a frame of main's stack, which a
// collector scanning stacks conservatively could take for a live one.
func rearm() {
	done := make(chan bool)
	go func() {
		rearmOn()
		done <- true
	}()
	<-done
}

func rearmOn() {
	mu.Lock()
	t := saved
	saved = nil
	mu.Unlock()
	fmt.Println("resurrected:", t.name)
	runtime.SetFinalizer(t, func(t *T) { record("again " + t.name) })
}

func collect(want int) {
	// finalizers run on their own goroutine: give it time on a busy machine
	for start := time.Now(); count() < want && time.Since(start) < 5*time.Second; {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	mu.Lock()
	defer mu.Unlock()
	sort.Strings(ran)
	fmt.Println(strings.Join(ran, " "))
	ran = nil
}

func main() {
	set()
	collect(5)
	rearm()
	collect(1)
	x := &T{name: "kept"}
	runtime.SetFinalizer(x, func(t *T) { record(t.name) })
	runtime.GC()
	runtime.GC()
	fmt.Println("kept alive:", count() == 0, x.name)
	runtime.KeepAlive(x)
}
