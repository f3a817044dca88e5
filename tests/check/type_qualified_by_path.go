package main

import (
	"crypto/sha256"
	"fmt"
	r1 "math/rand"
	r2 "math/rand/v2"
	"strconv"
	"sync"
	"time"
)

func main() {
	var d time.Duration
	var e *strconv.NumError
	var a *r1.Rand
	var b *r2.Rand
	var wg sync.WaitGroup
	var x int = d
	var y int = e
	var z int = a
	var w int = b
	var h int = sha256.New()
	var f func(*sync.WaitGroup) = func(sync.WaitGroup) {}
	f(wg)
	fmt.Println(x, y, z, w, h)
}
