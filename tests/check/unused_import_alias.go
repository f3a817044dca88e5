package main

import s "strings"

func main() {}
