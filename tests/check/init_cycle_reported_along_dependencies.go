// Two cycles among three constants, each reported as types2's initialization
// order reports it: from the object it is found at, along the dependencies
// taken in source order (C refers to A before B, so B's cycle goes through A).
package p

const A = 1 + B
const B = C - 1
const C = A + B + 1

var x = y + z
var y = func() int { return x }()
var z = 1
