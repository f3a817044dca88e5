package main

func main() {
	pats := []string string{
		"a",
	}
	_ = pats
}
