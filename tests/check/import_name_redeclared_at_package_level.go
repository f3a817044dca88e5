package main

import (
	"fmt"
	str "strings"
)

var fmt = 1


type str int

func main() {}
