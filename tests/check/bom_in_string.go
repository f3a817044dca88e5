// A byte order mark after the start of a file is invalid, in a literal too.
package main

func main() {
	println("x﻿y")
}
