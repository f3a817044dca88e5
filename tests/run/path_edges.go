// path's functions on the edges of the ones that find slashes themselves:
// empty and all-slash paths, empty elements, trailing slashes, patterns.
package main

import (
	"fmt"
	"path"
)

func main() {
	for _, elems := range [][]string{nil, {""}, {"", ""}, {"a"}, {"", "a"}, {"a", ""}, {"a", "", "b"}, {"/", "a"}, {"a/", "/b/"}, {"", "/"}, {"..", "a"}, {"a", "..", ".."}} {
		fmt.Printf("Join%q = %q\n", elems, path.Join(elems...))
	}
	for _, p := range []string{"", "/", "//", "a", "a/", "a//", "/a/b", "a/b/", "///a///", ".", "..", "a/.."} {
		d, f := path.Split(p)
		fmt.Printf("%q: Split %q %q, Base %q, Dir %q, IsAbs %v, Ext %q, Clean %q\n", p, d, f, path.Base(p), path.Dir(p), path.IsAbs(p), path.Ext(p), path.Clean(p))
	}
	for _, c := range [][2]string{{"*", "abc"}, {"*", "a/b"}, {"a/*", "a/b"}, {"a/*", "a/b/c"}, {"*/b", "a/b"}, {"[a-c]*", "bcd"}, {"[", "a"}, {"a*b*", "axbyz"}} {
		ok, err := path.Match(c[0], c[1])
		fmt.Println("Match", c[0], c[1], ok, err)
	}
}
