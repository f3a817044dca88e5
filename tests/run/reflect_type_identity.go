// reflect.Type values: what %T and %v print for them, and their identity —
// equal for identical types, usable as map keys, nil for a nil interface.
package main

import (
	"fmt"
	"reflect"
)

type celsius float64

type pair struct {
	a, b int
}

func main() {
	t := reflect.TypeOf(1)
	fmt.Printf("%T %v %s\n", t, t, t)
	fmt.Println(t == reflect.TypeOf(2), t == reflect.TypeOf(int64(2)), t == reflect.TypeFor[int]())
	fmt.Println(reflect.TypeOf(celsius(1)) == reflect.TypeOf(1.0), reflect.TypeOf([]pair{}).Elem() == reflect.TypeOf(pair{}))
	seen := map[reflect.Type]int{}
	for _, v := range []any{1, "a", 2, pair{}, &pair{}, "b", celsius(3), pair{1, 2}} {
		seen[reflect.TypeOf(v)]++
	}
	fmt.Println(len(seen), seen[reflect.TypeOf(0)], seen[reflect.TypeOf(pair{})], seen[reflect.TypeOf("")])
	var none any
	fmt.Println(reflect.TypeOf(none) == nil, reflect.TypeOf(&pair{}).Elem() == reflect.TypeOf(pair{}))
	var st fmt.Stringer = reflect.TypeOf(map[string][]int{})
	fmt.Println(st.String(), st)
}
