package main

// a + b + c concatenates in one runtime call with the headers in g.scratch.
func join(a, b, c string) string { return a + b + c }

func main() { println(join("x", "y", "z")) }
