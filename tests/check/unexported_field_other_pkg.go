package main

import "strings"

func main() {
	var b strings.Builder
	_ = b.buf
}
