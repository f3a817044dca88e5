package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	var n uint8 = 4
	for i := range n {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	arr := [3]string{"a", "b", "c"}
	for i, v := range arr {
		arr[2] = "z"
		fmt.Print(i, v)
	}
	fmt.Println(arr)
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	var k, v int
	for k, v = range []int{5, 6} {
	}
	fmt.Println(k, v)
	for i := range "héllo" {
		fmt.Print(i)
	}
	fmt.Println()
}
