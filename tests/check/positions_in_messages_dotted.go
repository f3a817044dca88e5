// Positions quoted inside messages name the file as gc does (./file.go).
package main

func main() {
L:
	for {
		switch {
		default:
		default:
		}
		break L
	}
L:
	for {
	}
}
