package main

import (
	"fmt"
	"iter"
)

func Range(lo, hi int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := lo; i < hi; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Grid(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for r := range Range(0, n) {
			for c := range Range(0, n) {
				if !yield(r, c) {
					return
				}
			}
		}
	}
}

func findPair(target int) (int, int, bool) {
	for a := range Range(1, 10) {
		for b := range Range(a, 10) {
			if a*b == target {
				return a, b, true
			}
		}
	}
	return 0, 0, false
}

func main() {
	fmt.Println(findPair(24))
	fmt.Println(findPair(97))
	cells := 0
	for r, c := range Grid(4) {
		if c > r {
			continue
		}
		cells++
	}
	fmt.Println(cells)
rows:
	for r := range Range(0, 5) {
		for c := range Range(0, 5) {
			switch {
			case c > r:
				continue rows
			case r == 3:
				break rows
			}
			fmt.Print(r, c, " ")
		}
	}
	fmt.Println()
	count := 0
	for i := range Range(0, 3) {
		for j := 0; j < 3; j++ {
			if j == i {
				break
			}
			count++
		}
	}
	fmt.Println(count)
}
