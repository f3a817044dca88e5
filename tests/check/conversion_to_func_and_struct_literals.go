// Conversions to unparenthesized func and struct type literals that fail.
package main

func seven() int { return 7 }

func main() {
	_ = func() int(seven, seven)
	_ = struct{ X int }()
	_ = func() int("x")
	_ = struct{ X int }(struct{ Y int }{})
	_ = func() (int, error)(seven)
}
