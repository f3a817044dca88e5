// Reads its standard input (stdin_wordfreq.in) with a bufio.Scanner, line by
// line, then counts words and prints the most frequent ones.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	counts := map[string]int{}
	lines, words := 0, 0
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(sc.Text()) {
			w = strings.ToLower(strings.Trim(w, ".,;:!?\"'()"))
			if w != "" {
				counts[w]++
				words++
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "reading input:", err)
		os.Exit(1)
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Printf("%d lines, %d words, %d distinct\n", lines, words, len(keys))
	for _, k := range keys[:10] {
		fmt.Printf("%-8s %d\n", k, counts[k])
	}
}
