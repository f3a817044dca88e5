package main

import (
	"bytes"
	"encoding/base32"
	"errors"
	"fmt"
	"io"
	"strings"
)

type errWriter struct{ n int }

func (w *errWriter) Write(p []byte) (int, error) {
	w.n++
	if w.n > 1 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

// oneByte reads one byte at a time.
type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) { return o.r.Read(p[:min(1, len(p))]) }

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "Hello, 世界!"} {
		std := base32.StdEncoding.EncodeToString([]byte(s))
		hex := base32.HexEncoding.EncodeToString([]byte(s))
		raw := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte(s))
		star := base32.HexEncoding.WithPadding('*').EncodeToString([]byte(s))
		d1, e1 := base32.StdEncoding.DecodeString(std)
		d2, e2 := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(raw)
		fmt.Printf("%q %s %s %s %s %q %v %q %v\n", s, std, hex, raw, star, d1, e1, d2, e2)
	}
	enc := base32.StdEncoding
	fmt.Println(enc.EncodedLen(0), enc.EncodedLen(1), enc.EncodedLen(5), enc.EncodedLen(6), enc.DecodedLen(8), enc.DecodedLen(16))
	raw := enc.WithPadding(base32.NoPadding)
	fmt.Println(raw.EncodedLen(1), raw.EncodedLen(4), raw.EncodedLen(7), raw.DecodedLen(2), raw.DecodedLen(7), raw.DecodedLen(12))
	fmt.Println(string(enc.AppendEncode([]byte("x:"), []byte("hi"))))
	ad, err := enc.AppendDecode([]byte("y:"), []byte("NBUQ===="))
	fmt.Printf("%q %v\n", ad, err)

	// bad input: every error offset
	for _, s := range []string{"MZXW6===", "MZXW6==", "MZXW6=", "MZXW", "MZXW6=A=", "M=======", "MZX=====", "MZXW6YQ=", "MZXW6YTB", "MZXW6YTBOI======",
		"MZ!W6===", "mzxw6===", "MZXW6===MZXW6===", "MZXW6YTB\nOI======", "MZXW6YTB\r\nOI==\n====", "========", "MZ======x", "MZXW6===A"} {
		d, err := enc.DecodeString(s)
		var n int
		n, err2 := enc.Decode(make([]byte, 64), []byte(s))
		d3, err3 := raw.DecodeString(strings.TrimRight(s, "="))
		fmt.Printf("%q -> %q %v | %d %v | %q %v\n", s, d, err, n, err2, d3, err3)
	}

	// streams
	var buf bytes.Buffer
	w := base32.NewEncoder(base32.StdEncoding, &buf)
	for _, part := range []string{"He", "llo, ", "", "strea", "ming wor", "ld"} {
		w.Write([]byte(part))
	}
	fmt.Println(buf.String())
	w.Close()
	fmt.Println(buf.String())
	ew := &errWriter{}
	w = base32.NewEncoder(base32.StdEncoding, ew)
	n, err := w.Write([]byte("0123456789abcdef"))
	fmt.Println(n, err)
	n, err = w.Write([]byte("more"))
	fmt.Println(n, err, w.Close())

	encoded := buf.String()
	for _, r := range []io.Reader{strings.NewReader(encoded), oneByte{strings.NewReader(encoded)}, strings.NewReader(encoded[:10] + "\n" + encoded[10:] + "\r\n")} {
		got, err := io.ReadAll(base32.NewDecoder(base32.StdEncoding, r))
		fmt.Printf("%q %v\n", got, err)
	}
	for _, s := range []string{"MZXW6", "MZXW6===MZ", "MZ!W6===", "MZXW6===MZXW6==="} {
		got, err := io.ReadAll(base32.NewDecoder(base32.StdEncoding, strings.NewReader(s)))
		fmt.Printf("%q: %q %v\n", s, got, err)
	}
	got, err := io.ReadAll(base32.NewDecoder(raw, strings.NewReader("MZXW6YTBOI")))
	fmt.Printf("%q %v\n", got, err)
	small := make([]byte, 3)
	d := base32.NewDecoder(base32.StdEncoding, strings.NewReader("MZXW6YTBOI======"))
	for {
		n, err := d.Read(small)
		fmt.Printf("%d %q %v; ", n, small[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println()

	// panics
	for _, f := range []func(){
		func() { base32.NewEncoding("short") },
		func() { base32.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZ23456\n") },
		func() { base32.NewEncoding("AACDEFGHIJKLMNOPQRSTUVWXYZ234567") },
		func() { base32.StdEncoding.WithPadding('A') },
		func() { base32.StdEncoding.WithPadding(0x100) },
		func() { base32.StdEncoding.WithPadding('\n') },
		func() { base32.StdEncoding.Encode(make([]byte, 3), []byte("hello")) },
		func() { base32.StdEncoding.Decode(make([]byte, 2), []byte("MZXW6===")) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
	custom := base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding('.')
	e := custom.EncodeToString([]byte{0xff, 0, 0x80})
	back, err := custom.DecodeString(e)
	fmt.Println(e, back, err, base32.CorruptInputError(7))
}
