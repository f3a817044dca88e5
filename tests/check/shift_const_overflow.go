package main

func main() {
	n := 2
	var b byte = 0xF00 >> n
	println(byte(0xF00>>n), b, int8(200<<n))
}
