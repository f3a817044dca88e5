package main

import "fmt"

func main() {
	s := "héllo, wörld"
	fmt.Println(len(s), s[0], s[1], s[1:3])
	for i, r := range "aé€😀" {
		fmt.Println(i, r, string(r))
	}
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b))
	r := []rune(s)
	fmt.Println(len(r), string(r[1]))
	fmt.Println("a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
	t := "x"
	for i := 0; i < 3; i++ {
		t += t
	}
	fmt.Println(t)
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
	bad := "a\xffb"
	for _, c := range bad {
		fmt.Println(c)
	}
}
