package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func main() {
	var x any = Sq{2}
	_, ok := x.(Shape)
	fmt.Println(ok)
	s := x.(Shape)
	fmt.Println(s)
}
