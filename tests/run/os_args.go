package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), len(os.Args[0]) > 0)
	v, ok := os.LookupEnv("MINIGO_SURELY_UNSET_VAR")
	fmt.Println(v == "", ok, os.Getenv("MINIGO_SURELY_UNSET_VAR") == "")
	n, err := os.Stdout.WriteString("direct\n")
	fmt.Println(n, err)
	os.Stdout.Write([]byte("bytes\n"))
	defer fmt.Println("deferred not run")
	if len(os.Args) == 1 {
		os.Exit(7)
	}
}
