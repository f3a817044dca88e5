package main

func a(done chan<- ,) {}

func b(x <-chan) {}

func c() {
	var x chan
	_ = x
}

func main() {
	var m map[string]chan<-
}
