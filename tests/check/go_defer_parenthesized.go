package main

func F() {
	go (F)
	defer (F)
	go (F())
	defer ((F()))
}

func main() {}
