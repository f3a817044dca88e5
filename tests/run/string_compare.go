package main

import "fmt"

func main() {
	words := []string{"banana", "apple", "cherry", "app", "", "Banana"}
	for i := range words {
		for j := range words {
			if words[i] < words[j] {
				fmt.Print("<")
			} else if words[i] == words[j] {
				fmt.Print("=")
			} else {
				fmt.Print(">")
			}
		}
		fmt.Println()
	}
	fmt.Println(max("a", "c", "b"), min("zz", "z"))
}
