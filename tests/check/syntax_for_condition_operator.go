package main

import "fmt"

func main() {
	for i := 0;  < 3; i++ {
		fmt.Println(i)
	}
}
