// String equality at every length around the inline compare's word sizes
// (0-17 bytes), differing in the first or the last byte, in switches and ==
package main

import "fmt"

func kind(s string) int {
	switch s {
	case "":
		return 0
	case "a":
		return 1
	case "ab":
		return 2
	case "abc":
		return 3
	case "abcd":
		return 4
	case "abcde":
		return 5
	case "abcdefg":
		return 7
	case "abcdefgh":
		return 8
	case "abcdefghi":
		return 9
	case "abcdefghijklmnop":
		return 16
	case "abcdefghijklmnopq":
		return 17
	}
	return -1
}

func main() {
	full := "abcdefghijklmnopqrstuvwxyz"
	for n := 0; n <= 18; n++ {
		s := full[:n]
		fmt.Print(kind(s), " ")
		b := []byte(s)
		if n > 0 {
			b[n-1] = 'X'
		}
		fmt.Print(kind(string(b)), " ")
		if n > 1 {
			b[n-1] = full[n-1]
			b[0] = 'X'
			fmt.Print(kind(string(b)), " ")
		}
		fmt.Println(s == "abcdefgh", "abc" != s)
	}
}
