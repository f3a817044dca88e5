package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	groups, err := os.Getgroups()
	fmt.Println(len(groups) >= 0, err, strings.ToUpper("x"))
}

// minigo rejects this program on purpose: its os has no Getgroups yet, which
// Go's os has (a name Go's package lacks is "undefined" as in gc).
// minigo-want: unsupported_std_name.go:10:20: minigo does not support os.Getgroups
