package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha beta\r\ngamma\n\ndelta"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader("  one two\tthree\u00a0four\n five  "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), "|")
	}
	fmt.Println(n)
	rs := bufio.NewScanner(strings.NewReader("héllo\xff!"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 70000) + "\nshort\n"))
	for long.Scan() {
		fmt.Println(len(long.Text()))
	}
	fmt.Println(long.Err())
	small := bufio.NewScanner(strings.NewReader("abcdefghij\nk\n"))
	small.Buffer(make([]byte, 4), 8)
	for small.Scan() {
		fmt.Println(small.Text())
	}
	fmt.Println(small.Err())

	br := bufio.NewReaderSize(strings.NewReader("first line\nsecond\nno newline"), 16)
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	br2 := bufio.NewReaderSize(strings.NewReader("a very long line that exceeds\nx"), 16)
	l, pre, err := br2.ReadLine()
	fmt.Printf("%q %v %v\n", l, pre, err)
	l, pre, err = br2.ReadLine()
	fmt.Printf("%q %v %v\n", l, pre, err)
	p, err := br2.Peek(3)
	fmt.Printf("%q %v\n", p, err)
	r, size, _ := bufio.NewReader(strings.NewReader("€x")).ReadRune()
	fmt.Println(r, size)
	br3 := bufio.NewReader(strings.NewReader("xy"))
	fmt.Println(br3.UnreadByte())
	c, _ := br3.ReadByte()
	fmt.Println(c, br3.UnreadByte(), br3.UnreadRune())

	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 16)
	fmt.Fprintf(w, "%d-%s;", 42, "abc")
	fmt.Println(out.Len(), w.Buffered(), w.Available())
	w.WriteString(strings.Repeat("z", 20))
	fmt.Println(out.Len(), w.Buffered())
	w.WriteRune('é')
	w.Flush()
	fmt.Println(out.String())

	bw := bufio.NewWriter(os.Stdout)
	defer bw.Flush()
	fmt.Fprintln(bw, "buffered to stdout")
}
