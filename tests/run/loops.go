package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 100; i++ {
		sum += i
	}
	fmt.Println(sum)
	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println(n)
	for i := range 5 {
		fmt.Print(i)
	}
	fmt.Println()
	count := 0
	for {
		count++
		if count == 7 {
			break
		}
		if count%2 == 0 {
			continue
		}
	}
	fmt.Println(count)
	var total int64
	for i := int64(10); i > 0; i -= 3 {
		total += i
	}
	fmt.Println(total)
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
}
