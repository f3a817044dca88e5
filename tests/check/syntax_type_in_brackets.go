package main

// A type as an array's length is an operand to gc's parser: after it the
// array wants its `]`.

func main() {
	var a [ [5]int
}
