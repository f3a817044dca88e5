package main

import "fmt"

type Set[T comparable] map[T]bool

func union(a Set[int], b Set[int int]) Set[int] {
	return a
}

func main() {
	fmt.Println(union(nil, nil))
}
