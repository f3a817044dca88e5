package main

import (
	"fmt"
	"unicode"
	"unsafe"
)

func trace(s string) int { fmt.Println("init", s); return len(s) }

type T struct{ a, b int }

var (
	unusedCall  = trace("unused but called")
	unusedTable = []T{{1, 2}, {3, 4}}
	usedTable   = map[string][]int{"a": {1, 2}, "b": {3}}
	viaFunc     = &T{5, 6}
	chain1      = []*T{viaFunc}
	chain2      = func() int { return len(chain1) }
	ptrs        = unsafe.Slice((*byte)(unsafe.Pointer(unsafe.StringData("hello"))), 5)
	order       = trace("after")
)

var panics = map[any]int{1: 1, "x": 2}

func neverCalled() *T { return viaFunc }

func main() {
	fmt.Println(len(usedTable["a"]), chain2(), string(ptrs), order)
	fmt.Println(unicode.Is(unicode.Greek, 'λ'), unicode.In('x', unicode.Cyrillic, unicode.Latin))
	defer func() { fmt.Println("recovered:", recover()) }()
	var bad = map[any]int{}
	bad[[]int{1}] = 1
}
