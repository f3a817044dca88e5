package main

// gc places a function type at the token after "func".

type v bool

var (
	_ map[func()]v
	_ map[func(int) bool]int
)

const e func() = nil

func main() {
	var x interface{}
	switch x.(type) {
	case func(int):
	case func(f int):
	}
}
