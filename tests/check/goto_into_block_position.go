package main

func main() {
	goto L
	{
	L:
		println()
	}
	goto M
	for i := 0; i < 1; i++ {
	M:
	}
}
