// Why a function is no iterator, in gc's words for each case.

package main

type B bool

func f1(yield func(int) B)        {}
func f2(yield func(...int) bool)  {}
func f3(yield func(int) bool) int { return 0 }
func f4(yield func(int))          {}
func f5(a, b func(int) bool)      {}
func f6(yield int)                {}

func main() {
	for range f1 {
	}
	for range f2 {
	}
	for range f3 {
	}
	for range f4 {
	}
	for range f5 {
	}
	for range f6 {
	}
}
