// Package path and path/filepath's lexical functions: Clean, Join, Split,
// Ext, Base, Dir, IsAbs, Match (with malformed patterns), Rel, IsLocal,
// SplitList, as Go computes them.
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	paths := []string{"", ".", "..", "/", "//", "a", "a/", "/a/b/../c", "a/b/./c/", "../../a/..", "/../a", "a//b///c", "a/../..", "./a/./b/.", "/a/b/", "abc.def/g.tar.gz", ".hidden", "a/b.c/d", "x/..", "../x/../../y", "///"}
	for _, p := range paths {
		d, f := path.Split(p)
		fmt.Printf("%q: Clean=%q Split=%q,%q Ext=%q Base=%q Dir=%q IsAbs=%v IsLocal=%v\n", p, path.Clean(p), d, f, path.Ext(p), path.Base(p), path.Dir(p), path.IsAbs(p), filepath.IsLocal(p))
	}
	fmt.Println(path.Join(), path.Join("", ""), path.Join("a", "", "b"), path.Join("/", "a/", "../b"), filepath.Join("x", "..", "..", "y"))
	patterns := []struct{ pattern, name string }{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "ab/c"}, {"a*/b", "abc/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"},
		{"a*b*c*d*e*/f", "axbxcxdxexxx/f"}, {"a*b?c*x", "abxbbxdbxebxczzx"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"},
		{"ab[^c]", "abc"}, {"ab[^b-d]", "abe"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"},
		{"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "z"},
		{"[", "a"}, {"[^", "a"}, {"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"},
		{"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[a-b-c]", "a"}, {"\\", "a"}, {"[a-\\", "a"}, {"*[", "a"}, {"a*[", "ab"},
	}
	for _, t := range patterns {
		m, err := path.Match(t.pattern, t.name)
		fm, ferr := filepath.Match(t.pattern, t.name)
		fmt.Printf("Match(%q, %q) = %v, %v | %v, %v\n", t.pattern, t.name, m, err, fm, ferr)
	}
	rels := [][2]string{{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/c"}, {"a/b/c", "a/b"}, {"a/b", "a/c/d"}, {".", "a/b"}, {"a", "../b"},
		{"/", "/a/b"}, {"/a", "/b/c"}, {"/a/b/c", "/x"}, {"../a", "b"}, {"..", "a"}, {"a", "/a"}, {"/a", "a"}, {"ab/cd", "ab/cde"}, {"a/b/../c", "a/d"}}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q, %v\n", r[0], r[1], rel, err)
	}
	fmt.Printf("%q %q %q\n", filepath.SplitList(""), filepath.SplitList("/a:/b::c"), filepath.VolumeName("/x"))
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator), filepath.ToSlash("a/b"), filepath.FromSlash("c/d"))
	abs, _ := filepath.Abs("/x/../y/")
	fmt.Println(abs)
	for _, p := range []string{"a/b", "../a", "a\x00b", "/a", ""} {
		l, err := filepath.Localize(p)
		fmt.Printf("Localize(%q) = %q, %v\n", p, l, err)
	}
}
