package main

import . "strings"

type S struct {
	Fields int
}

var _ = S{Fields: 0}

func main() {}
