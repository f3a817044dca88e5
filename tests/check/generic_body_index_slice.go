package main

func f1[T ~int | ~float64](x T) T { return x / 0 }

func f2[T any]() T { var z T; return z + 1 }

func f3[T ~int](x T) T { return x &^ 1 }

func f4[T ~float64](x T) T { return x & 1 }

func f5[T ~[]byte | ~string](x T) T { return x[1:2] }

func f6[T ~[]byte | ~string](x T) byte { return x[0] }

func f7[T ~[]int | ~[]string](x T) { _ = x[0] }

func f8[T ~[4]int | ~[]int](x T) { _ = x[5] }

func f9[T ~int](x T) bool { return x == nil }

func f10[T comparable](x T) bool { return x < x }

func f11[T any](x T) {
	var i interface{} = x
	_ = i
	var s fmt.Stringer = x
}

func main() {}
