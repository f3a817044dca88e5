package main

func main() {
	type I interface { M(), N() }
	var _ I
}
// minigo-first-line-only: gc's parser recovers and reports a second error; minigo stops at the first
