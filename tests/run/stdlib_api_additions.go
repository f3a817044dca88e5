package main

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
)

type verbs struct{}

func (verbs) Format(f fmt.State, c rune) { fmt.Fprintf(f, "[%s]", fmt.FormatString(f, c)) }

func main() {
	xs := []int{1, 3, 5, 7}
	for _, t := range []int{0, 3, 4, 8} {
		i, found := sort.Find(len(xs), func(i int) int { return t - xs[i] })
		fmt.Println(t, i, found)
	}
	fmt.Println(sort.IntSlice(xs).Search(5), sort.StringSlice{"a", "c"}.Search("b"), sort.Float64Slice{1.5, 2.5}.Search(3))

	var b bytes.Buffer
	b.WriteString("hello")
	p, err := b.Peek(3)
	fmt.Printf("%s %v %d\n", p, err, b.Len())
	p, err = b.Peek(10)
	fmt.Printf("%s %v\n", p, err)

	r := strings.NewReplacer("a", "1", "", "-")
	n, err := r.WriteString(os.Stdout, "abc\n")
	fmt.Println(n, err)

	var m sync.Map
	m.Store("k", 1)
	prev, loaded := m.Swap("k", 2)
	fmt.Println(prev, loaded)
	prev, loaded = m.Swap("new", 9)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("k", 1, 3), m.CompareAndSwap("k", 2, 3), m.CompareAndDelete("k", 2), m.CompareAndDelete("k", 3), m.CompareAndSwap("zz", nil, 1))
	m.Clear()
	cnt := 0
	m.Range(func(k, v any) bool { cnt++; return true })
	fmt.Println(cnt)

	fmt.Printf("%v %+08.3x %-5d %#v % q\n", verbs{}, verbs{}, verbs{}, verbs{}, verbs{})

	buf := binary.AppendUvarint(nil, 1<<40+5)
	buf = binary.AppendVarint(buf, -300)
	rd := bytes.NewReader(buf)
	u, err := binary.ReadUvarint(rd)
	fmt.Println(u, err)
	v, err := binary.ReadVarint(rd)
	fmt.Println(v, err)
	v, err = binary.ReadVarint(rd)
	fmt.Println(v, err)
	_, err = binary.ReadUvarint(bytes.NewReader([]byte{0x80}))
	fmt.Println(err)
	_, err = binary.ReadUvarint(bytes.NewReader(bytes.Repeat([]byte{0xff}, 11)))
	fmt.Println(err)

	d := hex.Dumper(os.Stdout)
	d.Write([]byte("0123456789"))
	d.Write([]byte("abcdefghijklmnopqrstuvwxyz"))
	d.Close()
	d.Close()
	e := hex.NewEncoder(os.Stdout)
	e.Write([]byte("hi there"))
	fmt.Println()
	dec := hex.NewDecoder(strings.NewReader("68656c6c6f"))
	all, err := io.ReadAll(dec)
	fmt.Printf("%q %v\n", all, err)
	all, err = io.ReadAll(hex.NewDecoder(strings.NewReader("68656c6c6")))
	fmt.Printf("%q %v\n", all, err)
	all, err = io.ReadAll(hex.NewDecoder(strings.NewReader("6865zz6c6f")))
	fmt.Printf("%q %v\n", all, err)
	all, err = io.ReadAll(hex.NewDecoder(strings.NewReader("68656c6cz")))
	fmt.Printf("%q %v\n", all, err)
}
