package main

import (
	"fmt"
	"io"
	"strings"
)

type slowReader struct {
	s string
	i int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p[:1], r.s[r.i:])
	r.i += n
	return n, nil
}

func main() {
	buf := make([]byte, 4)
	n, err := io.ReadFull(&slowReader{s: "hello"}, buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(&slowReader{s: "hi"}, buf)
	fmt.Println(n, err)
	n, err = io.ReadFull(&slowReader{s: ""}, buf)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(&slowReader{s: "abc"}, buf, 8)
	fmt.Println(n, err)
	data, err := io.ReadAll(&slowReader{s: strings.Repeat("x", 1000)})
	fmt.Println(len(data), err)
	var sb strings.Builder
	w, err := io.Copy(&sb, io.LimitReader(&slowReader{s: "abcdefgh"}, 5))
	fmt.Println(w, err, sb.String())
	w, err = io.CopyN(io.Discard, &slowReader{s: "abc"}, 5)
	fmt.Println(w, err)
	mr := io.MultiReader(&slowReader{s: "one "}, &slowReader{s: "two "}, &slowReader{s: "three"})
	all, _ := io.ReadAll(mr)
	fmt.Printf("%q\n", all)
	var a, b strings.Builder
	mw := io.MultiWriter(&a, &b)
	io.WriteString(mw, "both")
	fmt.Println(a.String(), b.String())
	var tee strings.Builder
	io.ReadAll(io.TeeReader(&slowReader{s: "teed"}, &tee))
	fmt.Println(tee.String())
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.Close()
	}()
	got, err := io.ReadAll(pr)
	fmt.Println(string(got), err)
	pr2, pw2 := io.Pipe()
	pr2.Close()
	_, err = pw2.Write([]byte("x"))
	fmt.Println(err)

}
