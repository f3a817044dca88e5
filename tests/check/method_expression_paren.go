package main

type T struct{}

func (*T) g() int { return 1 }

var _ = (T).g()
var _ = T.g

func main() {}
