// filepath.Walk, WalkDir and Glob over a tree the program builds (SkipDir,
// SkipAll, errors), and io/ioutil's wrappers.
package main

import (
	"fmt"
	"io/fs"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "walk")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	for _, d := range []string{"a/b/c", "a/skip/deep", "b", "c.d"} {
		os.MkdirAll(filepath.Join(root, d), 0o755)
	}
	for _, f := range []string{"a/x.txt", "a/b/y.txt", "a/b/c/z.go", "a/skip/deep/w.txt", "b/v.go", "top.txt", "c.d/u.txt"} {
		ioutil.WriteFile(filepath.Join(root, f), []byte(f), 0o644)
	}
	rel := func(p string) string {
		r, err := filepath.Rel(root, p)
		if err != nil {
			panic(err)
		}
		return r
	}
	err = filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		name := info.Name()
		if p == root {
			name = "(root)" // a random name
		}
		fmt.Println("walk", rel(p), info.IsDir(), name)
		if info.Name() == "skip" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("walk err", err)
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("walkdir", rel(p), d.IsDir(), d.Type().IsDir())
		if d.Name() == "y.txt" {
			return filepath.SkipDir // the rest of a/b
		}
		if d.Name() == "b" && !strings.Contains(rel(p), "/") {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println("walkdir err", err)
	err = filepath.WalkDir(filepath.Join(root, "missing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("missing:", rel(p), d == nil, err != nil && os.IsNotExist(err))
		return err
	})
	fmt.Println("missing err is not-exist:", os.IsNotExist(err))
	for _, pat := range []string{"*.txt", "a/*/*.txt", "*/*.go", "[ab]/*", "a/b/c/z.go", "nothing*", "a/["} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		rels := []string{}
		for _, p := range m {
			rels = append(rels, rel(p))
		}
		fmt.Println("glob", pat, rels, err)
	}
	infos, err := ioutil.ReadDir(filepath.Join(root, "a"))
	for _, fi := range infos {
		if fi.IsDir() {
			fmt.Println("readdir", fi.Name(), "dir") // a directory's size depends on the file system
		} else {
			fmt.Println("readdir", fi.Name(), fi.Size())
		}
	}
	data, err := ioutil.ReadFile(filepath.Join(root, "a/b/y.txt"))
	fmt.Printf("%q %v\n", data, err)
	all, _ := ioutil.ReadAll(ioutil.NopCloser(strings.NewReader("read all")))
	n, _ := ioutil.Discard.Write(all)
	fmt.Println(string(all), n)
	_, err = ioutil.ReadFile(filepath.Join(root, "nope"))
	fmt.Println(strings.Replace(err.Error(), root, "ROOT", 1))
}
