package main

import "fmt"

func Pick[T any](a, b T, first bool) T {
	if first {
		return a
	}
	return b
}

func Shift[T ~int | ~uint8 | ~int64](x T, n int) T { return x << n }

type Small int8

func Scale[T ~int8 | ~int16 | ~float32](x T) T { return x * 3 }

func main() {
	fmt.Printf("%T %T %T %T\n", Pick(1, 2, true), Pick(1, 2.5, true), Pick('a', 1, true), Pick(1.0, 'b', false))
	fmt.Println(Pick(1, 2.5, true), Pick('a', 98, false))
	fmt.Println(Shift(1, 10), Shift[uint8](1, 9), Shift(int64(3), 40))
	fmt.Println(Scale[Small](42), Scale(float32(0.5)), Scale(int16(-7)))
	const big = 1 << 40
	fmt.Println(Pick(big, 1, true))
	var f float32 = 1.5
	fmt.Println(Pick(f, 2, false))
}
