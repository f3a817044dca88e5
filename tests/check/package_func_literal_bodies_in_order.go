// Function bodies are checked in the order go/types queues them: declared
// functions in source order, with the function literals of package-level
// initializers among them where those are. gc stops after ten errors, so
// which ten are printed depends on it: here the literals' errors, at the end
// of the file, are not among them.
package p

func f1() int {}

func f2() int {}

func f3() int {}

func f4() int {}

func f5() int {}

func f6() int {}

func f7() int {}

func f8() int {}

var v1 = func() int {}

func f9() int {}

func f10() int {}

func f11() int {}

var v2 = func() int {}

var v3 = func() int { return "x" }
