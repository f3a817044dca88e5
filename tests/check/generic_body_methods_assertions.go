package main

type Stringer interface{ String() string }

func m[T any](x T) string { return x.String() }

func p[T Stringer](x *T) string { return x.String() }

func f[T Stringer](x T) string { return x.Name }

func ok[T Stringer](x T) string { return x.String() }

func sw[T any](x T) {
	switch x.(type) {
	case int:
	}
}

func as[T any](x T) { _ = x.(int) }

func mk[T any]() { _ = make(T) }

func mk2[T ~[]int | ~map[int]int]() { _ = make(T) }

func rng[T any](x T) {
	for range x {
	}
}

func main() {}
