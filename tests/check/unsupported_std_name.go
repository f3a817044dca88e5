package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	name, err := os.Executable()
	fmt.Println(name != "", err, strings.ToUpper("x"))
}

// minigo rejects this program on purpose: its os has no Executable yet, which
// Go's os has (a name Go's package lacks is "undefined" as in gc).
// minigo-want: unsupported_std_name.go:10:18: minigo does not support os.Executable
