package main

import "fmt"

func main() {
	s := "hello, 世界"
	fmt.Println(len(s), s[0], s[7], s[1:5], s[7:])
	t := s
	t += "!"
	fmt.Println(s, t, s == t, s < t, "abc" < "abd", "ab" < "abc", "" < "a")
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r := []rune(s)
	fmt.Println(len(r), string(r[7]), r[7])
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)))
	for i, c := range "aé\xffz" {
		fmt.Println(i, c, string(c))
	}
	var sb []byte
	for i := 0; i < 3; i++ {
		sb = append(sb, "ab"...)
	}
	fmt.Println(string(sb), len(sb))
	x := "a" + "b" + s[0:1] + string(b[1:3])
	fmt.Println(x)
	fmt.Println(string([]byte{}), string([]rune{0x1F600, 'x'}))
}
