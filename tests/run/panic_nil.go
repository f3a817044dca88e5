package main

func main() {
	defer println("deferred")
	panic(nil)
}
