package main

func Str[T ~int | ~string](x T) string { return string(x) }

func Str2[T ~[]byte | ~string](x T) string { return string(x) }

func Str3[T ~rune | ~byte](x T) string { return string(x) }

func Iter[T ~string | ~[]byte](x T) {
	for range x {
	}
}

func Iter2[T ~string](x T) {
	for i, c := range x {
		_, _ = i, c
	}
}

func Sh[T ~int | ~float64](x T) T { return x << 2 }

func Sh2[T ~int](x T) T { return 1 << x }

func main() {}
