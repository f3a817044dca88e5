// Line directives set the positions runtime.Caller reports: both forms, with
// and without a file name and a column; a relative name is in the directory
// of the file, cleaned (printed here from the checkout's tests directory on),
// the empty name is "??"; comments that are not directives change nothing.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where() string {
	_, file, line, _ := runtime.Caller(1)
	if i := strings.LastIndex(file, "/tests/"); i >= 0 {
		file = "TESTS" + file[i+len("/tests"):]
	}
	return fmt.Sprint(file, ":", line)
}

func main() {
	fmt.Println(where())
//line :1
	fmt.Println(where()) // no file name: ??
//line foo.go:10
	fmt.Println(where())
	fmt.Println(where()) // the next line counts on
//line :20:5
	fmt.Println(where()) // a column and no name: the name in effect
//line /abs/bar.go:30:1
	fmt.Println(where())
	/*line baz.go:40*/ fmt.Println(where())
	fmt.Println(where()); /*line :50:9*/ fmt.Println(where())
	s := "//line quoted.go:1"
	// //line not at the start of a line: no directive
	fmt.Println(where(), s) /* //line inner.go:7 */
/*line two
lines.go:3*/
	fmt.Println(where())
//line nocolon.go
	fmt.Println(where())
//line ../lines/./up.go:60
	fmt.Println(where())
	func() {
//line literal.go:100
		fmt.Println(where())
	}()
}
