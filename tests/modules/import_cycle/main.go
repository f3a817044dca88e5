// Two packages of the module that import each other: the go command's
// import cycle error, naming the file of each import.
package main

import (
	"fmt"
	"myapp/a"
)

func main() { fmt.Println(a.A) }
