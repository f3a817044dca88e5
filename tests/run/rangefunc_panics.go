package main

import (
	"errors"
	"fmt"
	"iter"
)

// Lines yields lines and reports when it is stopped early.
func Lines(n int, log *[]string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		defer func() { *log = append(*log, "closed") }()
		for i := 0; i < n; i++ {
			if !yield(i, fmt.Sprint("line", i)) {
				*log = append(*log, "stopped")
				return
			}
		}
	}
}

var errStop = errors.New("stop")

func process(n int) (count int, err error) {
	var log []string
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v after %d (%v)", r, count, log)
		}
	}()
	for i, l := range Lines(n, &log) {
		if i == 3 {
			panic(l)
		}
		if i == 10 {
			return count, errStop
		}
		count++
	}
	return count, nil
}

func main() {
	fmt.Println(process(2))
	fmt.Println(process(5))
	var log []string
	for i := range Lines(5, &log) {
		if i == 1 {
			break
		}
	}
	fmt.Println(log)
	sum := 0
	for i, l := range Lines(3, &log) {
		sum += i + len(l)
	}
	fmt.Println(sum, log)
}
