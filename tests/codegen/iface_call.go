package main

// An interface method call loads the itab's function pointer; a method value
// on a concrete type is a direct call.
type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

func measure(s shape) int { return s.area() + 1 }

func main() { println(measure(sq{3})) }
