package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.NewReplacer("", "X").Replace("ab"))
	fmt.Printf("%q\n", strings.NewReplacer("a", "1", "", "X").Replace("abc"))
	fmt.Printf("%q\n", strings.NewReplacer("a", "1", "aa", "2").Replace("aaa"))
	fmt.Printf("%q\n", strings.NewReplacer("aa", "2", "a", "1").Replace("aaa"))
	fmt.Printf("%q\n", strings.NewReplacer("a", "1", "a", "2").Replace("aaa"))
	fmt.Printf("%q\n", strings.NewReplacer("abc", "x", "b", "y").Replace("abd abc"))
	fmt.Printf("%q\n", strings.NewReplacer("", "").Replace("ab"))
	fmt.Printf("%q\n", strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace("<a>"))
	fmt.Printf("%q\n", strings.NewReplacer("x", "").Replace(""))
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace(""))
	fmt.Printf("%q\n", strings.NewReplacer("ab", "", "", "-").Replace("abcab"))
}
