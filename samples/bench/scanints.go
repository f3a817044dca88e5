// scanints: a program reading its input as a first-week Go program does,
// with fmt.Scan on os.Stdin (unbuffered: a read system call per byte) —
// bench.py feeds a file of 200,000 integers after their count.
package main

import "fmt"

func main() {
	var n int
	fmt.Scan(&n)
	sum, max := 0, 0
	for i := 0; i < n; i++ {
		var x int
		fmt.Scan(&x)
		sum += x
		if x > max {
			max = x
		}
	}
	fmt.Println(n, sum, max)
}
