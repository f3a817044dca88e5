package main

// A parameter `name [x, y]T`: gc's parser reads a generic type's instance,
// wants a type after each comma, and a comma or `)` after the `]`.

func f(a [2, 3]int) {}

func g(a [T, U]int) {}

func h(a [2, -x]string, b int) {}

func k(a [T, U]map[int]int, b int) {}

func main() {}
