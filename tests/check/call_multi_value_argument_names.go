package main

func g() (int, int)       { return 1, 2 }
func h(a int, b string)   {}
func k(a ...string)       {}

func main() {
	h(g())
	k(g())
}
