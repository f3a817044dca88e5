package main

import "unsafe"

type Set map[Key]bool

type Key struct {
	parts []string
}

type Ptr *struct {
	Ptr
}

type Raw struct {
	unsafe.Pointer
}

type Self struct {
	kids map[Self]int
}

func main() {}
