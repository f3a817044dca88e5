package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `the quick brown fox jumps over the lazy dog the fox
and the dog sleep while the quick cat watches the fox`

func main() {
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	for _, e := range list[:5] {
		fmt.Printf("%-6s %d\n", e.w, e.c)
	}
}
