package main

import "fmt"

type closer interface{ Close() error }

type file struct{ name string }

func (f *file) Close() error {
	fmt.Println("closing", f.name)
	return nil
}

func use(names ...string) {
	for _, n := range names {
		var c closer = &file{n}
		defer c.Close()
	}
	fmt.Println("using", len(names), "files")
}

func main() {
	use("a", "b", "c")
	var c closer
	defer func() { fmt.Println("recovered:", recover()) }()
	defer c.Close()
	fmt.Println("nil interface deferred")
}
