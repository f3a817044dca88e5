package main

type celsius = float64

func main() {
	var x any = 1.5
	switch x {
	case float64(1.5):
	case celsius(1.5):
	case uint8(2):
	case byte(2):
	}
}
