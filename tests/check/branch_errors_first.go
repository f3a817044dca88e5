package main

// gc checks labels and branches as it parses: their errors come before the
// type checker's, first among the ten it reports.

func main() {
	_ = a1
	_ = a2
	_ = a3
	_ = a4
	_ = a5
	_ = a6
	_ = a7
	_ = a8
	_ = a9
	_ = a10
	func() {
		break
	}()
L:
	for {
		continue M
	}
}
