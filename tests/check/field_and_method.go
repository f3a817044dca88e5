package main

type T struct{ Name string }

func (T) Name() string { return "" }

func main() {}
