package main

// Comparisons of strings with constants of every length up to 17, the
// constant on either side, and a switch on them.

import "fmt"

func main() {
	// comparisons with constants of every length up to 17, on both sides
	words := []string{"", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq", "xbcdefghijklmnop", "abcdefghijklmnox", "\xff\x00\x80", "héllo"}
	for _, w := range words {
		fmt.Print(w == "", w == "a", w == "ab", w == "abc", w == "abcd", w == "abcde", w == "abcdef", w == "abcdefg", w == "abcdefgh", w == "abcdefghi", w == "abcdefghijklmno", w == "abcdefghijklmnop", w == "abcdefghijklmnopq", "\xff\x00\x80" == w, w != "héllo", " ")
		switch w {
		case "abcdefgh", "héllo":
			fmt.Println("hit")
		case "abcdefghijklmnox":
			fmt.Println("x")
		default:
			fmt.Println("-")
		}
	}
}
