package util

import "strings"

func Double(n int) int { return n * "2" }

func unused() { x := 1 }
