package main

func main() {
	type _ <-<-chan int
}
