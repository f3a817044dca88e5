package main

func F[T any]() { var m map[T]int; _ = m }

func main() {}
