// Compile errors are positioned by line directives: without a column the
// column is unknown and not printed; with one, it counts from the
// directive's on its line; a /*line*/ comment applies from the character
// after it.
package main

func main() {
//line foo.go:10
	var a int = "s"
//line :20:5
	var b int = "t"; var c int = "u"
/*line bar.go:30:3*/ var d int = "v"
	var e int = "w"
//line /abs/path/baz.go:7
	println(a, b, c, d, e, undefined)
}
