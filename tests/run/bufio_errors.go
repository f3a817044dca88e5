// bufio.Scanner's limits and the errors of custom split functions.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

func scanAll(name string, sc *bufio.Scanner) {
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%s: %q err=%v\n", name, toks, sc.Err())
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	// A line longer than the maximum token size.
	sc := bufio.NewScanner(strings.NewReader("short\n" + strings.Repeat("x", 100) + "\nafter\n"))
	sc.Buffer(make([]byte, 0, 16), 64)
	scanAll("too long", sc)

	// The default maximum is 64 KiB.
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", bufio.MaxScanTokenSize) + "\n"))
	scanAll("default max", sc)
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", bufio.MaxScanTokenSize-1) + "\n"))
	n := 0
	for sc.Scan() {
		n += len(sc.Bytes())
	}
	fmt.Println("just fits:", n, sc.Err())

	// Comma-separated values with a final token.
	sc = bufio.NewScanner(strings.NewReader("1,2,3,STOP,4"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i := 0; i < len(data); i++ {
			if data[i] == ',' {
				if string(data[:i]) == "STOP" {
					return i + 1, data[:i], bufio.ErrFinalToken
				}
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		return len(data), data, nil
	})
	scanAll("final token", sc)

	errBad := errors.New("bad input")
	sc = bufio.NewScanner(strings.NewReader("a b c"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if data[0] == 'c' {
			return 0, nil, errBad
		}
		return 2, data[:1], nil
	})
	scanAll("custom error", sc)

	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	scanAll("negative advance", sc)

	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 10, data, nil })
	scanAll("advance too far", sc)

	try("split after scan", func() {
		sc := bufio.NewScanner(strings.NewReader("x\ny"))
		sc.Scan()
		sc.Split(bufio.ScanWords)
	})
	try("empty tokens", func() {
		sc := bufio.NewScanner(strings.NewReader(""))
		sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, nil })
		for sc.Scan() {
		}
	})

	// Bytes scanning and a Reader's limits.
	sc = bufio.NewScanner(strings.NewReader("hé"))
	sc.Split(bufio.ScanBytes)
	scanAll("bytes", sc)
	r := bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)), 16)
	line, err := r.ReadSlice('\n')
	fmt.Printf("%q %v\n", line, err)
	p, err := r.Peek(32)
	fmt.Printf("%q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	d, err := r.Discard(100)
	fmt.Println(d, err)
}
