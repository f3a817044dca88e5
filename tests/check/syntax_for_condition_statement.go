// A for clause's condition is parsed as a simple statement: a definition or
// assignment there is "cannot use ... as value", which gc reports once the
// header is parsed, after any error later on its line.
package main

func a() {
	for n := 0; n < 130:= n++ {
	}
}

func b() {
	for i := 0; i < 3 := 1; i++ {
	}
}

func c() {
	for i := 0; i = 3; i++ {
	}
}

func main() {}
