package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	fmt.Printf("%d %5d %-5d| %05d %+d\n", 42, 42, 42, 42, 42)
	fmt.Printf("%x %X %o %b %#x %#o\n", 255, 255, 8, 5, 255, 8)
	fmt.Printf("%f %.2f %8.3f %e %E %g\n", 3.14159, 3.14159, 3.14159, 1234.5678, 1234.5678, 0.00001234)
	fmt.Printf("%s %q %v %10s|%-10s|\n", "go", "go", "go", "right", "left")
	fmt.Printf("%c %U %q\n", 'G', 'G', 'G')
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%v %+v %#v\n", P{1, "a"}, P{1, "a"}, P{1, "a"})
	fmt.Printf("%T %T %T\n", P{}, &P{}, []string{})
	fmt.Printf("%v %v\n", []int{1, 2}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%5.1f|%-8.2f|\n", 3.14159, 2.5)
	fmt.Printf("%x %X\n", "hello", []byte("hi"))
	fmt.Printf("%%|%d%%\n", 50)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%v %v\n", nil, []string(nil))
	fmt.Printf("%6.2v|\n", 3.14159)
	fmt.Printf("%08.3f|%+.1e\n", -3.5, 12345.678)
}
