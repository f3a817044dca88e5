// strmap: a map keyed by strings that differ only in their last bytes
// ("key00000" to "key99999"), counted into and looked up (the map's hash:
// every byte of a key must reach the bits that pick its slot).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	keys := make([]string, 100000)
	for i := range keys {
		keys[i] = "key" + strconv.Itoa(100000 + i)[1:]
	}
	counts := map[string]int{}
	for round := 0; round < 40; round++ {
		for _, k := range keys {
			counts[k] += round
		}
	}
	hits := 0
	for i := 0; i < 2000000; i++ {
		if counts[keys[i*7919%len(keys)]] > 0 {
			hits++
		}
	}
	fmt.Println(len(counts), counts["key04242"], hits)
}
