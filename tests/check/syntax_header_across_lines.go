package main

import "fmt"

// A header without its brace goes on across the newline: gc's header takes the
// next line for the condition (or a switch's tag), then wants the block.

func main() {
	x := 3
	if x > 0
		fmt.Println("positive")
	}
	switch x
	case 1:
		fmt.Println(1)
	}
}
