package main

const big int32 = 1 << 30

func main() {
	x := big * 4
	_ = x
}
