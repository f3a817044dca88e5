//go:build ignore

// Gotparams lists where the type parameters of the generic functions and types
// of Go's own packages are declared, from the sources of the Go it runs with:
//
//	go run stdlib/tools/gotparams.go slices maps cmp iter sync sync/atomic hash/maphash > stdlib/go/tparams.txt
//
// gc names that place in "cannot infer S (declared at
// $GOROOT/src/slices/slices.go:355:12)"; minigo's own sources of these
// packages put the declarations elsewhere, so it reports Go's.
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

func main() {
	root := runtime.GOROOT()
	var lines []string
	for _, pkg := range os.Args[1:] {
		files, _ := filepath.Glob(filepath.Join(root, "src", pkg, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			fset := token.NewFileSet()
			af, err := parser.ParseFile(fset, f, nil, 0)
			if err != nil {
				continue
			}
			rel := "$GOROOT/src/" + pkg + "/" + filepath.Base(f)
			emit := func(name string, tps *ast.FieldList) {
				if tps == nil {
					return
				}
				for _, fld := range tps.List {
					for _, n := range fld.Names {
						p := fset.Position(n.Pos())
						lines = append(lines, fmt.Sprintf("%s %s %s %s:%d:%d", pkg, name, n.Name, rel, p.Line, p.Column))
					}
				}
			}
			for _, d := range af.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Recv == nil && ast.IsExported(d.Name.Name) {
						emit(d.Name.Name, d.Type.TypeParams)
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						if ts, ok := s.(*ast.TypeSpec); ok && ast.IsExported(ts.Name.Name) {
							emit(ts.Name.Name, ts.TypeParams)
						}
					}
				}
			}
		}
	}
	sort.Strings(lines)
	fmt.Println("# Where Go 1.27 declares the type parameters of its generic functions and types: package, declaration, type parameter, position (stdlib/tools/gotparams.go)")
	fmt.Println(strings.Join(lines, "\n"))
}
