package main

import "strings"

type S = strings.Builder
type L = []int
type PP = **int
type T struct{}
type Q = *T

func (s S) X()  {}
func (l L) Y()  {}
func (q *Q) Z() {}

func main() {}
