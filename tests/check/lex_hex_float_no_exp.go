package main

func main() {
	f := 0x1.8
	_ = f
}
