// What cannot start an interface's element, or a union's next term, is gc's
// "expected ~ term or type"; the element is skipped and the interface goes on.
package main

type Shape interface{ { Area() float64 }

type Num interface {
	int | 
}

type Other interface {
	String() string
	]
}

type Fine interface {
	~int | ~string
	M()
}

func main() {}
