package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T", t.n) }

func classify(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string of len " + fmt.Sprint(len(v))
	case error:
		return "error: " + v.Error()
	case Stringer:
		return "stringer " + v.String()
	case []int:
		return fmt.Sprint("slice ", len(v))
	case func() int:
		return fmt.Sprint("func ", v())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	vals := []any{nil, 1, int64(2), "abc", errors.New("bad"), T{4}, []int{1, 2}, func() int { return 7 }, 3.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s fmt.Stringer = T{9}
	switch s.(type) {
	case T:
		fmt.Println("T")
	}
	switch x := any(3); {
	case x == 3:
		fmt.Println("three")
	}
}
