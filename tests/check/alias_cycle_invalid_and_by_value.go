package main

type A = []A

type B = C
type C = B

type D = struct{ d *D }

type E = [2]F
type F struct{ e E }

type G = H
type H struct{ g *G }

func main() {
	var h H
	_ = h.g
}
