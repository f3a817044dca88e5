// Word frequencies of standard input (bench.py feeds 50 MB of generated text):
// bufio.Scanner with ScanWords, a map[string]int, the ten most frequent words.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	total := 0
	for sc.Scan() {
		counts[sc.Text()]++
		total++
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	fmt.Println(total, "words,", len(words), "distinct")
	for _, w := range words[:10] {
		fmt.Println(w, counts[w])
	}
}
