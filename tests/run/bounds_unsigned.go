// Bounds-check panics as Go words them: an array's (or *array's) bound is its
// length, a slice's its capacity, and a uint64 index past 1<<63 is printed
// unsigned.
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what+":", recover()) }()
	f()
}

func main() {
	arr := [3]int{1, 2, 3}
	sl := []int{1, 2, 3}
	str := "abc"
	big := uint64(1<<64 - 1)
	four := 4
	var u uint = 1 << 63
	try("array[:4]", func() { _ = arr[:four] })
	try("ptr[:4]", func() { p := &arr; _ = p[:four] })
	try("array[::4]", func() { _ = arr[0:1:four] })
	try("slice[:4]", func() { _ = sl[:four] })
	try("string[:4]", func() { _ = str[:four] })
	try("slice[big]", func() { _ = sl[big] })
	try("array[big]", func() { _ = arr[big] })
	try("string[u]", func() { _ = str[u] })
	try("slice[:big]", func() { _ = sl[:big] })
	try("slice[big:]", func() { _ = sl[big:] })
	try("array[big:2]", func() { _ = arr[big:2] })
	try("slice[0:big:3]", func() { _ = sl[0:big:3] })
	try("slice[big:1:2]", func() { _ = sl[big:1:2] })
	i := -1
	try("slice[-1]", func() { _ = sl[i] })
}
