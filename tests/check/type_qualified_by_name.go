package main

import (
	"sync/atomic"
)

func main() {
	var a atomic.Int64
	var x int = a
	_ = x
}
