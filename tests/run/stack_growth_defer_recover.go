package main

import (
	"errors"
	"fmt"
)

var trail []int

func descend(n int) (res int) {
	defer func() {
		if n%100000 == 0 {
			trail = append(trail, n)
		}
	}()
	if n == 0 {
		panic(errors.New("bottom"))
	}
	return descend(n-1) + 1
}

func guarded(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered at depth %d: %v", n, r)
		}
	}()
	descend(n)
	return nil
}

func grower(n int) int {
	if n == 0 {
		return 0
	}
	return grower(n-1) + 1
}

func main() {
	fmt.Println(guarded(300000))
	fmt.Println(trail)
	// a deferred call that itself grows the stack while a panic is in flight
	func() {
		defer func() {
			fmt.Println("recovered:", recover(), grower(500000))
		}()
		defer func() {
			fmt.Println("deferred grows to", grower(1000000))
		}()
		var m map[string]int
		m["x"] = 1
	}()
	// in a goroutine
	done := make(chan error)
	go func() { done <- guarded(200000) }()
	fmt.Println(<-done)
}
