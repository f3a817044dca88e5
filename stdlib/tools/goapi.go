//go:build ignore

// Goapi lists the exported package-level names of Go's own packages, and the
// exported methods of their exported types as Type.Method, from the sources of
// the Go it runs with:
//
//	go run stdlib/tools/goapi.go fmt strings ... > stdlib/go/api.txt
//
// minigo uses the list to tell a name its package lacks but Go has ("minigo does
// not support fmt.Sscanf") from one that does not exist at all.
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
	for _, pkg := range os.Args[1:] {
		dir := filepath.Join(runtime.GOROOT(), "src", pkg)
		fset := token.NewFileSet()
		pkgs, err := parser.ParseDir(fset, dir, func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
		if err != nil {
			panic(err)
		}
		names := map[string]bool{}
		for name, p := range pkgs {
			if strings.HasSuffix(name, "_test") || name == "main" {
				continue
			}
			for _, f := range p.Files {
				for _, d := range f.Decls {
					switch d := d.(type) {
					case *ast.FuncDecl:
						if !d.Name.IsExported() {
							continue
						}
						if d.Recv == nil {
							names[d.Name.Name] = true
						} else if t := recvType(d.Recv.List[0].Type); ast.IsExported(t) {
							names[t+"."+d.Name.Name] = true
						}
					case *ast.GenDecl:
						for _, s := range d.Specs {
							switch s := s.(type) {
							case *ast.TypeSpec:
								if !s.Name.IsExported() {
									continue
								}
								names[s.Name.Name] = true
								if it, ok := s.Type.(*ast.InterfaceType); ok {
									for _, m := range it.Methods.List {
										for _, n := range m.Names {
											if n.IsExported() {
												names[s.Name.Name+"."+n.Name] = true
											}
										}
									}
								}
							case *ast.ValueSpec:
								for _, n := range s.Names {
									if n.IsExported() {
										names[n.Name] = true
									}
								}
							}
						}
					}
				}
			}
		}
		var list []string
		for n := range names {
			list = append(list, n)
		}
		sort.Strings(list)
		fmt.Printf("%s %s\n", pkg, strings.Join(list, " "))
	}
}

// recvType is the name of a method's receiver base type (T of T, *T, T[P]).
func recvType(e ast.Expr) string {
	for {
		switch t := e.(type) {
		case *ast.StarExpr:
			e = t.X
		case *ast.IndexExpr:
			e = t.X
		case *ast.IndexListExpr:
			e = t.X
		case *ast.Ident:
			return t.Name
		default:
			return ""
		}
	}
}
