// sync.OnceFunc, OnceValue and OnceValues (a panic repeats on every call),
// sync.Pool, errors.AsType and errors.ErrUnsupported.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceFunc(func() { calls++ })
	f()
	f()
	fmt.Println("calls", calls)

	v := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(v(), v(), calls)
	vs := sync.OnceValues(func() (string, error) { calls++; return "x", errors.ErrUnsupported })
	s, err := vs()
	s2, _ := vs()
	fmt.Println(s, s2, err, calls)

	boom := sync.OnceFunc(func() { calls++; panic("boom") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered", recover(), calls) }()
			boom()
		}()
	}

	pool := sync.Pool{New: func() any { return new([64]byte) }}
	a := pool.Get().(*[64]byte)
	a[0] = 7
	pool.Put(a)
	b := pool.Get().(*[64]byte)
	fmt.Println(b[0], b == a)
	var empty sync.Pool
	fmt.Println(empty.Get())

	_, err = os.Open("/nonexistent/file")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println("path error:", pe.Op, pe.Path)
	}
	_, ok := errors.AsType[*os.LinkError](err)
	fmt.Println(ok)
}
