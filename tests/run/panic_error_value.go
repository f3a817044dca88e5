package main

import "errors"

type codeErr struct{ code int }

func (c *codeErr) Error() string { return "code error" }

func main() {
	_ = errors.New
	var e error = &codeErr{3}
	panic(e)
}
