// A program whose cached image the cache tests damage: every run must print
// Go's output or fail to start, never a wrong answer.
package main

type acc struct{ n, sum int }

func (a *acc) add(x int) { a.n++; a.sum += x * x }

func main() {
	a := &acc{}
	for i := 1; i <= 1000; i++ {
		a.add(i)
	}
	words := map[string]int{"go": 2, "minigo": 6}
	s := ""
	for _, w := range []string{"go", "minigo"} {
		s += w
		a.add(words[w])
	}
	println("sum:", a.sum, "n:", a.n, "s:", s)
}
