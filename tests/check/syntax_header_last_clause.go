package main

// After the semicolon before a switch's tag (or an if's condition), gc parses
// an expression: what cannot start one is "expected expression".

func main() {
	switch x := any(3); .
	}
}
