package main

import "fmt"

type T struct{ items []string }

func (t *T) last() string {
	fmt.Println("last of", len(t.items))
	return t.items[len(t.items)-1]
}

func cleanup() {
	var t T
	fmt.Println(t.last())
}

func main() {
	defer cleanup()
	panic(fmt.Sprintf("failed at step %d", 3))
}
