package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", nil, 'r', "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprintln("end", 1)
	fmt.Print(s)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s-%d\n", "f", 2)
	fmt.Fprint(os.Stderr, "to stderr\n")
	fmt.Fprintln(os.Stderr, "err line", 2)
	b := fmt.Append(nil, "app", 1)
	b = fmt.Appendf(b, "|%d|", 2)
	b = fmt.Appendln(b, "ln")
	fmt.Print(string(b))
}
