// Goroutines are numbered as Go numbers them: main is 1, Go's runtime takes
// 2 to 5 for goroutines of its own and, in a program importing os, 6 for the
// finalizer goroutine, so the first `go` statement's goroutine is 7 — when the
// goroutines are created on main's P, as they always are with one P (the
// expected output is Go's with GOMAXPROCS=1; with more, Go's main often starts
// on another P and its goroutines are numbered from that P's batch, 17 on).
package main

import (
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
)

// goid is the calling goroutine's id, from its traceback header.
func goid() int {
	b := make([]byte, 64)
	b = b[:runtime.Stack(b, false)]
	id, _ := strconv.Atoi(strings.Fields(string(b))[1])
	return id
}

func main() {
	// every goroutine is created before main first blocks (and could move to
	// another P)
	ids := make(chan int)
	for range 3 {
		go func() { ids <- goid() }()
	}
	header := make(chan string)
	go func() {
		buf := make([]byte, 1024)
		tb := string(buf[:runtime.Stack(buf, false)])
		header <- fmt.Sprint(strings.Split(tb, "\n")[0], " ", strings.Contains(tb, "created by main.main in goroutine 1"))
	}()
	got := []int{<-ids, <-ids, <-ids}
	slices.Sort(got)
	fmt.Println(goid(), got)
	fmt.Println(<-header)
}
