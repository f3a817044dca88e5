package main

var init = 0

type init struct{}

func main() {}
