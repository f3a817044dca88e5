package main

// The import path's string ends at the line: the go command reports
// go/scanner's error at the literal, before the missing packages.
import (
	"fmt"
	"nosuch/a
	"nosuch/b"
)

func main() {
	fmt.Println()
}
