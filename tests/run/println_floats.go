package main

func two() (int, string) { return 7, "x" }

func three() (bool, float64, []int) { return true, 2.5, nil }

// print and println format floats as Go 1.26+ does: the shortest decimal that
// reads back as the same float (as strconv's 'g' with precision -1).
func main() {
	println(1234567.0, 123456.0, 100000.0, 1e6, 1e20, 1e21, 0.0001, 0.00001, 123.456, 5e-324, 1.7976931348623157e308)
	println(float32(0.1), float32(1e10), float32(3.4e38), float32(1)/3)
	var z float64
	println(z, -z, 1/z, -1/z, z/z, -3.0, 1.0/3.0)
	// a call with several results prints each
	println(two())
	print(three())
	println()
}
