// Command gocheck parses and type-checks one Go file with Go's own go/parser and
// go/types and reports how long that took: the Go side of ../frontend.py.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"time"
)

func main() {
	path := os.Args[1]
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "gc", nil)
	// fmt is loaded (from export data) before the clock starts; minigo's figure
	// includes type-checking fmt from source
	if _, err := imp.Import("fmt"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	start := time.Now()
	f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// the tables minigo's checker fills for its back end
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
	}
	conf := types.Config{Importer: imp}
	if _, err := conf.Check("main", fset, []*ast.File{f}, info); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	elapsed := time.Since(start)
	lines := bytes.Count(src, []byte("\n"))
	fmt.Printf("%d lines: %.1f ms, %.0f lines/s\n", lines, elapsed.Seconds()*1e3, float64(lines)/elapsed.Seconds())
}
