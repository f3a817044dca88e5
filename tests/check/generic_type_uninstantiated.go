// A generic type used without type arguments: named with its type
// parameters where a type is wanted, as written in an expression.
package main

type List[T any] []T

func (l List[T]) Len() int { return len(l) }

func main() {
	_ = List.Len
	_ = List{}
	_ = List(nil)
	_ = []List{}
	var x interface{} = 1
	_ = x.(List)
	_ = new(List)
	_ = make(List, 1)
	var l List
	_ = l
}
