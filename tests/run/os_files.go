package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-io")
	defer os.RemoveAll(dir)
	name := dir + "/f.txt"
	if err := os.WriteFile(name, []byte("line one\nline two\n"), 0644); err != nil {
		fmt.Println(err)
	}
	b2, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", b2, err)
	_, err = os.ReadFile(dir + "/missing.txt")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	fmt.Println(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Err)
		fmt.Printf("%T %T\n", pe, pe.Err)
	}
	f, _ := os.Open(name)
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size(), st.Mode(), st.IsDir())
	part := make([]byte, 4)
	f.ReadAt(part, 5)
	fmt.Printf("%s\n", part)
	f.Close()
	err = f.Close()
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = f.Read(part)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	os.Mkdir(dir+"/sub", 0755)
	err = os.Mkdir(dir+"/sub", 0755)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsExist(err))
	os.MkdirAll(dir+"/sub/a/b/c", 0755)
	os.WriteFile(dir+"/sub/z", nil, 0600)
	ents, _ := os.ReadDir(dir + "/sub")
	for _, e := range ents {
		fmt.Println(e.Name(), e.IsDir(), e.Type(), e)
	}
	ds, _ := os.Stat(dir + "/sub")
	fmt.Println(ds.Mode(), ds.IsDir())
	err = os.Remove(dir + "/sub")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	err = os.Rename(dir+"/nope", dir+"/nope2")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", -1))
	fa, _ := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fa.WriteString("line three\n")
	fa.Close()
	b3, _ := os.ReadFile(name)
	fmt.Print(string(b3))
	fmt.Println(fs.FileMode(0755|fs.ModeDir), fs.FileMode(0644), os.ModePerm)
	fmt.Fprintln(os.Stderr, "to stderr")
	n2, err := os.Stdout.Write([]byte("direct\n"))
	fmt.Println(n2, err)
}
