// copy's arguments as types2 words them: each must be a slice (a string
// may be the source, of bytes), with identical element types.
package main

func main() {
	var ints []int
	var runes []rune
	copy(ints, "abc")
	copy(ints, runes)
	copy(5, ints)
	copy(ints, 5)
	copy(nil, ints)
	copy([]byte{}, "ok")
}
