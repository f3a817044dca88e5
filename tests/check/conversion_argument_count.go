// A conversion takes exactly one argument, whatever the form of its type:
// a named type, a type literal written without parentheses, or one in them.
package main

type celsius float64

func main() {
	_ = []rune("a", "b")
	_ = [2]int()
	_ = map[int]bool(nil, nil)
	_ = chan int()
	_ = celsius(1, 2)
	_ = (*celsius)()
	_ = float64()
	_ = []byte("ok")
}
