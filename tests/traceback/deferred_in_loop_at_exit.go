package main

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

// Defers in a loop run through the general exit path, whose calls Go also
// places at the closing brace.
func incAll(cs []*counter) {
	for _, c := range cs {
		defer c.inc()
	}
	println("incrementing", len(cs))
}

func main() {
	incAll([]*counter{{1}, {2}})
	incAll([]*counter{{1}, nil})
}
