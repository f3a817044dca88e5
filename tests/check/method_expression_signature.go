package main

import "time"

type T struct{}

func (t T) A(x int) int   { return x }
func (T) B(x int) int     { return x }
func (_ *T) C(y, z string) {}
func (t *T) D()           {}

func main() {
	var a int = T.A
	var b int = T.B
	var c int = (*T).C
	var d int = (*T).D
	var e int = (*time.Time).GobDecode
	var f int = time.Time.Add
	var g int = (*T).A
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
}
