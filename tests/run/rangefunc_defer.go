package main

import (
	"fmt"
	"iter"
)

func Count(n int, log *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { *log = append(*log, "iterator done") }()
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func work(log *[]string) (result int) {
	defer func() { *log = append(*log, fmt.Sprint("work returns ", result)) }()
	for i := range Count(3, log) {
		defer func() { *log = append(*log, fmt.Sprint("deferred in body ", i)) }()
		result += i
	}
	*log = append(*log, "after loop")
	return result * 10
}

func nested(log *[]string) {
	for i := range Count(2, log) {
		for j := range Count(2, log) {
			defer func() { *log = append(*log, fmt.Sprint("nested ", i, j)) }()
		}
	}
	*log = append(*log, "nested body done")
}

func recovers() (msg string) {
	defer func() { msg += " then returned" }()
	var log []string
	for i := range Count(5, &log) {
		defer func() {
			if r := recover(); r != nil {
				msg = fmt.Sprint("recovered ", r)
			}
		}()
		if i == 2 {
			panic("boom")
		}
	}
	return "no panic"
}

func main() {
	var log []string
	fmt.Println(work(&log))
	for _, l := range log {
		fmt.Println(l)
	}
	log = nil
	nested(&log)
	fmt.Println(log)
	fmt.Println(recovers())
}
