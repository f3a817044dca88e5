// gc's parser checks the labels and branch statements of each function body
// it parsed without a syntax error, even when another body has one; a body
// with one is not checked (its labels would be the recovery's).
package main

func broken() {
	unused:
	x := 1 +
	goto nowhere
}

func clean() {
	for {
		break outer
	}
	done:
	continue
}

func main() {
	switch {
	case true:
		skip:
	case false:
	}
}
