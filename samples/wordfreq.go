// wordfreq counts the words of a text and prints the most frequent ones.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go is expressive, concise, clean, and efficient. Its
concurrency mechanisms make it easy to write programs that get the most out of
multicore and networked machines, while its novel type system enables flexible
and modular program construction. Go compiles quickly to machine code yet has the
convenience of garbage collection and the power of run-time reflection.`

func main() {
	counts := map[string]int{}
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for _, w := range words {
		counts[strings.ToLower(w)]++
	}
	type entry struct {
		word  string
		count int
	}
	var entries []entry
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Printf("%d words, %d distinct\n", len(words), len(entries))
	for _, e := range entries[:8] {
		fmt.Printf("%-8s %2d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
}
