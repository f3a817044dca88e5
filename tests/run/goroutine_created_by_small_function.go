// A goroutine's stack ends with the function whose `go` statement created it,
// even when that function is small enough to inline elsewhere: gc inlines no
// function with a `go` statement, and neither does minigo.
package main

import (
	"fmt"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
)

var wg sync.WaitGroup

func report() {
	defer wg.Done()
	lines := strings.Split(string(debug.Stack()), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "created by ") && i+1 < len(lines) {
			at := strings.Fields(lines[i+1])[0]
			fmt.Println(l, filepath.Base(at))
		}
	}
}

func start() {
	wg.Add(1)
	go report()
}

type starter struct{}

func (starter) start() { wg.Add(1); go report() }

func main() {
	start()
	wg.Wait()
	starter{}.start()
	wg.Wait()
	func() {
		wg.Add(1)
		go report()
	}()
	wg.Wait()
}
