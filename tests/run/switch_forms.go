package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "big"
	}
}

func main() {
	for _, n := range []int{-5, 0, 3, 42} {
		fmt.Println(n, classify(n))
	}
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("low")
	case 4, 5:
		fmt.Println("mid")
		fallthrough
	case 6:
		fmt.Println("fell")
	default:
		fmt.Println("none")
	}
	s := "go"
	switch s + "lang" {
	case "golang":
		fmt.Println("yes")
	}
	var v any = 3.5
	switch t := v.(type) {
	case int, int64:
		fmt.Println("int-ish", t)
	case float64:
		fmt.Println("float", t*2)
	case nil:
		fmt.Println("nil")
	}
}
