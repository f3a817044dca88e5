package main

import "fmt"

func main() {
	s := "héllo, \"wörld\"\n\t!"
	fmt.Printf("%s|%q|%+q|%#q|%x|%X\n", s, s, s, "back`tick", "é", "é")
	fmt.Printf("[%10s][%-10s][%.3s][%10.2s]\n", "abc", "abc", "abcdef", "xyz")
	fmt.Printf("[%5s][%-5s]\n", "日本語", "日本")
	fmt.Printf("%q %q\n", []string{"a", "b c"}, 'é')
	fmt.Printf("%s %v %d\n", []byte("bytes"), []byte("ab"), []byte("ab"))
	fmt.Printf("%#q %q\n", "raw", "\x00\x7f\xff")
	fmt.Printf("%v|%s\n", "", "")
	fmt.Printf("%c|%c\n", 65, -1)
}
