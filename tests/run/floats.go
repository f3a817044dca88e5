package main

import "fmt"

func main() {
	x := 3.0
	y := 2.0
	fmt.Println(x/y, x*y, x-y, x+y)
	fmt.Println(1e21, 1e20, 1e-7, 123456789.0, 0.000001234)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	fmt.Println(7.0/3.0, float32(7.0)/3)
	z := 0.0
	fmt.Println(1/z, -1/z, z/z == z/z)
	f1, f2 := 3.99, -3.99
	fmt.Println(int(f1), int(f2), int64(1e18))
	fmt.Println(float64(7)/2, 7/2)
}
