package main

// A switch on a string compares the length, then the bytes against
// immediates (no load of the constant); a case whose length differs goes
// straight to the next case, without materializing the failed comparison.
func weight(s string) int {
	switch s {
	case "alpha", "gamma":
		return 1
	case "delta":
		return 2
	case "epsilon":
		return 3
	}
	return 0
}

func main() { println(weight("delta")) }
