package a

import "myapp/b"

var A = b.B
