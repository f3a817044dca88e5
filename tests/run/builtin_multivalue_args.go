// Built-ins given one call that returns all their operands: complex(f()),
// append(g()), copy(h()).
package main

import "fmt"

func parts() (float64, float64)         { return 5, 7 }
func parts32() (float32, float32)       { return 0.5, -1 }
func words() ([]string, string, string) { return []string{"a"}, "b", "c" }
func bytesAnd() ([]byte, byte)          { return []byte("xy"), 'z' }
func both() ([]int, []int)              { return make([]int, 2), []int{1, 2, 3} }

func main() {
	c := complex(parts())
	var c64 complex64 = complex(parts32())
	fmt.Println(c, c64, c == 5+7i)
	fmt.Println(append(words()), len(append(words())))
	fmt.Println(string(append(bytesAnd())))
	fmt.Println(copy(both()))
}
