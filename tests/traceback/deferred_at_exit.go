package main

import "fmt"

type account struct{ balance map[string]int }

func (a *account) credit(who string, n int) { a.balance[who] += n }

// The deferred calls run at the function's exit: Go places that exit at the
// closing brace, in the traceback of a panic they raise.
func settle(a *account) int {
	defer fmt.Println("settled")
	defer a.credit("bob", 5)
	fmt.Println("settling")
	return 1
}

func main() {
	fmt.Println(settle(&account{balance: map[string]int{}}))
	fmt.Println(settle(&account{}))
}
