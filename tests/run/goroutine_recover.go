package main

import (
	"fmt"
	"sync"
)

func safe(id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprint("worker ", id, " recovered: ", r)
		}
	}()
	if id%2 == 0 {
		panic(fmt.Sprint("bad id ", id))
	}
	out <- fmt.Sprint("worker ", id, " ok")
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go safe(i, &wg, out)
	}
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	for i := 0; i < len(lines); i++ {
		for j := i + 1; j < len(lines); j++ {
			if lines[j] < lines[i] {
				lines[i], lines[j] = lines[j], lines[i]
			}
		}
	}
	for _, l := range lines {
		fmt.Println(l)
	}
}
