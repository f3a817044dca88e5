// Constant conversions to integer types that fail: an integral float constant
// is shown as the integer types2 made of it before the range check failed.
package main

func main() {
	_ = int8(1.5)
	_ = int(1e30)
	_ = int8(300.0)
	_ = uint(-1.0)
	_ = float32(1e300)
	_ = int8(2.5e10)
	_ = uint8('a' * 3)
	_ = int8(1e-5)
	_ = int32(1 << 40)
}
