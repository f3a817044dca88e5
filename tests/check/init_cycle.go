package main

var a = b + 1
var b = a + 1

func main() {}
