package main

// A comma in a map type's brackets: the map wants its `]` (a comma in an array
// type's is gc's "unexpected comma; expected ]").

func kv() (map[[2]int, string) { return nil, "x" }

func main() {}
