package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("  Hello, World! Hello!  ")
	fmt.Println(bytes.Index(s, []byte("World")), bytes.LastIndex(s, []byte("Hello")), bytes.Count(s, []byte("l")))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	fmt.Printf("%s\n", bytes.ToUpper([]byte("héllo wörld")))
	fmt.Printf("%s\n", bytes.ToLower([]byte("HELLO")))
	fmt.Printf("%s\n", bytes.Title([]byte("hello go world")))
	fmt.Printf("%s\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	fmt.Printf("%s\n", bytes.Replace([]byte("abc"), []byte(""), []byte("-"), -1))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil))
	fmt.Println(bytes.HasPrefix(s, []byte("  He")), bytes.HasSuffix(s, []byte("!  ")), bytes.Contains(s, []byte("World")), bytes.ContainsAny(s, "xyz!"), bytes.ContainsRune(s, 'W'))
	fmt.Println(bytes.IndexByte(s, 'W'), bytes.IndexRune([]byte("chicken"), 'k'), bytes.IndexAny([]byte("golang"), "xyzn"), bytes.IndexFunc([]byte("Hello, 世界"), unicode.IsUpper), bytes.LastIndexFunc([]byte("go123"), unicode.IsLetter))
	fmt.Printf("%s|%s|%s\n", bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimRight([]byte("xxhixx"), "x"))
	fmt.Printf("%s|%s\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.Runes([]byte("héllo")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("banana")))
	fmt.Printf("%s\n", bytes.ToValidUTF8([]byte("a\xff\xfeb"), []byte("?")))
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, bytes.Clone(nil) == nil)

	for _, s := range []string{"go\xffphers", "abc", "", "x\uFFFDy", "héllo"} {
		for _, chars := range []string{"\uFFFD", "p", "", "lé", "zc"} {
			fmt.Print(bytes.IndexAny([]byte(s), chars), bytes.LastIndexAny([]byte(s), chars), " ")
		}
		fmt.Println()
	}
}
