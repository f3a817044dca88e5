// A composite literal missing a comma.
package main

var m = map[string]int{"a": 1 "b": 2}

func main() { _ = m }
