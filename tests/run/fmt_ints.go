package main

import "fmt"

func main() {
	for _, v := range []int{0, 7, -7, 255, -1000000} {
		fmt.Printf("[%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%8.3d|%.0d]\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%c %c %q %U %#U %x\n", 'A', 0x4e16, 'x', 0x1F600, 'ä', "hi")
	fmt.Printf("%d %d %d\n", int8(-128), uint64(18446744073709551615), uintptr(42))
	fmt.Printf("%v %v\n", []int8{-1, 2}, [2]uint{3, 4})
	fmt.Printf("%x %X % x %#x\n", []byte("abc"), "xyz", []byte{1, 171}, "hi")
	fmt.Printf("%*d|%-*d|%.*d\n", 6, 42, 4, 7, 3, 5)
	fmt.Printf("%3c|%-4q|%08b\n", 'z', 'y', 5)
	fmt.Printf("%t %v %5t\n", true, false, true)
}
