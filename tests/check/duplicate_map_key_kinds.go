package main

func main() {
	type T int
	_ = map[float64]int{1: 1, 1.0: 2, 2: 3}
	_ = map[complex128]int{1i: 1, 0 + 1i: 2}
	_ = map[any]int{1: 1, int64(1): 2, T(1): 3, 1.0: 4, "a": 5, "a": 6, true: 7, true: 8}
	_ = map[T]int{1: 1, T(1): 2}
	_ = map[byte]int{'a': 1, 97: 2}
}
