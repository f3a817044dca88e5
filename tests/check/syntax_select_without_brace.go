// A select not followed by its brace: gc says the brace is missing, skips to
// the first clause and parses the clauses.
package main

func main() {
	ch := make(chan int)
	select ch {
	case v := <-ch:
		println(v)
	default:
	}
	select select {
	case <-ch:
	}
}
