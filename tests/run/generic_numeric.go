package main

import "fmt"

type Float interface{ ~float32 | ~float64 }

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Number interface{ Integer | Float }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Clamp[T Integer | Float | ~string](x, lo, hi T) T {
	return max(lo, min(x, hi))
}

func GCD[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

type Matrix[T Number] [][]T

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	r := make(Matrix[T], len(m))
	for i := range m {
		r[i] = make([]T, len(o[0]))
		for j := range o[0] {
			for k := range o {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

type Celsius float32

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(0.5, 0.25), Sum[uint8](200, 100), Sum[Celsius](1.5, 2))
	fmt.Println(Mean([]int{1, 2, 4}), Mean([]float32{}))
	fmt.Println(Abs(-3), Abs(int8(-128)), Abs(-2.5))
	fmt.Println(Clamp(15, 0, 10), Clamp(-1.5, 0, 1), Clamp("m", "a", "k"))
	fmt.Println(GCD(48, 18), GCD[uint16](7, 5))
	a := Matrix[int]{{1, 2}, {3, 4}}
	fmt.Println(a.Mul(a), Matrix[float64]{{0.5}}.Mul(Matrix[float64]{{4}}))
	var x int32 = 1 << 30
	fmt.Println(Sum(x, x, x))
}
