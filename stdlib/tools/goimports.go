//go:build ignore

// Goimports writes the import graph of Go's own packages, from the sources of
// the Go it runs with (Go 1.27, built for linux/amd64 without cgo): each
// package reachable from the ones minigo offers (the first words of api.txt)
// with its name and the packages it imports,
//
//	go run stdlib/tools/goimports.go < stdlib/go/api.txt > stdlib/go/imports.txt
//
// gc's type checker qualifies a type in its messages with the package's
// path, quoted, instead of its name when two packages of that name are among
// the ones the program imports directly or not ("sync".Mutex: sync imports
// internal/sync); which those are follows from Go's graph, not from minigo's
// own sources of the packages.
package main

import (
	"bufio"
	"fmt"
	"go/build"
	"os"
	"sort"
	"strings"
)

func main() {
	ctx := build.Default
	ctx.CgoEnabled = false
	var queue []string
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			queue = append(queue, strings.Fields(line)[0])
		}
	}
	seen := map[string]*build.Package{}
	for len(queue) > 0 {
		path := queue[0]
		queue = queue[1:]
		if _, ok := seen[path]; ok || path == "unsafe" || path == "C" {
			continue
		}
		p, err := ctx.Import(path, "", 0)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		seen[path] = p
		queue = append(queue, p.Imports...)
	}
	paths := make([]string, 0, len(seen))
	for p := range seen {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	fmt.Println("# Go 1.27's packages reachable from those minigo offers: path, name, imports (stdlib/tools/goimports.go).")
	for _, path := range paths {
		p := seen[path]
		fmt.Println(strings.Join(append([]string{path, p.Name}, p.Imports...), " "))
	}
}
