package main

func main() {
	x := 5
	_ = x[0]
	var p *string
	_ = p[1]
	_ = (*p)[1:]
}
