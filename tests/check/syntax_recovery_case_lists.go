package main

import "fmt"

func main() {
	s := "abc"
	switch s {
	case "a", :
		fmt.Println(1)
	case "b" "c":
	}
	fmt.Println(s[)
}
