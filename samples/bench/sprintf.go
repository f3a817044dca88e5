// fmt's formatting: a million lines of a report built with Sprintf and
// Fprintf, mixing verbs (%d %5d %s %-8s %q %.2f %v %x %t) and operands
// (integers, floats, strings, a struct, a slice, an error).
package main

import (
	"errors"
	"fmt"
	"strings"
)

type item struct {
	ID    int
	Name  string
	Price float64
}

func main() {
	names := []string{"apple", "kiwi", "fig", "banana", "cherry"}
	err := errors.New("out of stock")
	var sb strings.Builder
	total := 0
	for i := 0; i < 1_000_000; i++ {
		it := item{i, names[i%len(names)], float64(i%997) * 1.25}
		s := fmt.Sprintf("%5d %-8s %.2f %x", it.ID, it.Name, it.Price, i)
		total += len(s)
		switch i % 4 {
		case 0:
			total += len(fmt.Sprint(it.ID, it.Price, true))
		case 1:
			total += len(fmt.Sprintf("%v %q", it, it.Name))
		case 2:
			total += len(fmt.Sprintf("%d items: %v", i%7, names[:i%3]))
		default:
			total += len(fmt.Sprintf("item %d: %v", i, err))
		}
		if i%100_000 == 0 {
			fmt.Fprintf(&sb, "%s|%t\n", s, i%2 == 0)
		}
	}
	fmt.Print(sb.String())
	fmt.Println(total)
}
