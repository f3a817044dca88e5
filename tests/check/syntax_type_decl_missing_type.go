package main

type T1

func main() {}
