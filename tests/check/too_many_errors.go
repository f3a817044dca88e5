package main

func main() {
	a := "x" + 1
	b := "x" + 2
	c := "x" + 3
	d := "x" + 4
	e := "x" + 5
	f := "x" + 6
	g := "x" + 7
	h := "x" + 8
	i := "x" + 9
	j := "x" + 10
	k := "x" + 11
}
