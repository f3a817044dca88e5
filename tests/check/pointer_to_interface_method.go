package main

import (
	"fmt"
	"io"
)

type S interface{ M() }

func main() {
	_ = (*fmt.Stringer).String
	var r *io.Reader
	r.Read(nil)
	var s *S
	s.M()
}
