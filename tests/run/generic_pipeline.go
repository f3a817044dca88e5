package main

import (
	"fmt"
	"sync"
)

// Generate sends the values on a new channel and closes it.
func Generate[T any](vs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, v := range vs {
			out <- v
		}
	}()
	return out
}

// Map applies f to every value with n workers; order is not kept.
func Map[T, U any](in <-chan T, n int, f func(T) U) <-chan U {
	out := make(chan U)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				out <- f(v)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Filter[T any](in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T, 4)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func Reduce[T, A any](in <-chan T, acc A, f func(A, T) A) A {
	for v := range in {
		acc = f(acc, v)
	}
	return acc
}

type result struct {
	n, sq int
}

func main() {
	nums := make([]int, 100)
	for i := range nums {
		nums[i] = i + 1
	}
	squares := Map(Generate(nums...), 4, func(n int) result { return result{n, n * n} })
	even := Filter(squares, func(r result) bool { return r.sq%2 == 0 })
	total := Reduce(even, 0, func(a int, r result) int { return a + r.sq })
	fmt.Println("sum of even squares:", total)

	words := Generate("a", "bb", "ccc")
	lens := Reduce(Map(words, 2, func(s string) int { return len(s) }), map[int]bool{}, func(m map[int]bool, n int) map[int]bool {
		m[n] = true
		return m
	})
	fmt.Println(len(lens), lens[1], lens[3])
}
