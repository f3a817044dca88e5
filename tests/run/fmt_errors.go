package main

import "fmt"

type S struct{ A int }

func main() {
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("no verbs\n", 1, "a")
	fmt.Printf("%z %!\n", 3)
	fmt.Printf("%t %q\n", 1, 1.5)
	fmt.Printf("%d %x\n", S{1}, &S{2})
	fmt.Printf("%.2s %e\n", 42, "x")
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]d\n", 1)
	fmt.Printf("%*d\n", "x", 5)
	fmt.Printf("100%%\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%v %d\n", nil, nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%w\n", fmt.Errorf("e"))
	fmt.Println(fmt.Sprintf("%d", []string{"a"}))
}
