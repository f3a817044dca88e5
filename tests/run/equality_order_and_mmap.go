package main

import (
	"fmt"
	"syscall"
	"unsafe"
)

// Comparisons in gc's order: strings' lengths and the other fields before
// strings' bytes, all dynamic types of an array of interfaces before their
// values. A string whose bytes are on a page mapped unreadable (syscall.Mmap,
// Mprotect) shows it: comparing it must not read them when a cheaper part
// already differs. Also Mmap's and Munmap's errors.

type SI struct {
	s string
	i int
}

type SS struct {
	s, t string
}

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	p := syscall.Getpagesize()
	b, err := syscall.Mmap(-1, 0, 2*p, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		panic(err)
	}
	b[0], b[p-1] = 'x', 'y'
	fmt.Println(len(b), cap(b), b[0], b[p-1])
	if err := syscall.Mprotect(b[p:], syscall.PROT_NONE); err != nil {
		panic(err)
	}
	bad1 := unsafe.String(&b[p], 3)
	bad2 := unsafe.String(&b[p], 3)

	var a, c any = SI{bad1, 1}, SI{bad2, 2}
	try("SI", func() bool { return a == c })
	a, c = SS{bad1, "a"}, SS{bad2, "aa"}
	try("SS", func() bool { return a == c })
	a, c = [2]string{bad1, "a"}, [2]string{bad2, "bb"}
	try("[2]string", func() bool { return a == c })
	a, c = [2]any{func() {}, 1}, [2]any{func() {}, "x"}
	try("[2]any types differ", func() bool { return a == c })
	a, c = [2]any{func() {}, 1}, [2]any{func() {}, 2}
	try("[2]any same types", func() bool { return a == c })
	type withIface struct {
		s string
		x any
		n int
	}
	a, c = withIface{"a", []int{}, 1}, withIface{"b", []int{}, 1}
	try("struct, string differs before interface", func() bool { return a == c })
	a, c = withIface{"a", []int{}, 1}, withIface{"a", []int{}, 2}
	try("struct, int differs after interface", func() bool { return a == c })

	fmt.Println(syscall.Munmap(b[:p]))
	fmt.Println(syscall.Munmap(b[1:]))
	fmt.Println(syscall.Munmap(b))
	fmt.Println(syscall.Munmap(b))
	_, err = syscall.Mmap(-1, 0, 0, syscall.PROT_READ, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	fmt.Println(err)
	_, err = syscall.Mmap(-1, 0, p, syscall.PROT_READ, syscall.MAP_PRIVATE)
	fmt.Println(err)
}
