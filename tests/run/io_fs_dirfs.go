package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
)


func main() {
	dir, _ := os.MkdirTemp("", "iofs")
	defer os.RemoveAll(dir)
	os.MkdirAll(dir+"/a/b", 0o755)
	os.MkdirAll(dir+"/c", 0o755)
	for _, f := range []string{"a/x.txt", "a/b/y.go", "a/b/z.go", "c/w.txt", "top.go"} {
		os.WriteFile(dir+"/"+f, []byte("content of "+f), 0o644)
	}
	os.Symlink("a/x.txt", dir+"/lnk")
	fsys := os.DirFS(dir)
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == "c" {
			return fs.SkipDir
		}
		fmt.Println(p, d.IsDir(), d.Type())
		return nil
	})
	fmt.Println("walk:", err)
	b, err := fs.ReadFile(fsys, "a/b/y.go")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(fsys, "nope.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	_, err = fsys.Open("../escape")
	fmt.Println(err, errors.Is(err, fs.ErrInvalid))
	_, err = fsys.Open("/abs")
	fmt.Println(err)
	m, err := fs.Glob(fsys, "a/*/*.go")
	fmt.Println(m, err)
	m, err = fs.Glob(fsys, "*.go")
	fmt.Println(m, err)
	_, err = fs.Glob(fsys, "[")
	fmt.Println(err)
	entries, err := fs.ReadDir(fsys, "a")
	for _, e := range entries {
		fmt.Println(fs.FormatDirEntry(e))
	}
	fmt.Println(err)
	sub, err := fs.Sub(fsys, "a")
	fmt.Println(err)
	b, err = fs.ReadFile(sub, "b/z.go")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(sub, "b/none")
	fmt.Println(err)
	_, err = fs.Sub(fsys, "../x")
	fmt.Println(err)
	m, _ = fs.Glob(sub, "b/*")
	fmt.Println(m)
	fi, err := fs.Stat(fsys, "top.go")
	fmt.Println(fi.Name(), fi.Size(), err)
	target, err := fs.ReadLink(fsys, "lnk")
	fmt.Println(target, err)
	li, _ := fs.Lstat(fsys, "lnk")
	fmt.Println(li.Mode()&fs.ModeSymlink != 0)
	f, _ := fsys.Open("c/w.txt")
	data, _ := io.ReadAll(f)
	f.Close()
	fmt.Println(string(data), path.Base("c/w.txt"))
	var rd fs.ReadDirFS = fsys.(fs.ReadDirFS)
	es, _ := rd.ReadDir(".")
	fmt.Println(len(es))
	fmt.Println(os.DirFS("").Open("x"))
	err = fs.WalkDir(fsys, "missing", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("visit", p, d == nil, err)
		return err
	})
	fmt.Println(err)
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if p == "a/b" {
			return fs.SkipAll
		}
		return nil
	})
	fmt.Println(err)
}
