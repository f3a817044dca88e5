package main

func F[T interface{ ~int; ~string }](x T) {}
func main2() { F(1) }

func main() {}
