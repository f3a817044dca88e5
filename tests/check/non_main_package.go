// minigo check type-checks a package other than main as go build does: its
// errors, and nothing about the package's name (go run refuses such a
// package before compiling it, with only "package command-line-arguments is
// not a main package").
package notmain

func f() {
	x := 1
}
