package main

import init "fmt"

func init()

func main() {}
