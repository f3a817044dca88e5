package main

import (
	"fmt"
	"sort"
	"sync"
)

func safe(id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprintf("worker %d recovered: %v", id, r)
		}
	}()
	if id%2 == 0 {
		var m map[int]int
		m[id] = id
	}
	out <- fmt.Sprintf("worker %d ok", id)
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go safe(i, &wg, out)
	}
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
