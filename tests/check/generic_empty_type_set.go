package main

func F[T interface{ int; string }](x T) { _ = x + x; _ = len(x); _ = x[0]; var y T = 1; _ = y }

func main() {}
