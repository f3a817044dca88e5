package main

func main() {
	len
}
