package main

import (
	"fmt"
	"io"
	"io/fs"
	"strings"
	"time"
)

// a file system of one-line files, with nothing but Open: the fs functions
// fall back on opening and reading
type lines map[string]string

type info struct {
	name string
	size int64
}

func (i info) Name() string       { return i.name }
func (i info) Size() int64        { return i.size }
func (i info) Mode() fs.FileMode  { return 0o444 }
func (i info) ModTime() time.Time { return time.Date(2021, 3, 4, 5, 6, 7, 0, time.UTC) }
func (i info) IsDir() bool        { return false }
func (i info) Sys() any           { return nil }

type file struct {
	info
	*strings.Reader
}

func (f file) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f file) Close() error               { return nil }

func (l lines) Open(name string) (fs.File, error) {
	s, ok := l[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return file{info{name, int64(len(s))}, strings.NewReader(s)}, nil
}

func main() {
	l := lines{"a": "alpha", "b": strings.Repeat("b", 1000)}
	data, err := fs.ReadFile(l, "b")
	fmt.Println(len(data), cap(data), err)
	fi, err := fs.Stat(l, "a")
	fmt.Println(fs.FormatFileInfo(fi), err)
	_, err = fs.ReadDir(l, "a")
	fmt.Println(err)
	_, err = fs.ReadLink(l, "a")
	fmt.Println(err)
	fi, err = fs.Lstat(l, "b")
	fmt.Println(fi.Size(), err)
	m, err := fs.Glob(l, "a")
	fmt.Println(m, err)
	sub, _ := fs.Sub(l, ".")
	f, _ := sub.Open("a")
	b, _ := io.ReadAll(f)
	fmt.Println(string(b))
	fmt.Println(fs.FormatFileInfo(info{"neg", -12}))
}
