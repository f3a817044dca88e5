// A type parameter list missing a comma.
package main

func f[T any U any]() {}

func main() {}
