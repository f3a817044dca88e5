// An increment where `for` wants its condition: gc's syntax error, at the `++`.
package main

func main() {
	x := 1
	for x++ {
	}
}
