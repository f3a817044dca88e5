package main

func main() {
	for i := range 10 x {
		_ = i
	}
}
// minigo-first-line-only: gc's parser recovers and reports a second error; minigo stops at the first
