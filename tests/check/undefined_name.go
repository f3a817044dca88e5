package main

func main() {
	fmt.Println("x")
}
