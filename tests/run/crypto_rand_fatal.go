// crypto/rand: a Reader that fails makes Read a fatal error (exit 2, no
// deferred call runs), as in Go.
package main

import (
	"crypto/rand"
	"errors"
	"fmt"
)

type failing struct{}

func (failing) Read(p []byte) (int, error) { return 0, errors.New("no entropy") }

func main() {
	rand.Reader = failing{}
	defer fmt.Println("deferred")
	b := make([]byte, 4)
	rand.Read(b)
	fmt.Println("unreachable")
}
