package main

import "fmt"

var tbl = []int{1, 2, 3}
var idx = 5
var bad = tbl[idx]

func init() { fmt.Println("first init") }

func main() { fmt.Println(bad) }
