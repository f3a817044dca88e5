// A method expression naming a missing method, or a field (which needs a value).
package main

func main() {
	_ = interface{ M() }.X
	_ = struct{ a int }.a
}
