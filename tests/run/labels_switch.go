package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	for n := 0; n < 6; n++ {
		switch {
		case n == 0:
			fmt.Print("zero ")
		case n%2 == 1:
			fmt.Print("odd ")
			fallthrough
		case n == 4:
			fmt.Print("four-or-fell ")
		default:
			fmt.Print("other ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
	}
sw:
	switch {
	case true:
		for k := 0; k < 5; k++ {
			if k == 2 {
				break sw
			}
			fmt.Print(k)
		}
	}
	fmt.Println()
	var r rune = 'b'
	switch r {
	case 'a':
	case 'b':
		fmt.Println("bee")
	}
}
