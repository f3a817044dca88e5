package main

var X = 1

func main() {}
