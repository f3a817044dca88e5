package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "evalsym")
	defer os.RemoveAll(dir)
	os.Chdir(dir)
	os.MkdirAll("a/b/c", 0o755)
	os.WriteFile("a/b/c/f.txt", []byte("x"), 0o644)
	os.Symlink("b/c", "a/lc")
	os.Symlink("../a/lc/f.txt", "a/b/rel")
	os.Symlink("loop2", "loop1")
	os.Symlink("loop1", "loop2")
	os.Symlink("a/b/c/f.txt", "tofile")
	os.Symlink("missing", "dangling")
	abs, _ := filepath.EvalSymlinks(dir)
	os.Symlink(abs+"/a/b", "absl")
	for _, p := range []string{"a", "a/lc", "a/lc/f.txt", "a/b/rel", "./a/../a/lc/../lc/.", "a/lc/..", "..", "a/..", "x/..", "absl/c", "loop1", "tofile/x", "dangling", "a/b/c/f.txt/", "nope/a", ""} {
		r, err := filepath.EvalSymlinks(p)
		if err == nil && filepath.IsAbs(r) {
			r, _ = filepath.Rel(abs, r)
			r = "<dir>/" + r
		}
		fmt.Printf("%q -> %q %v\n", p, r, err)
	}
	fmt.Println(filepath.HasPrefix("/a/b", "/a"))
}
