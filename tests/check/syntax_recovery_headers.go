package main

func g() int { return 1 }

func main() {
	if i := g()); i == 1 {
	}
	if i := g(); i == 1 return
	switch i := 2 {
	}
	for g()] {
	}
	switch {
	if true:
	}
	select {
	case <-make(chan int): g() default:
	}
	switch {
	case true:
		L:
	default:
	}
}
