package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello, ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	b.WriteRune('☺')
	fmt.Println(b.String(), b.Len(), b.Cap())
	b.Grow(100)
	fmt.Println(b.Cap())
	head := make([]byte, 5)
	b.Read(head)
	fmt.Println(string(head), b.String())
	fmt.Println(b.UnreadByte(), b.String())
	ru, sz, _ := b.ReadRune()
	fmt.Println(ru, sz, b.UnreadRune(), b.UnreadRune())
	line, err := b.ReadString(' ')
	fmt.Printf("%q %v\n", line, err)
	rest, err := b.ReadBytes('x')
	fmt.Printf("%q %v\n", rest, err)
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())
	b.Reset()
	b.ReadFrom(strings.NewReader(strings.Repeat("ab", 600)))
	fmt.Println(b.Len(), b.Cap())
	b.Truncate(3)
	fmt.Println(b.String())
	var sink strings.Builder
	b.WriteTo(&sink)
	fmt.Println(sink.String(), b.Len())
	big := bytes.NewBuffer(make([]byte, 0, 8))
	for i := 0; i < 10; i++ {
		big.WriteString("0123456789")
		fmt.Print(big.Cap(), " ")
	}
	fmt.Println()

	rd := bytes.NewReader([]byte("0123456789"))
	rd.Seek(3, io.SeekStart)
	part := make([]byte, 4)
	rd.Read(part)
	fmt.Println(string(part), rd.Len(), rd.Size())
	_, err = rd.Seek(-1, io.SeekStart)
	fmt.Println(err)
	nn, err := rd.ReadAt(part, 8)
	fmt.Println(nn, err, string(part[:nn]))
	sr := strings.NewReader("héllo")
	ch, sz2, _ := sr.ReadRune()
	ch, sz2, _ = sr.ReadRune()
	fmt.Println(ch, sz2, sr.UnreadRune(), sr.UnreadRune(), sr.Len())
	io.Copy(os.Stdout, sr)
	fmt.Println()
}
