package main

type Celsius float64

func main() {
	println("x")
	panic(Celsius(21.5))
}
