// A parameter list missing a comma.
package main

func f(a int b int) {}

func main() { f(1, 2) }
