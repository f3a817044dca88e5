// runtime.MemProfile with MemProfileRate 1: every allocation of the program's
// sites counted, with its size class, and the frees a collection finds.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
)

var sink []*[100]byte
var keep []*[48]byte
var text []string

func allocA(n int) {
	for i := 0; i < n; i++ {
		sink = append(sink, new([100]byte))
	}
}

func allocB(n int) {
	for i := 0; i < n; i++ {
		keep = append(keep, new([48]byte))
	}
}

func build(n int) {
	for i := 0; i < n; i++ {
		text = append(text, strings.Repeat("x", 200))
	}
}

type site struct {
	fn   string
	line int
}

type stat struct{ allocs, bytes, frees, inuse int64 }

func profile() map[site]stat {
	n, ok := runtime.MemProfile(nil, true)
	fmt.Println("sizing call:", n > 0, ok)
	p := make([]runtime.MemProfileRecord, n+50)
	n, ok = runtime.MemProfile(p, true)
	if !ok {
		panic("profile grew")
	}
	out := map[site]stat{}
	for _, r := range p[:n] {
		frames := runtime.CallersFrames(r.Stack())
		for {
			f, more := frames.Next()
			if strings.HasPrefix(f.Function, "main.") {
				s := site{f.Function, f.Line}
				st := out[s]
				st.allocs += r.AllocObjects
				st.bytes += r.AllocBytes
				st.frees += r.FreeObjects
				st.inuse += r.InUseBytes()
				out[s] = st
				break
			}
			if !more {
				break
			}
		}
	}
	return out
}

func show(m map[site]stat) {
	var keys []site
	// the sites of this program's big allocations (fmt's and sort's own
	// small ones differ between implementations)
	for k, st := range m {
		if st.bytes >= 4096 && k.fn != "main.profile" {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].line < keys[j].line })
	for _, k := range keys {
		fmt.Printf("%s:%d %+v\n", k.fn, k.line, m[k])
	}
}

func main() {
	fmt.Println("default rate:", runtime.MemProfileRate)
	runtime.MemProfileRate = 1
	sink = make([]*[100]byte, 0, 1000)
	keep = make([]*[48]byte, 0, 500)
	text = make([]string, 0, 300)
	allocA(1000)
	allocB(500)
	build(300)
	runtime.GC()
	fmt.Println("after one collection:")
	show(profile())
	sink = nil
	runtime.GC()
	runtime.GC()
	fmt.Println("after dropping sink:")
	show(profile())
	var r runtime.MemProfileRecord
	r.Stack0[0], r.Stack0[1] = 1, 2
	fmt.Println(len(r.Stack()), r.InUseObjects())
}
