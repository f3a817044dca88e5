// runtime/pprof's text profiles, read back for what does not depend on
// addresses: the profiles' names and counts, custom profiles' stacks, the
// goroutine profile's grouping, and the goroutine dump (debug=2).
package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"sync"
)

// frames lists a text profile's records: the count line's count, then the
// program's own frames (function and file:line), one record per line.
func frames(out string) []string {
	var recs []string
	cur := ""
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.Contains(line, " @"):
			cur = strings.Fields(line)[0]
		case strings.HasPrefix(line, "#\t"):
			f := strings.Fields(line)
			if len(f) >= 3 && strings.HasPrefix(f[2], "main.") {
				name := f[2][:strings.LastIndex(f[2], "+")]
				cur += " " + name + "@" + filepath.Base(f[3])
			}
		case line == "" && cur != "":
			recs = append(recs, cur)
			cur = ""
		}
	}
	sort.Strings(recs)
	return recs
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panic:", recover()) }()
	f()
}

func helper(p *pprof.Profile, v any) { p.Add(v, 1) }

func main() {
	for _, p := range pprof.Profiles() {
		fmt.Println(p.Name())
	}
	fmt.Println(pprof.Lookup("nope") == nil, pprof.Lookup("goroutine").Name())

	files := pprof.NewProfile("example.com/files")
	files.Add("a", 0)
	files.Add("b", 0)
	helper(files, "c")
	files.Remove("b")
	files.Remove("zzz")
	fmt.Println("count", files.Count())
	var buf bytes.Buffer
	fmt.Println(files.WriteTo(&buf, 1))
	fmt.Println(strings.SplitN(buf.String(), "\n", 2)[0])
	for _, r := range frames(buf.String()) {
		fmt.Println(" ", r)
	}

	try("duplicate name", func() { pprof.NewProfile("example.com/files") })
	try("empty name", func() { pprof.NewProfile("") })
	try("duplicate value", func() { files.Add("a", 0) })
	try("built-in", func() { pprof.Lookup("heap").Add(1, 0) })

	var wg sync.WaitGroup
	block := make(chan bool)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-block
		}()
	}
	// until the three are blocked in the receive
	for {
		buf.Reset()
		pprof.Lookup("goroutine").WriteTo(&buf, 2)
		if strings.Count(buf.String(), "[chan receive]") == 3 {
			break
		}
		runtime.Gosched()
	}
	buf.Reset()
	fmt.Println(pprof.Lookup("goroutine").WriteTo(&buf, 1))
	fmt.Println(strings.SplitN(buf.String(), "\n", 2)[0])
	for _, r := range frames(buf.String()) {
		fmt.Println(" ", r)
	}
	buf.Reset()
	fmt.Println(pprof.Lookup("goroutine").WriteTo(&buf, 2))
	fmt.Println(strings.Count(buf.String(), "goroutine "), strings.HasPrefix(buf.String(), "goroutine 1 [running]:\n"))
	close(block)
	wg.Wait()
}
