// A block at top level after a whole function is a statement outside any
// function; a brace on the line after a signature whose result is a struct
// type is that function's body put on the next line.
package main

func three(a int) (int, int) { return a, a * 2 }

{ spin(seed int) int {
	return seed
}

func point() struct{ x int }
{
	return struct{ x int }{1}
}

func main() {}
