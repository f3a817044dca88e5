package main

import (
	"fmt"
	"strings"
)

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func count(xs ...interface{}) int { return len(xs) }

func main() {
	fmt.Println(join(", ", "a", "b", "c"))
	fmt.Println(join("-"))
	p := []string{"x", "y"}
	fmt.Println(join("+", p...))
	fmt.Println(count(), count(1, "a", nil), count([]interface{}{1, 2}...))
	fmt.Println(fmt.Sprint(p))
}
