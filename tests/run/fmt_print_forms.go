package main

import "fmt"

type T struct {
	A []int
	M map[string]bool
	P *int
}

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint("x", 1, 2, "y")
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("end", 1) == "end 1\n")
	var ip *int
	fmt.Println(T{[]int{1}, map[string]bool{"k": true}, ip})
	var e error
	fmt.Println(e, nil)
	fmt.Println([]string{"a", "b"}, [2]bool{true}, struct{}{})
	fmt.Println(&T{}, &[]int{1}, &map[int]int{1: 2})
	x := 5
	px := &x
	fmt.Println(*px, px != nil)
	fmt.Println(int8(-5), uint16(65535), 'a', byte('a'))
	fmt.Println(float32(1.1), 1.1, 100.0, 1e6, 1e-5)
}
