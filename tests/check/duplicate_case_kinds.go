package main

import "fmt"

func main() {
	x := 2.0
	switch x {
	case 1, 2:
	case 1.0:
	case 3, 2.0:
	}
	s := "a"
	switch s {
	case "a", "b", "a":
	}
	type T int
	var a any = 1
	switch a {
	case 1, T(1), int64(1), 1:
	}
	switch {
	case true, true:
	}
	c := 1i
	switch c {
	case 1i, 1i:
	}
	fmt.Println()
}
