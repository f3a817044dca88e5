// A byte order mark may start a file (and nowhere else).
package main

func main() { println("bom ok") }
