// Malformed line directives are errors at the bad number, positioned by the
// directive in effect; the file is type-checked all the same.
package main

func main() {
//line :10
	var x int
//line x.go:abc
//line x.go:0
//line x.go:5:0
//line x.go:0:5
//line x.go:
	undefined()
}
