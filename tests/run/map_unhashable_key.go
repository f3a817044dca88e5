// Map operations with a key whose dynamic type cannot be hashed panic, and
// the panic can be recovered; Go words it differently for an empty map.
package main

import "fmt"

func main() {
	m := map[interface{}]int{1: 1}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = m[[]int{}]
	}()
	e := map[interface{}]int{}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = e[[]int{}]
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		e[[]int{}] = 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		delete(e, []int{})
	}()
	var nilmap map[any]bool
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_, ok := nilmap[[]int{}]
		fmt.Println(ok)
	}()
	type key struct {
		name string
		v    any
	}
	byKey := map[key]int{{"a", 1}: 1}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		byKey[key{"f", func() {}}]++
	}()
	lit := func(k any) map[any]int { return map[any]int{k: 1} }
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		lit(map[int]int{})
	}()
	fmt.Println(len(m), len(e), len(byKey))
	_ = e[[]string{"unrecovered"}]
}
