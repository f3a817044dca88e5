// Map churn: maps of 1,000 entries built, read and dropped; the last 256
// stay alive (about 40 MB), so the live set is constant.
package main

import "fmt"

func main() {
	var window [256]map[int][]byte
	total := 0
	for round := 0; round < 5000; round++ {
		m := make(map[int][]byte)
		for i := 0; i < 1000; i++ {
			m[i*7+round] = make([]byte, 16)
		}
		for i := 0; i < 1000; i += 3 {
			total += len(m[i*7+round])
		}
		window[round%len(window)] = m
	}
	for _, m := range window {
		total += len(m)
	}
	fmt.Println(total)
}
