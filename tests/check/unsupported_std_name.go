package main

import (
	"fmt"
	"strings"
)

func main() {
	var a, b int
	n, err := fmt.Sscanf("1 2", "%d %d", &a, &b)
	fmt.Println(n, err, a+b, strings.ToUpper("x"))
}

// minigo rejects this program on purpose: its fmt has no scanning functions yet,
// which Go's fmt has (a name Go's package lacks is "undefined" as in gc).
// minigo-want: unsupported_std_name.go:10:16: minigo does not support fmt.Sscanf
