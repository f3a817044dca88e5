// Reads its standard input (stdin_scan.in) with fmt.Scan and fmt.Scanln, as a
// contest-style program does.
package main

import "fmt"

func main() {
	var n int
	fmt.Scan(&n)
	sum := 0
	for i := 0; i < n; i++ {
		var v int
		fmt.Scan(&v)
		sum += v
	}
	fmt.Println("sum of", n, "numbers:", sum)
	var word string
	var f float64
	c, err := fmt.Scanln(&word, &f)
	fmt.Println(c, err, word, f)
	c, err = fmt.Scanln(&word, &f)
	fmt.Println(c, err, word, f)
	var a, b int
	c, err = fmt.Scanf("%d-%d\n", &a, &b)
	fmt.Println(c, err, a, b)
	for {
		var w string
		if _, err := fmt.Scan(&w); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%q\n", w)
	}
}
