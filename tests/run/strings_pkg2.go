package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  Hello, World! Hello!  "
	fmt.Println(strings.TrimSpace(s), strings.Contains(s, "World"), strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"))
	fmt.Println(strings.ToUpper(s), strings.ToLower("ÀÉ"), strings.Title("x"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")), strings.SplitN("a,b,c", ",", 2))
	fmt.Println(strings.Fields("  a b\tc\n "), strings.Join([]string{"x", "y"}, "+"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("abab", "b", "X"), strings.Repeat("ab", 3))
	fmt.Println(strings.HasPrefix(s, "  H"), strings.HasSuffix(s, "!  "), strings.Count("cheese", "e"), strings.Count("abc", ""))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhix", "x"), strings.TrimRight("xhixx", "x"), strings.TrimPrefix("prefix", "pre"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ng"), strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyz"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "HeLLo"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.IndexFunc("abc1", unicode.IsDigit), strings.FieldsFunc("a1b2c", unicode.IsDigit))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d;", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abcab"))
	fmt.Println(strings.Title("hello world"), strings.SplitAfter("a,b", ","))
}
