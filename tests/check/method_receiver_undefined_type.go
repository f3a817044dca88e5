package main

func (t *T) foo() {}

func (u U) bar() {}

var i int

func (x i) baz() {}

func main() {}
