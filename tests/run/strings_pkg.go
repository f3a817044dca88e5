package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox  "
	fmt.Println(strings.TrimSpace(s))
	fmt.Println(strings.Fields(s), len(strings.Fields(s)))
	fmt.Println(strings.Split("a,b,,c", ","), strings.Join([]string{"x", "y"}, "-"))
	fmt.Println(strings.Contains(s, "quick"), strings.Index(s, "brown"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.ToUpper("hello"), strings.ToLower("WoRlD"), strings.Title("go is fun"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "c"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.Count("cheese", "e"))
	fmt.Println(strings.TrimLeft("xxabcxx", "x"), strings.TrimSuffix("file.go", ".go"), strings.Trim("--a--", "-"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteString("end")
	fmt.Println(b.String(), b.Len())
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Map(func(r rune) rune { return r + 1 }, "abc"))
	fmt.Printf("%q\n", strings.SplitN("a b c d", " ", 2))
}
