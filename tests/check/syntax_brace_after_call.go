package main

import "fmt"

func t() bool { fmt.Println("x"){ return true } }

func main() {
	go t() { fmt.Println(1) }()
}
