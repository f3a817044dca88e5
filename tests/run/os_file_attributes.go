package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"
)

func check(what string, err error) {
	fmt.Printf("%s: %v\n", what, err)
}

func main() {
	dir, err := os.MkdirTemp("", "osattr")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.Chdir(dir)

	os.WriteFile("a.txt", []byte("hello, world\n"), 0o644)
	check("chmod", os.Chmod("a.txt", 0o600))
	fi, _ := os.Stat("a.txt")
	fmt.Println(fi.Mode(), fi.Size())
	check("chmod missing", os.Chmod("nope.txt", 0o600))
	check("truncate", os.Truncate("a.txt", 5))
	b, _ := os.ReadFile("a.txt")
	fmt.Printf("%q\n", b)
	check("truncate missing", os.Truncate("nope/x", 1))

	t := time.Date(2020, 2, 29, 12, 30, 0, 123456789, time.UTC)
	check("chtimes", os.Chtimes("a.txt", time.Time{}, t))
	fi, _ = os.Stat("a.txt")
	fmt.Println(fi.ModTime().UTC())
	check("chtimes missing", os.Chtimes("nope.txt", t, t))

	check("symlink", os.Symlink("a.txt", "link"))
	target, err := os.Readlink("link")
	fmt.Println(target, err)
	li, _ := os.Lstat("link")
	fmt.Println(li.Mode()&fs.ModeSymlink != 0, li.Mode().Type() == fs.ModeSymlink)
	_, err = os.Readlink("a.txt")
	check("readlink of a file", err)
	check("symlink exists", os.Symlink("a.txt", "link"))
	var le *os.LinkError
	fmt.Println(errors.As(os.Symlink("a.txt", "link"), &le), errors.Is(os.Link("a.txt", "link"), fs.ErrExist))
	check("link", os.Link("a.txt", "hard"))
	f1, _ := os.Stat("a.txt")
	f2, _ := os.Stat("hard")
	f3, _ := os.Stat("link")
	f4, _ := os.Lstat("link")
	fmt.Println(os.SameFile(f1, f2), os.SameFile(f1, f3), os.SameFile(f1, f4))
	check("link missing", os.Link("nope", "x"))

	f, _ := os.OpenFile("b.txt", os.O_CREATE|os.O_RDWR, 0o666)
	f.WriteString("0123456789")
	check("file truncate", f.Truncate(4))
	check("file sync", f.Sync())
	check("file chmod", f.Chmod(0o640))
	fi, _ = f.Stat()
	fmt.Println(fi.Size(), fi.Mode())
	n, err := f.ReadFrom(strings.NewReader("abc"))
	fmt.Println(n, err)
	f.Seek(0, io.SeekStart)
	var sb strings.Builder
	n, err = f.WriteTo(&sb)
	fmt.Printf("%d %v %q\n", n, err, sb.String())
	f.Close()
	check("closed truncate", f.Truncate(1))
	check("closed sync", f.Sync())
	check("closed chmod", f.Chmod(0o600))

	r, w, err := os.Pipe()
	fmt.Println(r.Name(), w.Name(), err)
	go func() {
		fmt.Fprint(w, "through the pipe")
		w.Close()
	}()
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	exe, err := os.Executable()
	fmt.Println(exe != "", err)
}
