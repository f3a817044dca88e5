// Type cycles without an indirection are invalid recursive types.
package main

type A B
type B A

type S struct{ s S }

type P struct{ q Q }
type Q P

func main() {}
