package main

type List[T any] struct {
	next *List[T]
	val  T
}

func Walk[T any](l *List[T], f func(T)) {
	if l != nil {
		f(l.val)
		Walk(l.next, f)
	}
}

type Box[T any] struct{ v T }

func Nest[T any](b Box[T], n int) any {
	if n == 0 {
		return b
	}
	return Nest(Box[Box[T]]{b}, n-1)
}

func main() { Walk(&List[int]{val: 1}, func(int) {}); _ = Nest(Box[int]{}, 2) }
