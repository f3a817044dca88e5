package runtime

// Go's runtime.main initializes the packages and calls main.main. minigo's
// program entry, which the compiler generates, does the same and is called
// runtime.main in runtime.Caller and Callers; it calls main.main from the
// position of mainCall, which is that of the call in Go 1.27's runtime.main.

//line proc.go:302
var mainCall struct{}
